-- pgdrift catalog dump
CREATE SEQUENCE public.accounts_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.account_balance(p_id bigint) RETURNS numeric LANGUAGE plpgsql
    AS $function$
declare
    v_balance numeric;
begin
    select balance into v_balance from accounts where id = p_id;
    if not found then
        raise exception 'account % not found', p_id;
    end if;
    return v_balance;
end;
$function$;
CREATE OR REPLACE FUNCTION public.add_numbers(a integer, b integer) RETURNS integer LANGUAGE sql
    AS $function$select a + b$function$;
CREATE OR REPLACE FUNCTION public.greeting(name text) RETURNS text LANGUAGE plpgsql
    AS $function$
BEGIN
  RETURN 'hello, ' || name || '!';
END
$function$;
CREATE OR REPLACE FUNCTION public.normalize_email(email text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $function$
  select lower(trim(email))
$function$;
CREATE OR REPLACE FUNCTION public.quote_it(s text) RETURNS text LANGUAGE sql
    AS $function$select '"' || s || '"'$function$;
CREATE TABLE public.accounts (
    id bigint DEFAULT (nextval('public.accounts_id_seq'::pg_catalog.regclass)) NOT NULL,
    email text NOT NULL,
    balance numeric(12,2) DEFAULT (0) NOT NULL
);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;
