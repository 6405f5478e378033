create table users (
    id serial primary key,
    email text not null,
    full_name text,
    created_at timestamptz not null default now()
);

create view user_directory as
  select id, email from users;
