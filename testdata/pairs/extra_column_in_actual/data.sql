insert into products (name, price) values ('Lamp', 30.00);

-- values in the extra columns: must still be there after reconciling
insert into products (name, price, export_batch, notes) values
    ('Chair', 45.50, 7, 'exported'),
    ('Table', 120.00, 7, '');
