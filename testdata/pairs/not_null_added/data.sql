insert into customers (id, email, full_name, country) values
    (1, 'jane@example.com', 'Jane Doe', 'GB'),
    (2, 'li@example.com', 'Li Wei', null);

insert into addresses (customer_id, line1, city, postcode) values
    (1, '221B Baker Street', 'London', 'NW1 6XE'),
    (2, '1 Main Road', 'Shanghai', null);
