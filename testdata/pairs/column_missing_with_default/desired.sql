create table projects (
    id serial primary key,
    name text not null,
    owner_email text not null,
    visibility text default 'private',
    settings jsonb default '{}'::jsonb
);

create table tasks (
    id serial primary key,
    project_id int not null references projects (id) on delete cascade,
    title text not null,
    priority int default 3,
    created_at timestamptz default now()
);
