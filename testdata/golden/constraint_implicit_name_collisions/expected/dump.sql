-- pgdrift catalog dump
CREATE TABLE public.t (
    a integer,
    b integer,
    a_b integer,
    x integer
);
ALTER TABLE public.t ADD CONSTRAINT t_a_b_key UNIQUE (a_b);
ALTER TABLE public.t ADD CONSTRAINT t_a_b_key1 UNIQUE (a, b);
ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE (a);
ALTER TABLE public.t ADD CONSTRAINT t_x_check CHECK (x > 0);
ALTER TABLE public.t ADD CONSTRAINT t_x_check1 CHECK (x < 100);
CREATE TABLE public.u (
    id integer
);
ALTER TABLE public.u ADD CONSTRAINT u_id_key CHECK (id > 0);
ALTER TABLE public.u ADD CONSTRAINT u_id_key1 UNIQUE (id);
CREATE INDEX t_a_b_idx ON public.t USING btree (a, b);
CREATE INDEX t_b_idx ON public.t USING btree (b);
CREATE INDEX t_b_idx1 ON public.t USING btree (b);
CREATE INDEX t_b_idx2 ON public.t USING btree (b DESC);
CREATE INDEX t_lower_idx ON public.t USING btree ((lower(a::pg_catalog.text)));
