-- pgdrift catalog dump
CREATE SCHEMA billing;
CREATE TYPE billing.currency AS ENUM ('eur', 'usd');
CREATE DOMAIN billing.positive AS numeric CONSTRAINT positive_check CHECK (value > 0);
CREATE SEQUENCE billing.invoice_number_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE billing.invoices_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION billing.total_of(c billing.currency) RETURNS numeric LANGUAGE sql STABLE
    AS $function$ select coalesce(sum(amount), 0) from billing.invoices where currency = c $function$;
CREATE TABLE billing.invoices (
    id bigint DEFAULT (nextval('billing.invoices_id_seq'::pg_catalog.regclass)) NOT NULL,
    amount numeric(12,2) NOT NULL,
    currency billing.currency DEFAULT ('eur') NOT NULL
);
ALTER TABLE billing.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
ALTER SEQUENCE billing.invoices_id_seq OWNED BY billing.invoices.id;
CREATE VIEW billing.open_invoices (id, amount) AS SELECT invoices.id AS id, invoices.amount AS amount FROM billing.invoices WHERE invoices.amount > 0;
CREATE MATERIALIZED VIEW billing.totals (currency, total) AS SELECT invoices.currency AS currency, sum(invoices.amount) AS total FROM billing.invoices GROUP BY invoices.currency WITH DATA;
ALTER ROUTINE billing.total_of(billing.currency) OWNER TO app_owner;
ALTER SCHEMA billing OWNER TO app_owner;
ALTER SEQUENCE billing.invoice_number_seq OWNER TO app_writer;
ALTER TABLE billing.invoices OWNER TO app_owner;
ALTER VIEW billing.open_invoices OWNER TO app_writer;
ALTER MATERIALIZED VIEW billing.totals OWNER TO app_readonly;
ALTER TYPE billing.currency OWNER TO app_owner;
ALTER DOMAIN billing.positive OWNER TO app_owner;
