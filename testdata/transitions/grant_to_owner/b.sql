CREATE TABLE accounts (id integer PRIMARY KEY);
GRANT INSERT, UPDATE ON accounts TO postgres;
CREATE TABLE ledgers (id integer PRIMARY KEY);
GRANT SELECT ON ledgers TO postgres;
