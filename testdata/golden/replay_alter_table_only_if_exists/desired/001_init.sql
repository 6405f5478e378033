create table accounts (id int, name text, balance numeric);
