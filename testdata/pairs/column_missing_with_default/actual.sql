create table projects (
    id serial primary key,
    name text not null,
    owner_email text not null
);

create table tasks (
    id serial primary key,
    project_id int not null references projects (id) on delete cascade,
    title text not null
);
