begin;
create table wallets (id bigserial primary key, owner text not null);
create table transfers (
    id bigserial primary key,
    from_wallet bigint references wallets,
    to_wallet bigint references wallets,
    amount numeric(14,2) check (amount > 0)
);
commit;
