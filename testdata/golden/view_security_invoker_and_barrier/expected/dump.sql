-- pgdrift catalog dump
CREATE SEQUENCE public.payroll_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.payroll (
    id integer DEFAULT (nextval('public.payroll_id_seq'::pg_catalog.regclass)) NOT NULL,
    employee text NOT NULL,
    salary numeric(12,2) NOT NULL,
    department text
);
ALTER TABLE public.payroll ADD CONSTRAINT payroll_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.payroll_id_seq OWNED BY public.payroll.id;
CREATE VIEW public.payroll_barrier (id, employee) WITH (security_barrier = 'true') AS SELECT payroll.id AS id, payroll.employee AS employee FROM public.payroll WHERE payroll.department = 'sales';
CREATE VIEW public.payroll_both (employee) WITH (security_barrier = 'true', security_invoker = 'true') AS SELECT payroll.employee AS employee FROM public.payroll;
CREATE VIEW public.payroll_plain (id, employee) WITH (security_invoker = 'true') AS SELECT payroll.id AS id, payroll.employee AS employee FROM public.payroll;
CREATE VIEW public.payroll_public (id, employee, department) WITH (security_invoker = 'true') AS SELECT payroll.id AS id, payroll.employee AS employee, payroll.department AS department FROM public.payroll;
CREATE VIEW public.payroll_reset (id) AS SELECT payroll.id AS id FROM public.payroll;
