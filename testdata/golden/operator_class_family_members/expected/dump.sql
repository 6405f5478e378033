-- pgdrift catalog dump
CREATE OR REPLACE FUNCTION public.rev_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $function$ select case when $1 < $2 then 1 when $1 > $2 then -1 else 0 end $function$;
CREATE OR REPLACE FUNCTION public.text_hash(text) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $function$ select hashtext($1) $function$;
CREATE OPERATOR FAMILY public.int4_reverse_ops USING btree;
CREATE OPERATOR FAMILY public.spare USING btree;
ALTER OPERATOR FAMILY public.spare USING btree ADD OPERATOR 1 <(bigint,bigint);
CREATE OPERATOR FAMILY public.text_fam USING hash;
ALTER OPERATOR FAMILY public.text_fam USING hash ADD OPERATOR 1 =(text,text);
COMMENT ON OPERATOR FAMILY public.text_fam USING hash IS 'texts hashed our way';
CREATE OPERATOR CLASS public.int4_reverse_ops FOR TYPE integer USING btree FAMILY public.int4_reverse_ops AS FUNCTION 1 (integer, integer) public.rev_cmp(integer,integer), OPERATOR 1 >(integer,integer), OPERATOR 2 >=(integer,integer), OPERATOR 3 =(integer,integer), OPERATOR 4 <=(integer,integer), OPERATOR 5 <(integer,integer);
COMMENT ON OPERATOR CLASS public.int4_reverse_ops USING btree IS 'descending';
CREATE OPERATOR CLASS public.text_hash_ops FOR TYPE text USING hash FAMILY public.text_fam AS FUNCTION 1 (text, text) public.text_hash(text);
CREATE TABLE public.scores (
    player text,
    points integer
);
CREATE INDEX scores_points_desc ON public.scores USING btree (points public.int4_reverse_ops);
