insert into products (id, sku, price, weight_kg) values
    (1, 'CHAIR-01', 89.90, 7.250),
    (2, 'DESK-XL', 12999999.99, 42.000);

insert into order_lines (product_id, quantity, line_total) values
    (1, 4, 359.60),
    (2, 1, 12999999.99);
