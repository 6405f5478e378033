insert into invoices (status, amount, discount_pct, due_on, issued_on) values
    ('draft', 120.00, 0, '2024-07-31', '2024-07-01'),
    ('sent', 9800.50, 10, '2024-08-15', '2024-07-15'),
    ('paid', 45.99, 50, '2024-06-30', '2024-06-30');
