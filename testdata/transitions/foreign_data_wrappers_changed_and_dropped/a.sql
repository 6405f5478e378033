-- Foreign-data wrappers: options changed in place, a validator removed, one dropped with its
-- server, one created with a server on it.
CREATE FUNCTION check_options(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE FOREIGN DATA WRAPPER kept VALIDATOR check_options OPTIONS (level '1', old 'x');
CREATE SERVER kept_srv FOREIGN DATA WRAPPER kept;
CREATE FOREIGN DATA WRAPPER gone;
CREATE SERVER gone_srv FOREIGN DATA WRAPPER gone;
