create table merchants (
    id bigserial primary key,
    name text not null
);

create table payments (
    id bigserial primary key,
    merchant_id bigint not null,
    amount_cents bigint not null,
    currency char(3) not null
);
