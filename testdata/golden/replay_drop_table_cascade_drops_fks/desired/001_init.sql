create table authors (id int primary key, name text);
create table books (
    id int primary key,
    author_id int references authors (id),
    title text
);
create table reviews (
    id int primary key,
    book_id int references books on delete cascade,
    reviewer_author_id int constraint reviews_reviewer_fk references authors
);
