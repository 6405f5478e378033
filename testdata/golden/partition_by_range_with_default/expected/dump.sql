-- pgdrift catalog dump
CREATE TABLE public.measurements (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.measurements_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE),
    sensor_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
)
PARTITION BY RANGE (taken_at);
ALTER TABLE public.measurements ADD CONSTRAINT measurements_pkey PRIMARY KEY (id, taken_at);
CREATE TABLE public.measurements_2024_01 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
ALTER TABLE public.measurements_2024_01 ADD CONSTRAINT measurements_2024_01_pkey PRIMARY KEY (id, taken_at);
CREATE TABLE public.measurements_2024_02 PARTITION OF public.measurements FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
ALTER TABLE public.measurements_2024_02 ADD CONSTRAINT measurements_2024_02_pkey PRIMARY KEY (id, taken_at);
CREATE TABLE public.measurements_default PARTITION OF public.measurements DEFAULT;
ALTER TABLE public.measurements_default ADD CONSTRAINT measurements_default_pkey PRIMARY KEY (id, taken_at);
CREATE TABLE public.measurements_old PARTITION OF public.measurements FOR VALUES FROM (MINVALUE) TO ('2024-01-01 00:00:00+00');
ALTER TABLE public.measurements_old ADD CONSTRAINT measurements_old_pkey PRIMARY KEY (id, taken_at);
CREATE TABLE public.readings (
    year integer NOT NULL,
    month integer NOT NULL,
    reading numeric
)
PARTITION BY RANGE (year, month);
CREATE TABLE public.readings_2024_h1 PARTITION OF public.readings FOR VALUES FROM (2024, 1) TO (2024, 7);
CREATE TABLE public.readings_2024_h2 PARTITION OF public.readings FOR VALUES FROM (2024, 7) TO (2025, 1);
CREATE TABLE public.readings_future PARTITION OF public.readings FOR VALUES FROM (2025, 1) TO (MAXVALUE, MAXVALUE);
