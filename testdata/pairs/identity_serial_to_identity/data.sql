insert into customers (name) values ('Acme'), ('Globex'), ('Initech');

insert into orders (customer_id, total) values
    ((select id from customers where name = 'Acme'), 99.00),
    ((select id from customers where name = 'Initech'), 12.50);
