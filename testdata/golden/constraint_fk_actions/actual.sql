-- The production database of this case, drifted: one foreign key sets null where the repository cascades
-- pgdrift catalog dump
CREATE SEQUENCE public.children_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.children (
    id integer DEFAULT (nextval('public.children_id_seq'::pg_catalog.regclass)) NOT NULL,
    p_cascade integer,
    p_set_null integer,
    p_restrict integer,
    p_default integer DEFAULT (0),
    p_no_action integer,
    p_code text,
    p_upd integer,
    p_named integer
);
ALTER TABLE public.children ADD CONSTRAINT children_p_cascade_fkey FOREIGN KEY (p_cascade) REFERENCES public.parents(id) ON DELETE SET NULL;
ALTER TABLE public.children ADD CONSTRAINT children_p_code_fkey FOREIGN KEY (p_code) REFERENCES public.parents(code) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE public.children ADD CONSTRAINT children_p_default_fkey FOREIGN KEY (p_default) REFERENCES public.parents(id) ON DELETE SET DEFAULT;
ALTER TABLE public.children ADD CONSTRAINT children_p_named_fk FOREIGN KEY (p_named) REFERENCES public.parents(id) ON UPDATE SET NULL;
ALTER TABLE public.children ADD CONSTRAINT children_p_no_action_fkey FOREIGN KEY (p_no_action) REFERENCES public.parents(id);
ALTER TABLE public.children ADD CONSTRAINT children_p_restrict_fkey FOREIGN KEY (p_restrict) REFERENCES public.parents(id) ON DELETE RESTRICT;
ALTER TABLE public.children ADD CONSTRAINT children_p_set_null_fkey FOREIGN KEY (p_set_null) REFERENCES public.parents(id) ON DELETE SET NULL;
ALTER TABLE public.children ADD CONSTRAINT children_p_upd_fkey FOREIGN KEY (p_upd) REFERENCES public.parents(id) ON UPDATE RESTRICT ON DELETE SET NULL;
ALTER TABLE public.children ADD CONSTRAINT children_pkey PRIMARY KEY (id);
CREATE TABLE public.grandchildren (
    child_id integer,
    other_id integer
);
ALTER TABLE public.grandchildren ADD CONSTRAINT gc_other_fk FOREIGN KEY (other_id) REFERENCES public.parents(id) ON DELETE SET NULL (other_id);
ALTER TABLE public.grandchildren ADD CONSTRAINT grandchildren_child_id_fkey FOREIGN KEY (child_id) REFERENCES public.children(id) ON DELETE CASCADE;
CREATE TABLE public.parents (
    id integer NOT NULL,
    code text,
    fallback boolean DEFAULT (false)
);
ALTER TABLE public.parents ADD CONSTRAINT parents_code_key UNIQUE (code);
ALTER TABLE public.parents ADD CONSTRAINT parents_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.children_id_seq OWNED BY public.children.id;
