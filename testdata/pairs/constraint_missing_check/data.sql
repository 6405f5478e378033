insert into products (name, price, discount_pct, status) values
    ('Kettle', 24.50, 0, 'active'),
    ('Toaster', 39.00, 15, 'draft'),
    ('Old blender', 0, 90, 'retired');
