-- pgdrift catalog dump
CREATE TABLE public.shipments (
    id integer NOT NULL,
    weight numeric
);
ALTER TABLE public.shipments ADD CONSTRAINT shipments_pkey PRIMARY KEY (id);
ALTER TABLE public.shipments ADD CONSTRAINT shipments_weight_check CHECK (weight > 0);
CREATE TABLE public.warehouses (
);
