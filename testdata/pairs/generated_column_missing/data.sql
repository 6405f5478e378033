insert into line_items (order_id, unit_price_cents, quantity, tax_rate) values
    (1, 1999, 2, 0.2000),
    (1, 500, 10, 0.0700),
    (2, 125000, 1, 0);

insert into people (first_name, last_name) values
    ('Barbara', 'Liskov'),
    ('John', 'McCarthy');
