// The rollback script: undo from the log, newest first.
#include <string>

#include "emit/reconcile.h"

namespace pgdrift {

std::string emit_rollback(const std::string& lock_key) {
  return R"SQL(-- pgdrift rollback: undoes the newest reconciler run recorded in pgdrift.reconcile_log
-- (newest action first, restoring backups from pgdrift_backup). Run again to undo the run before.
BEGIN;
DO $l$ BEGIN PERFORM pg_catalog.pg_advisory_xact_lock()SQL" + lock_key + R"SQL(); END $l$;
SET LOCAL check_function_bodies = false;  -- functions come back before the tables their bodies name
SET LOCAL search_path = '';
DO $pgdrift$
DECLARE r record; run bigint; n integer := 0;
BEGIN
  IF pg_catalog.to_regclass('pgdrift.reconcile_log') IS NULL THEN
    RAISE NOTICE 'pgdrift: nothing to roll back'; RETURN;
  END IF;
  SELECT max(run_id) INTO run FROM pgdrift.reconcile_log WHERE NOT rolled_back;
  IF run IS NULL THEN RAISE NOTICE 'pgdrift: nothing to roll back'; RETURN; END IF;
  FOR r IN SELECT * FROM pgdrift.reconcile_log WHERE run_id = run AND NOT rolled_back ORDER BY seq DESC LOOP
    IF r.undo IS NULL THEN
      RAISE NOTICE 'pgdrift: step %: % % cannot be undone (PostgreSQL cannot reverse it)', r.step, r.action, r.object;
    ELSE
      EXECUTE r.undo;
      RAISE NOTICE 'pgdrift: undid step %: % %', r.step, r.action, r.object;
    END IF;
    UPDATE pgdrift.reconcile_log SET rolled_back = true WHERE seq = r.seq;
    n := n + 1;
  END LOOP;
  RAISE NOTICE 'pgdrift: rolled back run % (% actions)', run, n;
END $pgdrift$;
COMMIT;
)SQL";
}

}  // namespace pgdrift
