-- The production database (pg_dump -s): postgres owns both tables; reporting's grant is missing
-- and audit got one by hand.
CREATE TABLE public.accounts (
    id integer NOT NULL,
    note text
);
ALTER TABLE public.accounts OWNER TO postgres;
CREATE TABLE public.ledgers (
    id integer NOT NULL
);
ALTER TABLE public.ledgers OWNER TO postgres;
ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.ledgers
    ADD CONSTRAINT ledgers_pkey PRIMARY KEY (id);
GRANT SELECT ON TABLE public.accounts TO reporting;
