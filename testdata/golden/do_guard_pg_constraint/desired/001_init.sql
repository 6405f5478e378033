create table teams (id bigserial primary key, name text not null);
create table members (
    id bigserial primary key,
    team_id bigint,
    email text not null,
    age int
);
