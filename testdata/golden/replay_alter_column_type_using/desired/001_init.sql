create table payments (
    id int primary key,
    amount_text text,
    cents int,
    paid text,
    ref varchar(10) default 'none',
    happened_at timestamp
);
insert into payments values (1, '12.50', 1250, 'yes', 'r1', '2024-01-01 10:00');
