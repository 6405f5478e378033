-- The repository: other comments, no grants in reporting, and a column production lacks.
create schema reporting;
create table reporting.daily (day date primary key, total numeric);
create table public.items (id int primary key, name text, price numeric);
comment on table public.items is 'from the repository';
