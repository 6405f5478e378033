insert into customers (email, name, score) values ('a@example.com', 'Ann', 10), ('b@example.com', 'Bo', 0);

insert into orders (customer_id, status, total, note) values
    ((select id from customers where email = 'a@example.com'), 'paid', 42.00, 'gift wrap'),
    ((select id from customers where email = 'b@example.com'), 'new', 0, default);
