-- pgdrift catalog dump
CREATE TABLE public.items (
    id integer NOT NULL,
    code text,
    qty integer
);
ALTER TABLE public.items ADD CONSTRAINT items_code_unique UNIQUE (code);
ALTER TABLE public.items ADD CONSTRAINT items_pk PRIMARY KEY (id);
ALTER TABLE public.items ADD CONSTRAINT items_qty_non_negative CHECK (qty >= 0);
CREATE INDEX items_by_qty ON public.items USING btree (qty);
