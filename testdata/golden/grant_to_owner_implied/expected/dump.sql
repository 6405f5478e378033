-- pgdrift catalog dump
CREATE TABLE public.accounts (
    id integer NOT NULL,
    note text
);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
CREATE TABLE public.ledgers (
    id integer NOT NULL
);
ALTER TABLE public.ledgers ADD CONSTRAINT ledgers_pkey PRIMARY KEY (id);
GRANT INSERT ON TABLE public.accounts TO postgres;
GRANT UPDATE ON TABLE public.accounts TO postgres;
GRANT SELECT ON TABLE public.ledgers TO postgres;
GRANT SELECT ON TABLE public.ledgers TO reporting;
