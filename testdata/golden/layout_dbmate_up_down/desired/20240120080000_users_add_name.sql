-- migrate:up
alter table users add column display_name varchar(80);
alter table users drop column created_at;

-- migrate:down
alter table users add column created_at timestamptz not null default now();
alter table users drop column display_name;
