-- pgdrift catalog dump
CREATE TABLE public.orders (
    id integer NOT NULL,
    total numeric(12,2),
    qty integer,
    placed_at timestamp with time zone,
    customer text,
    meta jsonb
);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
CREATE INDEX orders_big_idx ON public.orders USING btree (id) WHERE (total > 10);
CREATE INDEX orders_customer_norm_idx ON public.orders USING btree ((lower(TRIM (BOTH  FROM customer))));
CREATE INDEX orders_double_idx ON public.orders USING btree ((total * 2));
CREATE INDEX orders_meta_nested_idx ON public.orders USING btree ((meta #>> '{shipping,country}'));
CREATE INDEX orders_meta_source_idx ON public.orders USING btree ((meta ->> 'source'));
CREATE INDEX orders_month_idx ON public.orders USING btree ((date_trunc('month', placed_at AT TIME ZONE 'UTC')));
CREATE INDEX orders_qty_total_idx ON public.orders USING btree ((qty * total));
CREATE INDEX orders_recent_idx ON public.orders USING btree (placed_at) WHERE (placed_at > '2024-01-01'::timestamp with time zone AND qty BETWEEN 1 AND 99);
