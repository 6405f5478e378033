-- The database: 1 and 2 applied; 3 failed (dirty; nothing of it left);
-- 4 never applied.
create table accounts (id bigint primary key, name text not null);
create table ledger_entries (id bigint primary key, account_id bigint not null references accounts (id), amount numeric not null);

-- as golang-migrate creates it
CREATE TABLE public.schema_migrations (version bigint NOT NULL, dirty boolean NOT NULL, CONSTRAINT schema_migrations_pkey PRIMARY KEY (version));
INSERT INTO public.schema_migrations VALUES (3, true);
