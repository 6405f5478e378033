-- --fix-sequences: the sequence of every serial and identity column of the desired tables is
-- moved past the largest value the column holds (rows loaded with explicit ids leave it behind,
-- and the next INSERT fails with a duplicate key). Never lowered; an empty table and a
-- descending sequence are left alone. Logged with the setval that puts it back.
CREATE TEMP TABLE pgd_seqfix (sch text NOT NULL, tab text NOT NULL, col text NOT NULL);
CREATE FUNCTION pg_temp.pgd_fix_sequences() RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE f record; q text; seq text; inc bigint; cur record; next numeric; top bigint;
BEGIN
  FOR f IN SELECT * FROM pg_temp.pgd_seqfix ORDER BY sch, tab, col LOOP
    IF pg_temp.pgd_rel(f.sch, f.tab, '{r,p}') IS NULL THEN CONTINUE; END IF;
    q := pg_temp.pgd_q(f.sch, f.tab);
    seq := pg_catalog.pg_get_serial_sequence(q, f.col);
    IF seq IS NULL THEN CONTINUE; END IF;  -- the column has no sequence of its own there
    SELECT s.seqincrement INTO inc FROM pg_catalog.pg_sequence s WHERE s.seqrelid = seq::pg_catalog.regclass;
    IF inc < 0 THEN CONTINUE; END IF;
    EXECUTE 'SELECT last_value, is_called FROM ' || seq INTO cur;
    next := CASE WHEN cur.is_called THEN cur.last_value::numeric + inc ELSE cur.last_value END;
    EXECUTE 'SELECT pg_catalog.max(' || pg_catalog.quote_ident(f.col) || ')::bigint FROM ' || q INTO top;
    IF top IS NOT NULL AND top >= next THEN
      PERFORM pg_temp.pgd_do(0, 'advance sequence', seq || ' past ' || q || '.' || pg_catalog.quote_ident(f.col),
        'SELECT pg_catalog.setval(' || pg_catalog.quote_literal(seq) || ', ' || top || ', true)',
        'SELECT pg_catalog.setval(' || pg_catalog.quote_literal(seq) || ', ' || cur.last_value || ', ' || cur.is_called || ')');
    END IF;
  END LOOP;
END $f$;
