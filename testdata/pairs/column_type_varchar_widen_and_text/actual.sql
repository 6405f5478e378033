create table articles (
    id serial primary key,
    slug varchar(50) not null unique,
    title varchar(50) not null,
    summary varchar(255),
    body text not null default ''
);
