-- pgdrift catalog dump
CREATE TYPE public.ticket_priority AS ENUM ('low', 'normal', 'high');
CREATE TYPE public.ticket_status AS ENUM ('open', 'closed');
CREATE DOMAIN public.ticket_title AS text CONSTRAINT ticket_title_check CHECK (length(value) <= 120);
CREATE SEQUENCE public.tickets_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.tickets (
    id bigint DEFAULT (nextval('public.tickets_id_seq'::pg_catalog.regclass)) NOT NULL,
    status public.ticket_status DEFAULT ('open') NOT NULL,
    priority public.ticket_priority DEFAULT ('normal') NOT NULL,
    title public.ticket_title
);
ALTER TABLE public.tickets ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;
