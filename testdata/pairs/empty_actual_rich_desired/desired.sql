create extension if not exists citext;
create extension if not exists pgcrypto;

create schema app;

create type app.member_role as enum ('owner', 'admin', 'member', 'guest');

create sequence app.invite_code_seq start 10000 increment 7;

create table app.organizations (
    id uuid primary key default gen_random_uuid(),
    slug citext not null unique,
    name text not null,
    created_at timestamptz not null default now()
);

create table app.users (
    id bigint generated always as identity primary key,
    email citext not null unique,
    password_hash text not null,
    name varchar(120),
    locale text collate "C" not null default 'en',
    created_at timestamptz not null default now()
);

create table app.memberships (
    org_id uuid not null references app.organizations (id) on delete cascade,
    user_id bigint not null references app.users (id) on delete cascade,
    role app.member_role not null default 'member',
    invite_code bigint default nextval('app.invite_code_seq'),
    primary key (org_id, user_id)
);

create table app.api_keys (
    id bigserial primary key,
    org_id uuid not null references app.organizations (id) on delete cascade,
    token_hash bytea not null default digest(gen_random_bytes(32), 'sha256'),
    label text not null,
    scopes text[] not null default '{read}',
    expires_at timestamptz,
    revoked boolean not null default false,
    constraint api_keys_label_len check (char_length(label) between 1 and 80)
);

create unique index api_keys_org_label_idx on app.api_keys (org_id, label) where not revoked;
create index memberships_user_idx on app.memberships (user_id) include (role);

comment on table app.api_keys is 'Hashed API tokens; the plain token is shown once';
comment on column app.users.locale is 'BCP 47 language tag';
