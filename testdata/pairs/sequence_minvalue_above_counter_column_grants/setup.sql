-- roles are cluster-wide: create them only if missing
DO $$ BEGIN CREATE ROLE pgdrift_col_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
