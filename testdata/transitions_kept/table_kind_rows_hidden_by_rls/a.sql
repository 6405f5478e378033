-- The reconciler runs as the table's owner (file `role`), whom FORCE ROW LEVEL SECURITY and a
-- policy let see none of its rows: the table looks empty to it, yet it holds a row. It must not
-- be made again (dropped) as an empty one would be: it is left alone, with a warning.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgdrift_kept_owner') THEN
    CREATE ROLE pgdrift_kept_owner;
  END IF;
  EXECUTE format('GRANT CREATE ON DATABASE %I TO pgdrift_kept_owner', current_database());
END $$;
ALTER SCHEMA public OWNER TO pgdrift_kept_owner;

CREATE TABLE ledger (id integer NOT NULL, at date NOT NULL);
INSERT INTO ledger VALUES (1, '2024-01-01');
ALTER TABLE ledger ENABLE ROW LEVEL SECURITY;
ALTER TABLE ledger FORCE ROW LEVEL SECURITY;
CREATE POLICY nothing ON ledger USING (false);
ALTER TABLE ledger OWNER TO pgdrift_kept_owner;
