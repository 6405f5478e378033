-- the table is renamed; its sequences, pkey and unique constraint keep the old names
alter table clients rename to customers;
create table clients (id int primary key);    -- the name is free again, but clients_pkey is taken: clients_pkey1
