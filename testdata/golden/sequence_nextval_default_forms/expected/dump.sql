-- pgdrift catalog dump
CREATE SCHEMA shop;
CREATE SEQUENCE public."Weird Seq" AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.a_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.b_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE shop.c_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.counters (
    a bigint DEFAULT (nextval('public.a_seq')),
    b bigint DEFAULT (nextval('public.b_seq'::pg_catalog.regclass)),
    c bigint DEFAULT (nextval('public."Weird Seq"'::pg_catalog.regclass)),
    d bigint DEFAULT (nextval('shop.c_seq')),
    e bigint DEFAULT (nextval('a_seq'::pg_catalog.text::pg_catalog.regclass)),
    f bigint DEFAULT (nextval('public.a_seq'))
);
