-- pgdrift catalog dump
CREATE SEQUENCE public.subscribers_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.lists (
    list_id integer NOT NULL
);
ALTER TABLE public.lists ADD CONSTRAINT lists_pkey PRIMARY KEY (list_id);
CREATE TABLE public.subscribers (
    subscriber_id integer DEFAULT (nextval('public.subscribers_id_seq'::pg_catalog.regclass)) NOT NULL,
    email text NOT NULL,
    age_years integer,
    mailing_list_id integer
);
ALTER TABLE public.subscribers ADD CONSTRAINT subscribers_age_check CHECK (age_years > 0);
ALTER TABLE public.subscribers ADD CONSTRAINT subscribers_list_id_fkey FOREIGN KEY (mailing_list_id) REFERENCES public.lists(list_id);
ALTER TABLE public.subscribers ADD CONSTRAINT subscribers_mail_key UNIQUE (email);
ALTER TABLE public.subscribers ADD CONSTRAINT subscribers_pkey PRIMARY KEY (subscriber_id);
ALTER SEQUENCE public.subscribers_id_seq OWNED BY public.subscribers.subscriber_id;
CREATE INDEX subscribers_lower_idx ON public.subscribers USING btree ((lower(email)));
