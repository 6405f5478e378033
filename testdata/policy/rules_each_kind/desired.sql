-- The schema as the repository has it now: the same objects under their new names.
create type mood as enum ('blue', 'ok');
create type size_class as enum ('s', 'm');
create domain label_text as text constraint text_length check (length(value) < 100);
create table accounts (
  id int primary key,
  full_name label_text not null,
  feeling mood,
  size size_class,
  constraint accounts_name_check check (full_name <> '')
);
create index accounts_full_name_idx on accounts (full_name);
create table orders (id int primary key, account_id int references accounts (id), note text);
