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

-- added without scanning the (huge) table; validated later in a separate migration
alter table payments
    add constraint payments_merchant_id_fkey foreign key (merchant_id)
    references merchants (id) not valid;

alter table payments
    add constraint payments_amount_positive check (amount_cents > 0) not valid;
