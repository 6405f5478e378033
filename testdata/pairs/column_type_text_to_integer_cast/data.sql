insert into stock_levels (warehouse, sku, quantity, reorder_at) values
    ('north', 'BOLT-M6', '1200', '200'),
    ('north', 'NUT-M6', '0', null),
    ('south', 'BOLT-M6', '  35', '10'),
    ('south', 'WASHER-6', '-4', '50');
