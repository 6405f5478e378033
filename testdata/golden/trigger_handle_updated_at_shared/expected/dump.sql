-- pgdrift catalog dump
CREATE OR REPLACE FUNCTION public.handle_updated_at() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  new.updated_at = now();
  return new;
end;
$function$;
CREATE TABLE public.customers (
    id uuid DEFAULT (gen_random_uuid()) NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT (now()) NOT NULL,
    updated_at timestamp with time zone DEFAULT (now()) NOT NULL
);
ALTER TABLE public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
CREATE TRIGGER handle_updated_at BEFORE UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.handle_updated_at();
CREATE TABLE public.invoices (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.invoices_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE),
    customer_id uuid NOT NULL,
    amount_cents bigint NOT NULL,
    created_at timestamp with time zone DEFAULT (now()) NOT NULL,
    updated_at timestamp with time zone DEFAULT (now()) NOT NULL
);
ALTER TABLE public.invoices ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);
ALTER TABLE public.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
CREATE TRIGGER handle_updated_at BEFORE UPDATE ON public.invoices FOR EACH ROW EXECUTE FUNCTION public.handle_updated_at();
CREATE TABLE public.settings (
    key text NOT NULL,
    value jsonb,
    updated_at timestamp with time zone
);
ALTER TABLE public.settings ADD CONSTRAINT settings_pkey PRIMARY KEY (key);
CREATE TRIGGER on_settings_updated BEFORE INSERT OR UPDATE ON public.settings FOR EACH ROW EXECUTE FUNCTION public.handle_updated_at();
