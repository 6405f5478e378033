CREATE TABLE accounts (account_id integer PRIMARY KEY, label text);
