-- pgdrift catalog dump
CREATE SEQUENCE public.observations_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
ALTER SEQUENCE public.observations_id_seq OWNED BY public.observations.id;
CREATE TABLE public.observations (
    id bigint DEFAULT (nextval('public.observations_id_seq'::pg_catalog.regclass)) NOT NULL,
    station text NOT NULL,
    kind text NOT NULL,
    reading double precision,
    raw_payload text,
    blob bytea
);
ALTER TABLE public.observations ADD CONSTRAINT observations_pkey PRIMARY KEY (id);
CREATE INDEX observations_lower_station_idx ON public.observations USING btree ((lower(station)));
