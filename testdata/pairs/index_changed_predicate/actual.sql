create table subscriptions (
    id bigserial primary key,
    account_id bigint not null,
    plan text not null,
    status text not null default 'active',
    cancelled_at timestamptz,
    renews_on date
);

create index subscriptions_renewal_idx on subscriptions (renews_on)
    where cancelled_at is null;

create unique index subscriptions_one_active_idx on subscriptions (account_id)
    where status = 'active';
