create type plan_tier as enum ('free', 'pro');

create table accounts (
    id bigserial primary key,
    name text not null,
    tier plan_tier not null default 'free',
    legacy_ref text,
    constraint accounts_name_not_empty check (name <> '')
);

create index accounts_name_idx on accounts (name);

comment on table accounts is 'Customer accounts (one per paying organisation)';
comment on column accounts.name is 'Display name';
comment on column accounts.tier is 'Billing tier; see pricing page';
comment on type plan_tier is 'Plans we sell';
comment on constraint accounts_name_not_empty on accounts is 'Names can''t be empty';
