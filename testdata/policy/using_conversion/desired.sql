-- The repository: amounts in units (numeric), tags as an array.
create table orders (id int primary key, amount numeric(12, 2) not null, tags text[]);
