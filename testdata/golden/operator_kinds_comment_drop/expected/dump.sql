-- pgdrift catalog dump
CREATE OR REPLACE FUNCTION public.ci_eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $function$select lower($1) = lower($2)$function$;
CREATE OR REPLACE FUNCTION public.ci_ne(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $function$select lower($1) <> lower($2)$function$;
CREATE OR REPLACE FUNCTION public.int_add3(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $function$select $1 + $2 + 3$function$;
CREATE OR REPLACE FUNCTION public.negate_money(numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS $function$select -$1$function$;
CREATE OPERATOR public.!== (FUNCTION = public.ci_ne, LEFTARG = text, RIGHTARG = text, COMMUTATOR = OPERATOR(public.!==), NEGATOR = OPERATOR(public.===));
CREATE OPERATOR public.#+# (FUNCTION = public.int_add3, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR public.=== (FUNCTION = public.ci_eq, LEFTARG = text, RIGHTARG = text, COMMUTATOR = OPERATOR(public.===), NEGATOR = OPERATOR(public.!==), RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
COMMENT ON OPERATOR public.===(text,text) IS 'equal ignoring case';
CREATE OPERATOR public.~- (FUNCTION = public.negate_money, RIGHTARG = numeric);
CREATE TABLE public.accounts (
    id integer NOT NULL,
    email text,
    balance numeric
);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_check CHECK (NOT email === 'root@example.com');
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
CREATE INDEX accounts_plus3_idx ON public.accounts USING btree ((id #+# 1));
