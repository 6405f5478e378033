-- pgdrift catalog dump
CREATE SEQUENCE public.transfers_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.wallets_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.rates (
    currency character(3) NOT NULL,
    rate numeric(10,6) NOT NULL
);
ALTER TABLE public.rates ADD CONSTRAINT rates_pkey PRIMARY KEY (currency);
CREATE TABLE public.transfers (
    id bigint DEFAULT (nextval('public.transfers_id_seq'::pg_catalog.regclass)) NOT NULL,
    from_wallet bigint,
    to_wallet bigint,
    amount numeric(14,2)
);
ALTER TABLE public.transfers ADD CONSTRAINT transfers_amount_check CHECK (amount > 0);
ALTER TABLE public.transfers ADD CONSTRAINT transfers_from_wallet_fkey FOREIGN KEY (from_wallet) REFERENCES public.wallets(id);
ALTER TABLE public.transfers ADD CONSTRAINT transfers_pkey PRIMARY KEY (id);
ALTER TABLE public.transfers ADD CONSTRAINT transfers_to_wallet_fkey FOREIGN KEY (to_wallet) REFERENCES public.wallets(id);
CREATE TABLE public.wallets (
    id bigint DEFAULT (nextval('public.wallets_id_seq'::pg_catalog.regclass)) NOT NULL,
    owner text NOT NULL,
    currency character(3) DEFAULT ('EUR') NOT NULL
);
ALTER TABLE public.wallets ADD CONSTRAINT wallets_currency_fkey FOREIGN KEY (currency) REFERENCES public.rates(currency);
ALTER TABLE public.wallets ADD CONSTRAINT wallets_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.transfers_id_seq OWNED BY public.transfers.id;
ALTER SEQUENCE public.wallets_id_seq OWNED BY public.wallets.id;
CREATE INDEX transfers_from_idx ON public.transfers USING btree (from_wallet);
