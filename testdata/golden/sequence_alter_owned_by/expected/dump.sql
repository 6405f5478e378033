-- pgdrift catalog dump
CREATE SEQUENCE public.spare_number_seq AS bigint START WITH 7 INCREMENT BY 1 MINVALUE 7 MAXVALUE 9223372036854775807 CACHE 1 CYCLE;
CREATE SEQUENCE public.ticket_number_seq AS bigint START WITH 1 INCREMENT BY 10 MINVALUE 1 MAXVALUE 100000000 CACHE 5 NO CYCLE;
CREATE TABLE public.tickets (
    id integer NOT NULL,
    ticket_number integer DEFAULT (nextval('public.ticket_number_seq')) NOT NULL,
    subject text
);
ALTER TABLE public.tickets ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.ticket_number_seq OWNED BY public.tickets.ticket_number;
