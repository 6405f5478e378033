-- pgdrift catalog dump
CREATE SEQUENCE public.ledger_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  if (select sum(amount) from ledger where batch_id = new.batch_id) <> 0 then
    raise exception 'batch % is not balanced', new.batch_id;
  end if;
  return null;
end;
$function$;
CREATE TABLE public.ledger (
    id bigint DEFAULT (nextval('public.ledger_id_seq'::pg_catalog.regclass)) NOT NULL,
    batch_id integer NOT NULL,
    amount numeric(12,2) NOT NULL
);
ALTER TABLE public.ledger ADD CONSTRAINT ledger_pkey PRIMARY KEY (id);
CREATE CONSTRAINT TRIGGER ledger_balanced AFTER INSERT OR UPDATE ON public.ledger DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ledger_check_balanced();
CREATE CONSTRAINT TRIGGER ledger_balanced_immediate AFTER DELETE ON public.ledger FOR EACH ROW EXECUTE FUNCTION public.ledger_check_balanced();
CREATE CONSTRAINT TRIGGER ledger_batch_ref AFTER INSERT ON public.ledger FROM public.ledger_batches DEFERRABLE FOR EACH ROW WHEN (new.amount <> 0) EXECUTE FUNCTION public.ledger_check_balanced();
CREATE TABLE public.ledger_batches (
    id integer NOT NULL
);
ALTER TABLE public.ledger_batches ADD CONSTRAINT ledger_batches_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.ledger_id_seq OWNED BY public.ledger.id;
