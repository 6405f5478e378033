-- Casts between a type of the schema and json/text: one is added, one changes its context, one
-- goes (before the function it uses can go).
CREATE TYPE rgb AS (r integer, g integer, b integer);
CREATE FUNCTION rgb_json(rgb) RETURNS json LANGUAGE sql IMMUTABLE AS $$ SELECT json_build_object('r', $1.r, 'g', $1.g, 'b', $1.b) $$;
CREATE FUNCTION rgb_text(rgb) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT format('#%s%s%s', to_hex($1.r), to_hex($1.g), to_hex($1.b)) $$;
CREATE FUNCTION rgb_legacy(rgb) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT $1.r * 65536 + $1.g * 256 + $1.b $$;
CREATE CAST (rgb AS json) WITH FUNCTION rgb_json(rgb);
CREATE CAST (rgb AS integer) WITH FUNCTION rgb_legacy(rgb) AS ASSIGNMENT;
