create table employees (
    id int generated always as identity primary key,
    first_name text not null,
    last_name text not null,
    middle_name text not null default '',
    manager_id int not null references employees (id),
    hired_on date not null
);
