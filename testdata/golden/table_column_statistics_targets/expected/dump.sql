-- pgdrift catalog dump
CREATE SEQUENCE public.observations_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.notes (
    body text COMPRESSION pglz,
    payload jsonb
);
CREATE TABLE public.observations (
    id bigint DEFAULT (nextval('public.observations_id_seq'::pg_catalog.regclass)) NOT NULL,
    station text NOT NULL,
    kind text NOT NULL,
    reading double precision,
    raw_payload text COMPRESSION pglz,
    blob bytea
);
ALTER TABLE public.observations ADD CONSTRAINT observations_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.observations ALTER COLUMN station SET STATISTICS 500;
ALTER TABLE ONLY public.observations ALTER COLUMN station SET (n_distinct='-0.05', n_distinct_inherited='-0.1');
ALTER TABLE ONLY public.observations ALTER COLUMN kind SET STATISTICS 10;
ALTER TABLE ONLY public.observations ALTER COLUMN kind SET (n_distinct='20');
ALTER TABLE ONLY public.observations ALTER COLUMN raw_payload SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.observations ALTER COLUMN blob SET STORAGE MAIN;
CREATE TABLE public.readings (
    id bigint NOT NULL,
    station text NOT NULL,
    kind text NOT NULL,
    reading double precision,
    raw_payload text COMPRESSION pglz,
    blob bytea
);
ALTER TABLE ONLY public.readings ALTER COLUMN raw_payload SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.readings ALTER COLUMN blob SET STORAGE MAIN;
ALTER SEQUENCE public.observations_id_seq OWNED BY public.observations.id;
CREATE INDEX observations_lower_station_idx ON public.observations USING btree ((lower(station)));
ALTER INDEX public.observations_lower_station_idx ALTER COLUMN 1 SET STATISTICS 1000;
