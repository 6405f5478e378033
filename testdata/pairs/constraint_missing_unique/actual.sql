create table teams (
    id serial primary key,
    org_id int not null,
    slug varchar(60) not null,
    name text not null,
    invite_code text
);
