-- prod: no foreign key yet
create table countries (code text not null, name text);
create table cities (id integer primary key, country text);
