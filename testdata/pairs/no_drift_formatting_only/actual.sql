-- same schema as desired.sql, spelled the way a dump spells it: no drift expected
CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE public.customers (
    id integer NOT NULL,
    email character varying(200) NOT NULL,
    name text NOT NULL,
    score integer DEFAULT 0,
    CONSTRAINT customers_score_check CHECK ((score >= 0))
);

CREATE SEQUENCE public.customers_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);

CREATE TABLE public.orders (
    id bigint NOT NULL,
    customer_id integer NOT NULL,
    status public.order_status DEFAULT 'new'::public.order_status NOT NULL,
    total numeric(10,2) NOT NULL,
    note text DEFAULT ''::text,
    placed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT orders_total_check CHECK (((total >= (0)::numeric) AND (total <= (100000)::numeric)))
);

CREATE SEQUENCE public.orders_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);

ALTER TABLE ONLY public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.customers ADD CONSTRAINT customers_email_key UNIQUE (email);
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

CREATE INDEX orders_customer_id_idx ON public.orders USING btree (customer_id);
CREATE INDEX orders_open_idx ON public.orders USING btree (placed_at)
    WHERE (status = ANY (ARRAY['new'::public.order_status, 'paid'::public.order_status]));

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE RESTRICT;

COMMENT ON TABLE public.orders IS 'One row per checkout';
