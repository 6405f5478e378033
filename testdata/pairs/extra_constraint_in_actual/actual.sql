create table coupons (
    id serial primary key,
    code text not null,
    percent_off int not null,
    expires_on date,
    constraint coupons_code_key unique (code),
    -- hand-added guard rails in prod
    constraint coupons_percent_off_range check (percent_off between 1 and 100),
    constraint coupons_code_upper check (code = upper(code))
);

create table redemptions (
    id serial primary key,
    coupon_id int not null,
    order_ref text not null,
    constraint redemptions_coupon_fk foreign key (coupon_id) references coupons (id)
);
