-- pgdrift catalog dump
CREATE SCHEMA reporting;
CREATE SEQUENCE public.counters_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE reporting.batch_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.counters (
    id bigint DEFAULT (nextval('public.counters_id_seq'::pg_catalog.regclass)) NOT NULL,
    n integer DEFAULT (0) NOT NULL
);
ALTER TABLE public.counters ADD CONSTRAINT counters_pkey PRIMARY KEY (id);
CREATE TABLE reporting.daily (
    day date NOT NULL,
    total numeric
);
ALTER TABLE reporting.daily ADD CONSTRAINT daily_pkey PRIMARY KEY (day);
CREATE TABLE reporting.monthly (
    month date NOT NULL,
    total numeric
);
ALTER TABLE reporting.monthly ADD CONSTRAINT monthly_pkey PRIMARY KEY (month);
CREATE TABLE reporting.yearly (
    year integer NOT NULL,
    total numeric
);
ALTER TABLE reporting.yearly ADD CONSTRAINT yearly_pkey PRIMARY KEY (year);
ALTER SEQUENCE public.counters_id_seq OWNED BY public.counters.id;
GRANT USAGE ON SCHEMA reporting TO app_readonly;
GRANT SELECT ON SEQUENCE public.counters_id_seq TO app_owner;
GRANT UPDATE ON SEQUENCE public.counters_id_seq TO app_owner;
GRANT USAGE ON SEQUENCE public.counters_id_seq TO app_writer;
GRANT SELECT ON SEQUENCE reporting.batch_seq TO app_writer;
GRANT USAGE ON SEQUENCE reporting.batch_seq TO app_writer;
GRANT INSERT ON TABLE public.counters TO app_writer;
GRANT UPDATE ON TABLE public.counters TO app_writer;
GRANT SELECT ON TABLE reporting.daily TO app_readonly;
GRANT SELECT ON TABLE reporting.monthly TO app_readonly;
