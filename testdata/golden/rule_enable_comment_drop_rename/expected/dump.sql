-- pgdrift catalog dump
CREATE TABLE public.audit (
    id integer,
    what text
);
CREATE TABLE public.t (
    id integer NOT NULL,
    v text
);
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE RULE t_audit AS ON INSERT TO public.t DO ALSO (INSERT INTO public.audit VALUES (new.id, 'insert'));
ALTER TABLE public.t ENABLE ALWAYS RULE t_audit;
COMMENT ON RULE t_audit ON public.t IS 'every insert is audited';
CREATE RULE t_update AS ON UPDATE TO public.t WHERE old.v IS DISTINCT FROM new.v DO ALSO (INSERT INTO public.audit VALUES (old.id, 'changed'));
