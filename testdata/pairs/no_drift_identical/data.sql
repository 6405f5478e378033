insert into customers (email, name) values ('a@example.com', 'Ann'), ('b@example.com', 'Bo');

insert into orders (customer_id, status, total) values
    ((select id from customers where email = 'a@example.com'), 'paid', 42.00),
    ((select id from customers where email = 'b@example.com'), 'new', 0);
