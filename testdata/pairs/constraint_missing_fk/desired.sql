create table authors (
    id serial primary key,
    name text not null
);

create table books (
    id serial primary key,
    author_id int not null references authors (id),
    co_author_id int,
    title text not null,
    constraint books_co_author_fk foreign key (co_author_id)
        references authors (id) on delete set null
);

create table reviews (
    id serial primary key,
    book_id int not null references books (id) on delete cascade,
    rating int not null,
    body text
);
