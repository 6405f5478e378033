insert into coupons (id, code, percent_off, expires_on) values
    (1, 'WELCOME10', 10, null),
    (2, 'SPRING25', 25, '2024-05-31');

insert into redemptions (coupon_id, order_ref) values (1, 'ORD-1001'), (2, 'ORD-1002');
