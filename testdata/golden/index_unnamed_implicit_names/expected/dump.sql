-- pgdrift catalog dump
CREATE TABLE public.logs (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.logs_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE),
    level text,
    source text,
    message text,
    at timestamp without time zone
);
CREATE INDEX logs_at_idx ON public.logs USING btree ((at::pg_catalog.date));
CREATE INDEX logs_at_idx1 ON public.logs USING brin (at);
CREATE UNIQUE INDEX logs_id_idx ON public.logs USING btree (id);
CREATE INDEX logs_level_idx ON public.logs USING btree (level);
CREATE INDEX logs_level_idx1 ON public.logs USING btree (level) WHERE (at > '2024-01-01');
CREATE INDEX logs_level_source_idx ON public.logs USING btree (level, source);
CREATE INDEX logs_lower_idx ON public.logs USING btree ((lower(message)));
CREATE INDEX logs_source_idx ON public.logs USING btree (source);
