-- a foreign key may reference a unique index (not only a constraint): the index must exist first
create table countries (code text not null, name text);
create unique index countries_code_idx on countries (code);
create table cities (id integer primary key, country text references countries (code));
