-- The production database: the schema under its old names, with rows in it.
create type mood as enum ('sad', 'ok');
create type app_size as enum ('s', 'm');
create domain short_text as text constraint text_length check (length(value) < 100);
create table users (
  id int primary key,
  name short_text not null,
  feeling mood,
  size app_size,
  constraint users_name_check check (name <> '')
);
create index users_name_idx on users (name);
create table orders (id int primary key, user_id int references users (id), note text);
insert into users values (1, 'ann', 'sad', 's'), (2, 'bob', 'ok', 'm'), (3, 'cy', 'sad', null);
insert into orders values (10, 1, 'first'), (11, 3, null);
