insert into authors (id, name) values
    (1, 'Terry Pratchett'),
    (2, 'Neil Gaiman');

insert into books (id, author_id, co_author_id, title) values
    (1, 1, 2, 'Good Omens'),
    (2, 1, null, 'Mort');

insert into reviews (book_id, rating, body) values
    (1, 5, 'Wonderful'),
    (2, 4, null);
