-- pgdrift catalog dump
CREATE SEQUENCE public.accounts_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.accounts (
    id bigint DEFAULT (nextval('public.accounts_id_seq'::pg_catalog.regclass)) NOT NULL,
    email text NOT NULL,
    username character varying(40),
    deleted_at timestamp with time zone,
    total numeric(12,2) DEFAULT (0),
    kind text
);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;
CREATE INDEX accounts_big_idx ON public.accounts USING btree (total) WHERE (total > 1000);
CREATE INDEX accounts_coalesce_idx ON public.accounts USING btree ((COALESCE(username, email)));
CREATE INDEX accounts_created_day_idx ON public.accounts USING btree ((date_trunc('day', deleted_at AT TIME ZONE 'UTC')));
CREATE UNIQUE INDEX accounts_email_kind_key ON public.accounts USING btree ((lower(email)), kind) WHERE (deleted_at IS NULL AND kind IS NOT NULL);
CREATE UNIQUE INDEX accounts_email_lower_key ON public.accounts USING btree ((lower(email)));
CREATE INDEX accounts_kind_idx ON public.accounts USING btree (kind) WHERE (kind IN ('admin', 'staff'));
CREATE INDEX accounts_live_idx ON public.accounts USING btree (id) WHERE (deleted_at IS NULL);
CREATE UNIQUE INDEX accounts_username_live_key ON public.accounts USING btree (username) WHERE (deleted_at IS NULL);
