-- pgdrift catalog dump
CREATE SEQUENCE public.messages_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.messages (
    id bigint DEFAULT (nextval('public.messages_id_seq'::pg_catalog.regclass)) NOT NULL,
    sender text NOT NULL,
    recipient text NOT NULL,
    archived boolean DEFAULT (false) NOT NULL,
    body text
);
ALTER TABLE public.messages ADD CONSTRAINT messages_pkey PRIMARY KEY (id);
ALTER TABLE public.messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY messages_not_archived ON public.messages AS RESTRICTIVE FOR SELECT USING (NOT archived);
CREATE POLICY messages_recipient ON public.messages FOR SELECT USING (recipient = current_user);
CREATE POLICY messages_restrict_writes ON public.messages AS RESTRICTIVE USING (sender = current_user) WITH CHECK (sender = current_user);
CREATE POLICY messages_sender ON public.messages FOR SELECT USING (sender = current_user);
ALTER SEQUENCE public.messages_id_seq OWNED BY public.messages.id;
