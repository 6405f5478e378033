-- pgdrift catalog dump
CREATE SEQUENCE public.readings_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.readings (
    id bigint DEFAULT (nextval('public.readings_id_seq'::pg_catalog.regclass)) NOT NULL,
    sensor_id integer,
    value numeric,
    taken_at timestamp with time zone DEFAULT (now())
);
ALTER TABLE public.readings ADD CONSTRAINT readings_pkey PRIMARY KEY (id);
ALTER TABLE public.readings ADD CONSTRAINT readings_sensor_fk FOREIGN KEY (sensor_id) REFERENCES public.sensors(id) NOT VALID;
ALTER TABLE public.readings ADD CONSTRAINT readings_sensor_id_check CHECK (sensor_id IS NOT NULL);
ALTER TABLE public.readings ADD CONSTRAINT readings_value_finite CHECK (value <> 'NaN') NO INHERIT;
ALTER TABLE public.readings ADD CONSTRAINT readings_value_positive CHECK (value > 0) NOT VALID;
CREATE TABLE public.sensors (
    id integer NOT NULL
);
ALTER TABLE public.sensors ADD CONSTRAINT sensors_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.readings_id_seq OWNED BY public.readings.id;
