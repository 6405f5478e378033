create table tasks (
    id int primary key,
    title text,
    status text default 'new',
    priority int not null default 1,
    owner text not null
);
