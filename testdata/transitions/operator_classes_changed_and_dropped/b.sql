CREATE FUNCTION rev_cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN $1 < $2 THEN 1 WHEN $1 > $2 THEN -1 ELSE 0 END $$;
CREATE FUNCTION rev_cmp2(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT btint4cmp($2, $1) $$;
CREATE OPERATOR CLASS int4_reverse_ops FOR TYPE int4 USING btree AS
  OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 rev_cmp2(int, int);
COMMENT ON OPERATOR CLASS int4_reverse_ops USING btree IS 'descending';
CREATE TABLE scores (player text, points int);
CREATE INDEX scores_points_desc ON scores (points int4_reverse_ops);
CREATE OPERATOR FAMILY spare USING btree;
ALTER OPERATOR FAMILY spare USING btree ADD OPERATOR 1 < (int8, int8), OPERATOR 5 > (int8, int8);
