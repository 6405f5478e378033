-- pgdrift catalog dump
CREATE FOREIGN DATA WRAPPER checked VALIDATOR public.check_options OPTIONS (level '2', mode 'strict');
COMMENT ON FOREIGN DATA WRAPPER checked IS 'validated by check_options';
CREATE FOREIGN DATA WRAPPER dummy OPTIONS (note 'none');
CREATE SERVER archive FOREIGN DATA WRAPPER dummy OPTIONS (host 'archive.internal');
CREATE SERVER checked_srv FOREIGN DATA WRAPPER checked;
CREATE OR REPLACE FUNCTION public.check_options(text[], oid) RETURNS void LANGUAGE plpgsql
    AS $function$ begin end $function$;
