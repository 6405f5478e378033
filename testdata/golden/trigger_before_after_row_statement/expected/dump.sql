-- pgdrift catalog dump
CREATE SEQUENCE public.stock_log_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.stock_audit() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  insert into stock_log (op, sku) values (tg_op, coalesce(new.sku, old.sku));
  return null;
end;
$function$;
CREATE OR REPLACE FUNCTION public.stock_stmt_notice() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  raise notice '% on stock done', tg_op;
  return null;
end;
$function$;
CREATE OR REPLACE FUNCTION public.stock_touch() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  new.updated_at := now();
  return new;
end;
$function$;
CREATE TABLE public.stock (
    sku text NOT NULL,
    qty integer DEFAULT (0) NOT NULL,
    updated_at timestamp with time zone
);
ALTER TABLE public.stock ADD CONSTRAINT stock_pkey PRIMARY KEY (sku);
CREATE TRIGGER stock_audit_aiud AFTER INSERT OR DELETE OR UPDATE ON public.stock FOR EACH ROW EXECUTE FUNCTION public.stock_audit();
CREATE TRIGGER stock_stmt_after_delete AFTER DELETE ON public.stock FOR EACH STATEMENT EXECUTE FUNCTION public.stock_stmt_notice();
CREATE TRIGGER stock_touch_biu BEFORE INSERT OR UPDATE ON public.stock FOR EACH ROW EXECUTE FUNCTION public.stock_touch();
CREATE TRIGGER stock_truncate_notice AFTER TRUNCATE ON public.stock FOR EACH STATEMENT EXECUTE FUNCTION public.stock_stmt_notice();
CREATE TABLE public.stock_log (
    id bigint DEFAULT (nextval('public.stock_log_id_seq'::pg_catalog.regclass)) NOT NULL,
    op text NOT NULL,
    sku text,
    at timestamp with time zone DEFAULT (now()) NOT NULL
);
ALTER TABLE public.stock_log ADD CONSTRAINT stock_log_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.stock_log_id_seq OWNED BY public.stock_log.id;
