-- pgdrift catalog dump
CREATE SEQUENCE public.events_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.events (
    id bigint DEFAULT (nextval('public.events_id_seq'::pg_catalog.regclass)) NOT NULL,
    user_id bigint NOT NULL,
    kind text NOT NULL,
    created_at timestamp with time zone DEFAULT (now()) NOT NULL
);
ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;
CREATE INDEX events_kind_created_idx ON public.events USING btree (kind, created_at DESC);
CREATE INDEX events_recent_idx ON public.events USING btree (created_at) WHERE (kind = 'login');
CREATE INDEX events_user_id_idx ON public.events USING btree (user_id);
