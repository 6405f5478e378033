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
    id integer NOT NULL
);
ALTER TABLE public.c ADD CONSTRAINT c_id_is_pk PRIMARY KEY (id);
CREATE TABLE public.d (
    tenant_id uuid NOT NULL,
    id bigint NOT NULL
);
ALTER TABLE public.d ADD CONSTRAINT d_tenant_pk PRIMARY KEY (tenant_id, id);
CREATE TABLE public.e (
    org integer NOT NULL,
    code text NOT NULL,
    year smallint NOT NULL
);
ALTER TABLE public.e ADD CONSTRAINT e_pkey PRIMARY KEY (org, code, year);
CREATE TABLE public.f (
    id integer NOT NULL
);
ALTER TABLE public.f ADD CONSTRAINT f_pkey PRIMARY KEY (id);
CREATE TABLE public.g (
    id integer NOT NULL,
    x integer
);
ALTER TABLE public.g ADD CONSTRAINT g_pk PRIMARY KEY (id);
CREATE TABLE public.h (
    id integer NOT NULL,
    note text
);
ALTER TABLE public.h ADD CONSTRAINT h_pkey PRIMARY KEY (id);
