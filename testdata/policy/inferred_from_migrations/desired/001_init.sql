-- The first migration: the schema under its old names.
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
