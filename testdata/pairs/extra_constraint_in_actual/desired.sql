create table coupons (
    id serial primary key,
    code text not null,
    percent_off int not null,
    expires_on date,
    constraint coupons_code_key unique (code)
);

create table redemptions (
    id serial primary key,
    coupon_id int not null,
    order_ref text not null
);
