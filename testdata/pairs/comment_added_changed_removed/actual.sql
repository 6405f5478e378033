create type plan_tier as enum ('free', 'pro');

create table accounts (
    id bigserial primary key,
    name text not null,
    tier plan_tier not null default 'free',
    legacy_ref text
);

create index accounts_name_idx on accounts (name);

comment on table accounts is 'Customer accounts';
comment on column accounts.name is 'Display name';
comment on column accounts.legacy_ref is 'Old CRM id, do not use';
comment on index accounts_name_idx is 'temporary, added during incident 42';
