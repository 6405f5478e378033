-- pgdrift catalog dump
CREATE SEQUENCE public.accounts_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.accounts (
    id integer DEFAULT (nextval('public.accounts_id_seq'::pg_catalog.regclass)) NOT NULL,
    region text NOT NULL,
    active boolean DEFAULT (true) NOT NULL,
    balance numeric(12,2) DEFAULT (0) NOT NULL
);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;
CREATE VIEW public.active_accounts (id, region, active, balance) WITH (check_option = 'cascaded') AS SELECT accounts.id AS id, accounts.region AS region, accounts.active AS active, accounts.balance AS balance FROM public.accounts WHERE accounts.active;
CREATE VIEW public.eu_active_accounts (id, region, active, balance) WITH (check_option = 'local') AS SELECT active_accounts.id AS id, active_accounts.region AS region, active_accounts.active AS active, active_accounts.balance AS balance FROM public.active_accounts WHERE active_accounts.region = 'eu';
CREATE VIEW public.eu_rich_accounts (id, region, balance) WITH (check_option = 'cascaded') AS SELECT eu_active_accounts.id AS id, eu_active_accounts.region AS region, eu_active_accounts.balance AS balance FROM public.eu_active_accounts WHERE eu_active_accounts.balance > 1000;
CREATE VIEW public.us_accounts (id, region, active, balance) WITH (check_option = 'local') AS SELECT accounts.id AS id, accounts.region AS region, accounts.active AS active, accounts.balance AS balance FROM public.accounts WHERE accounts.region = 'us';
