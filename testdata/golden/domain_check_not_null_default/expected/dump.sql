-- pgdrift catalog dump
CREATE DOMAIN public.email AS text CONSTRAINT email_check CHECK (value ~* E'^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$');
CREATE DOMAIN public.percentage AS integer DEFAULT (100) CONSTRAINT percentage_check CHECK (value BETWEEN 0 AND 100);
CREATE DOMAIN public.positive_amount AS numeric(12,2) DEFAULT (0) NOT NULL CONSTRAINT positive_amount_check CHECK (value >= 0);
CREATE DOMAIN public.short_label AS text COLLATE pg_catalog."C" CONSTRAINT short_label_check CHECK (length(value) <= 20);
CREATE DOMAIN public.us_postal_code AS character varying(10) CONSTRAINT us_postal_code_format CHECK (value ~ E'^\\d{5}$' OR value ~ E'^\\d{5}-\\d{4}$');
CREATE SEQUENCE public.subscribers_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.subscribers (
    id integer DEFAULT (nextval('public.subscribers_id_seq'::pg_catalog.regclass)) NOT NULL,
    contact public.email NOT NULL,
    credit public.positive_amount,
    zip public.us_postal_code,
    tag public.short_label,
    discount public.percentage,
    refund public.positive_amount DEFAULT (5)
);
ALTER TABLE public.subscribers ADD CONSTRAINT subscribers_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.subscribers_id_seq OWNED BY public.subscribers.id;
