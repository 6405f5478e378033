create table teams (
    id serial primary key,
    org_id int not null,
    slug varchar(60) not null,
    name text not null,
    invite_code text,
    constraint teams_org_slug_key unique (org_id, slug),
    constraint teams_invite_code_key unique nulls not distinct (invite_code)
);
