-- pgdrift catalog dump
CREATE SEQUENCE public.order_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.user_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public."order" (
    id bigint DEFAULT (nextval('public.order_id_seq'::pg_catalog.regclass)) NOT NULL,
    "user" bigint NOT NULL,
    "from" date,
    "to" date,
    "select" text,
    "check" integer
);
ALTER TABLE public."order" ADD CONSTRAINT order_check_check CHECK ("check" >= 0);
ALTER TABLE public."order" ADD CONSTRAINT order_from_before_to CHECK ("from" <= "to");
ALTER TABLE public."order" ADD CONSTRAINT order_pkey PRIMARY KEY (id);
ALTER TABLE public."order" ADD CONSTRAINT order_user_fkey FOREIGN KEY ("user") REFERENCES public."user"(id);
CREATE TABLE public."table" (
    "column" integer NOT NULL,
    "primary" text
);
ALTER TABLE public."table" ADD CONSTRAINT table_pkey PRIMARY KEY ("column");
ALTER TABLE public."table" ADD CONSTRAINT table_primary_key UNIQUE ("primary");
CREATE TABLE public."user" (
    id bigint DEFAULT (nextval('public.user_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text,
    "group" text,
    "limit" integer DEFAULT (10),
    "default" boolean DEFAULT (false)
);
ALTER TABLE public."user" ADD CONSTRAINT user_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.order_id_seq OWNED BY public."order".id;
ALTER SEQUENCE public.user_id_seq OWNED BY public."user".id;
CREATE INDEX order_user_idx ON public."order" USING btree ("user");
