-- pgdrift catalog dump
CREATE TABLE public.accounts (
    id integer NOT NULL,
    name text NOT NULL,
    balance_amount numeric DEFAULT (0),
    currency character(3) DEFAULT ('EUR')
);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
