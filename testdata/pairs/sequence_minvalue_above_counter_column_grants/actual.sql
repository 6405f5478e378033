create sequence invoice_no start 1;
create sequence countdown increment -1 minvalue -1000 maxvalue 1000 start 1000;

create table accounts (id int primary key, email text not null, password_hash text);
