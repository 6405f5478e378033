-- Privileges granted to the table's owner (the role that applies the schema): the owner holds
-- them all already, the grant only makes the ACL explicit.
CREATE TABLE accounts (id integer PRIMARY KEY);
GRANT SELECT ON accounts TO postgres;
CREATE TABLE ledgers (id integer PRIMARY KEY);
