insert into products (sku, name, tags) values
    ('ABC-1', 'Widget', '{blue}'),
    ('abc-1', 'widget (small)', '{}'),
    ('Z-900', 'Zapper', '{red,sale}');
