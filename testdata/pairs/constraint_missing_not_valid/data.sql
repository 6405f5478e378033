insert into merchants (id, name) values (1, 'Corner Shop'), (2, 'Bookstore');

insert into payments (merchant_id, amount_cents, currency) values
    (1, 1250, 'EUR'),
    (2, 899, 'USD'),
    (1, 40000, 'EUR');
