-- pgdrift catalog dump
CREATE SEQUENCE public.members_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.codes (
    code text,
    region text
);
ALTER TABLE public.codes ADD CONSTRAINT codes_code_key UNIQUE (code);
ALTER TABLE public.codes ADD CONSTRAINT codes_lower_unique UNIQUE (region, code);
CREATE TABLE public.members (
    id integer DEFAULT (nextval('public.members_id_seq'::pg_catalog.regclass)) NOT NULL,
    email text,
    org_id integer NOT NULL,
    username character varying(40) NOT NULL,
    phone text,
    external_ref text
);
ALTER TABLE public.members ADD CONSTRAINT members_email_key UNIQUE (email);
ALTER TABLE public.members ADD CONSTRAINT members_external_ref_uq UNIQUE NULLS NOT DISTINCT (org_id, external_ref);
ALTER TABLE public.members ADD CONSTRAINT members_org_id_username_key UNIQUE (org_id, username);
ALTER TABLE public.members ADD CONSTRAINT members_phone_key UNIQUE NULLS NOT DISTINCT (phone);
ALTER TABLE public.members ADD CONSTRAINT members_pkey PRIMARY KEY (id);
CREATE TABLE public.slots (
    day date,
    slot integer,
    booked_by integer
);
ALTER TABLE public.slots ADD CONSTRAINT slots_booked_by_key UNIQUE (booked_by) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE public.slots ADD CONSTRAINT slots_day_slot_booked_by_key UNIQUE (day, slot) INCLUDE (booked_by);
ALTER SEQUENCE public.members_id_seq OWNED BY public.members.id;
