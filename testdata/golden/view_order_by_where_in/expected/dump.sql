-- pgdrift catalog dump
CREATE SEQUENCE public.tickets_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.tickets (
    id integer DEFAULT (nextval('public.tickets_id_seq'::pg_catalog.regclass)) NOT NULL,
    status text NOT NULL,
    priority integer NOT NULL,
    title text,
    opened_at date DEFAULT (current_date) NOT NULL
);
ALTER TABLE public.tickets ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;
CREATE VIEW public.open_tickets (id, title, priority) AS SELECT tickets.id AS id, tickets.title AS title, tickets.priority AS priority FROM public.tickets WHERE tickets.status IN ('open', 'reopened') AND tickets.priority BETWEEN 1 AND 3 ORDER BY tickets.priority, tickets.id;
CREATE VIEW public.ticket_status_counts (status, n) AS SELECT tickets.status AS status, count(*) AS n FROM public.tickets GROUP BY tickets.status HAVING count(*) > 1 ORDER BY count(*) DESC;
CREATE VIEW public.tickets_2024 (id, status, priority, title, opened_at) AS SELECT tickets.id AS id, tickets.status AS status, tickets.priority AS priority, tickets.title AS title, tickets.opened_at AS opened_at FROM public.tickets WHERE tickets.opened_at >= '2024-01-01' AND tickets.opened_at < '2025-01-01'::pg_catalog.date AND tickets.title LIKE 'BUG-%' AND tickets.priority NOT IN (5, 6) ORDER BY tickets.opened_at DESC NULLS LAST LIMIT 100;
