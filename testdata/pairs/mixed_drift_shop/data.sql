insert into customers (id, email, full_name, marketing_opt_in) values
    (1, 'Sam@Example.com', 'Sam Carter', true),
    (2, 'jo@example.com', 'Jo March', false);

insert into addresses (id, customer_id, line1, city, postcode, country) values
    (1, 1, '12 High Street', 'Leeds', 'LS1 4AP', 'GB'),
    (2, 2, '5 Rue Cler', 'Paris', '75007', 'FR');

insert into categories (id, parent_id, name, slug) values
    (1, null, 'Clothing', 'clothing'),
    (2, 1, 'T-shirts', 't-shirts'),
    (3, 1, 'Hats', 'hats');

insert into products (id, category_id, name, description, price) values
    (1, 2, 'Logo tee', 'Soft cotton', 25.00),
    (2, 3, 'Bucket hat', '', 18.50);

insert into product_variants (id, product_id, sku, size, color) values
    (1, 1, 'TEE-LOGO-M-BLK', 'M', 'black'),
    (2, 1, 'TEE-LOGO-L-BLK', 'L', 'black'),
    (3, 2, 'HAT-BKT-OS', null, 'khaki');

insert into inventory (variant_id, quantity) values (1, '40'), (2, '0'), (3, '125');

insert into orders (id, customer_id, status, total, shipping_address_id, placed_at) values
    (1, 1, 'shipped', 68.50, 1, '2024-04-02 10:00+00'),
    (2, 2, 'cart', 0, null, null),
    (3, 2, 'paid', 25.00, 2, '2024-04-05 18:30+00');

insert into order_items (id, order_id, variant_id, quantity, unit_price) values
    (1, 1, 1, 2, 25.00),
    (2, 1, 3, 1, 18.50),
    (3, 3, 2, 1, 25.00);

insert into payments (order_id, provider, amount, captured_at) values
    (1, 'stripe', 68.50, '2024-04-02 10:01+00'),
    (3, 'paypal', 25.00, '2024-04-05 18:31+00');

insert into shipments (order_id, carrier, tracking_no, shipped_at) values
    (1, 'DHL', 'JD0146000033', '2024-04-03 07:00+00');

insert into reviews (product_id, customer_id, rating, body) values
    (1, 1, 5, 'Great fit'),
    (2, 2, 3, null);
