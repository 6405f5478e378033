-- pgdrift catalog dump
CREATE TABLE public.payments (
    id bigint NOT NULL,
    amount numeric(12,2),
    cents bigint,
    paid boolean,
    ref character varying(40) DEFAULT ('none'),
    happened_at timestamp with time zone
);
ALTER TABLE public.payments ADD CONSTRAINT payments_pkey PRIMARY KEY (id);
