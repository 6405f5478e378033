-- pgdrift catalog dump
CREATE TYPE public.subscription_tier AS ENUM ('free', 'pro', 'enterprise');
CREATE TABLE public.subscriptions (
    id integer NOT NULL GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.subscriptions_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE),
    tier public.subscription_tier DEFAULT ('pro') NOT NULL
);
ALTER TABLE public.subscriptions ADD CONSTRAINT subscriptions_pkey PRIMARY KEY (id);
