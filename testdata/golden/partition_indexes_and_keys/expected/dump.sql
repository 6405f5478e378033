-- pgdrift catalog dump
CREATE TABLE public.orders (
    id bigint NOT NULL,
    tenant_id integer NOT NULL,
    placed_on date NOT NULL,
    total numeric(12,2) NOT NULL,
    note text
)
PARTITION BY RANGE (placed_on);
ALTER TABLE public.orders ADD CONSTRAINT orders_id_placed_on_key UNIQUE (id, placed_on);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (tenant_id, id, placed_on);
ALTER TABLE public.orders ADD CONSTRAINT orders_tenant_fk FOREIGN KEY (tenant_id) REFERENCES public.tenants(id);
ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);
CREATE TABLE public.orders_2024 PARTITION OF public.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE public.orders_2024 ADD CONSTRAINT orders_2024_id_placed_on_key UNIQUE (id, placed_on);
ALTER TABLE public.orders_2024 ADD CONSTRAINT orders_2024_pkey PRIMARY KEY (tenant_id, id, placed_on);
ALTER TABLE public.orders_2024 ADD CONSTRAINT orders_total_check CHECK (total >= 0);
CREATE TABLE public.orders_2025 PARTITION OF public.orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.orders_2025 ADD CONSTRAINT orders_2025_id_placed_on_key UNIQUE (id, placed_on);
ALTER TABLE public.orders_2025 ADD CONSTRAINT orders_2025_pkey PRIMARY KEY (tenant_id, id, placed_on);
ALTER TABLE public.orders_2025 ADD CONSTRAINT orders_total_check CHECK (total >= 0);
CREATE TABLE public.tenants (
    id integer NOT NULL
);
ALTER TABLE public.tenants ADD CONSTRAINT tenants_pkey PRIMARY KEY (id);
CREATE INDEX orders_2024_note_idx ON public.orders_2024 USING btree (note);
CREATE INDEX orders_2024_placed_on_idx ON public.orders_2024 USING brin (placed_on);
CREATE INDEX orders_2024_tenant_id_placed_on_idx ON public.orders_2024 USING btree (tenant_id, placed_on DESC);
CREATE INDEX orders_2025_big_idx ON public.orders_2025 USING btree (total) WHERE (total > 1000);
CREATE INDEX orders_2025_placed_on_idx ON public.orders_2025 USING brin (placed_on);
CREATE INDEX orders_2025_tenant_id_placed_on_idx ON public.orders_2025 USING btree (tenant_id, placed_on DESC);
CREATE INDEX orders_note_idx ON public.orders USING btree (note);
CREATE INDEX orders_placed_on_idx ON public.orders USING brin (placed_on);
CREATE INDEX orders_tenant_placed_idx ON public.orders USING btree (tenant_id, placed_on DESC);
