-- pgdrift catalog dump
CREATE SEQUENCE public.tasks_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.tasks (
    id bigint DEFAULT (nextval('public.tasks_id_seq'::pg_catalog.regclass)) NOT NULL,
    owner_name text DEFAULT (current_user) NOT NULL,
    title text NOT NULL,
    done boolean DEFAULT (false) NOT NULL,
    locked boolean DEFAULT (false) NOT NULL
);
ALTER TABLE public.tasks ADD CONSTRAINT tasks_pkey PRIMARY KEY (id);
ALTER TABLE public.tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_all ON public.tasks USING (owner_name = current_user);
CREATE POLICY tasks_delete ON public.tasks FOR DELETE USING (owner_name = current_user AND done);
CREATE POLICY tasks_insert ON public.tasks FOR INSERT WITH CHECK (owner_name = current_user);
CREATE POLICY tasks_select ON public.tasks FOR SELECT USING (true);
CREATE POLICY tasks_update ON public.tasks FOR UPDATE USING (owner_name = current_user AND NOT locked) WITH CHECK (owner_name = current_user);
ALTER SEQUENCE public.tasks_id_seq OWNED BY public.tasks.id;
