create table authors (
    id serial primary key,
    name text not null
);

create table books (
    id serial primary key,
    author_id int not null,
    co_author_id int,
    title text not null
);

create table reviews (
    id serial primary key,
    book_id int not null,
    rating int not null,
    body text
);
