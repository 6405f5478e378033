-- pgdrift catalog dump
CREATE TABLE public.a (
    id integer NOT NULL,
    v text
);
ALTER TABLE public.a ADD CONSTRAINT a_pkey PRIMARY KEY (id);
CREATE TABLE public.b (
    id integer NOT NULL,
    v text
);
ALTER TABLE public.b ADD CONSTRAINT b_pkey PRIMARY KEY (id);
CREATE TABLE public.c (
    id integer NOT NULL,
    v text
);
ALTER TABLE public.c ADD CONSTRAINT c_pkey PRIMARY KEY (id);
CREATE TABLE public.d (
    id integer NOT NULL,
    v text
);
ALTER TABLE public.d ADD CONSTRAINT d_pkey PRIMARY KEY (id);
CREATE PUBLICATION app_pub FOR TABLE ONLY public.a, TABLE ONLY public.c, TABLE ONLY public.d WITH (publish = 'insert, update');
CREATE PUBLICATION renamed_pub FOR TABLE ONLY public.a, TABLE ONLY public.b WITH (publish = 'insert, update, delete, truncate');
