-- Typed tables: CREATE TABLE ... OF a composite type takes its columns from the type (defaults,
-- NOT NULL and keys stated WITH OPTIONS); ALTER TYPE ... CASCADE carries attribute changes over
-- to them; ALTER TABLE ... OF / NOT OF types and untypes a table.
create type person_t as (name text, age integer, nick varchar(20));
create table people of person_t (primary key (name), age with options default 0 not null);
create table people_archive of person_t;
alter type person_t add attribute email text cascade;
alter type person_t alter attribute nick type varchar(40) cascade;
alter type person_t drop attribute age cascade;
comment on table people is 'typed';
create table plain (name text, nick varchar(40), email text);
alter table plain of person_t;
create table former of person_t (nick with options default 'x');
alter table former not of;
