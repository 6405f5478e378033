-- The different ways defaults call nextval; all name the same kind of thing.
create sequence a_seq;
create sequence public.b_seq;
create sequence "Weird Seq";
create schema shop;
create sequence shop.c_seq;

create table counters (
    a bigint default nextval('a_seq'),
    b bigint default nextval('public.b_seq'::regclass),
    c bigint default nextval('"Weird Seq"'::regclass),
    d bigint default nextval('shop.c_seq'),
    e bigint default nextval(('a_seq'::text)::regclass),
    f bigint DEFAULT NEXTVAL('A_SEQ')
);
