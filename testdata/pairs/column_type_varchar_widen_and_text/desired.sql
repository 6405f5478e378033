create table articles (
    id serial primary key,
    slug varchar(50) not null unique,
    title varchar(200) not null,
    summary text,
    body text not null default ''
);
