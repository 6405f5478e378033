-- migrate:up
create table projects (id bigint primary key, title text not null);

-- migrate:down
drop table projects;
