-- pgdrift catalog dump
CREATE TABLE public.orders (
    id integer NOT NULL,
    user_id integer,
    total numeric(10,2) DEFAULT (0) NOT NULL
);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);
ALTER TABLE public.orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);
CREATE TABLE public.users (
    id integer NOT NULL,
    email text
);
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
