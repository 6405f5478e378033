-- The database: 1 and 2 applied, then version 5 migrated from a branch that was never merged.
create table accounts (id bigint primary key, name text not null);
create table ledger_entries (id bigint primary key, account_id bigint not null references accounts (id), amount numeric not null);
create table audit (id bigint primary key, at timestamptz not null default now());

CREATE TABLE public.schema_migrations (version bigint NOT NULL, dirty boolean NOT NULL, CONSTRAINT schema_migrations_pkey PRIMARY KEY (version));
INSERT INTO public.schema_migrations VALUES (5, false);
