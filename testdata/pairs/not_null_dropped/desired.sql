create table employees (
    id int generated always as identity primary key,
    first_name text not null,
    last_name text not null,
    middle_name text default '',
    manager_id int references employees (id),
    hired_on date
);
