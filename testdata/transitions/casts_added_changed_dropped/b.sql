CREATE TYPE rgb AS (r integer, g integer, b integer);
CREATE FUNCTION rgb_json(rgb) RETURNS json LANGUAGE sql IMMUTABLE AS $$ SELECT json_build_object('r', $1.r, 'g', $1.g, 'b', $1.b) $$;
CREATE FUNCTION rgb_text(rgb) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT format('#%s%s%s', to_hex($1.r), to_hex($1.g), to_hex($1.b)) $$;
CREATE CAST (rgb AS json) WITH FUNCTION rgb_json(rgb) AS IMPLICIT;
CREATE CAST (rgb AS text) WITH FUNCTION rgb_text(rgb) AS ASSIGNMENT;
COMMENT ON CAST (rgb AS text) IS 'hex notation';
