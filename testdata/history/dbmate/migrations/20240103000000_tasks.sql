-- migrate:up
create table tasks (id bigint primary key, project_id bigint references projects (id), done boolean not null default false);

-- migrate:down
drop table tasks;
