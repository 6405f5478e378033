-- pgdrift catalog dump
CREATE SEQUENCE public.employees_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.employees (
    id integer DEFAULT (nextval('public.employees_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL,
    email text,
    salary numeric(12,2),
    manager_id integer
);
ALTER TABLE public.employees ADD CONSTRAINT employees_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.employees_id_seq OWNED BY public.employees.id;
GRANT SELECT (email) ON TABLE public.employees TO app_readonly;
GRANT INSERT (email) ON TABLE public.employees TO app_writer;
GRANT UPDATE (email) ON TABLE public.employees TO authenticated;
GRANT SELECT (id) ON TABLE public.employees TO app_readonly;
GRANT REFERENCES (id) ON TABLE public.employees TO app_writer;
GRANT SELECT (name) ON TABLE public.employees TO app_readonly;
GRANT INSERT (name) ON TABLE public.employees TO app_writer;
GRANT UPDATE (name) ON TABLE public.employees TO app_writer;
