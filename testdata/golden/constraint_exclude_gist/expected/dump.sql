-- pgdrift catalog dump
CREATE EXTENSION btree_gist WITH SCHEMA public;
CREATE SEQUENCE public.room_bookings_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.circles_demo (
    c circle
);
ALTER TABLE public.circles_demo ADD CONSTRAINT circles_demo_c_excl EXCLUDE USING gist (c WITH &&);
CREATE TABLE public.price_periods (
    product_id integer,
    valid daterange
);
ALTER TABLE public.price_periods ADD CONSTRAINT price_periods_no_overlap EXCLUDE USING gist (product_id WITH =, valid WITH &&) DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE public.room_bookings (
    id integer DEFAULT (nextval('public.room_bookings_id_seq'::pg_catalog.regclass)) NOT NULL,
    room_id integer NOT NULL,
    during tstzrange NOT NULL,
    cancelled boolean DEFAULT (false) NOT NULL
);
ALTER TABLE public.room_bookings ADD CONSTRAINT room_bookings_pkey PRIMARY KEY (id);
ALTER TABLE public.room_bookings ADD CONSTRAINT room_bookings_room_id_during_excl EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT cancelled);
ALTER SEQUENCE public.room_bookings_id_seq OWNED BY public.room_bookings.id;
