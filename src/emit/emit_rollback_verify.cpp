// The rollback script (undo from the log, newest first) and the verify script (checks every
// desired object with the reconciler's own helpers, created in pg_temp and rolled back).
#include <string>

#include "emit/reconcile.h"
#include "emit/sql_defs.h"
#include "emit/step_block.h"

namespace pgdrift {

using namespace catalog;

extern const char* kReconcileHelpers;

std::string emit_rollback(const std::string& lock_key) {
  return R"SQL(-- pgdrift rollback: undoes the newest reconciler run recorded in pgdrift.reconcile_log
-- (newest action first, restoring backups from pgdrift_backup). Run again to undo the run before.
BEGIN;
DO $l$ BEGIN PERFORM pg_catalog.pg_advisory_xact_lock()SQL" + lock_key + R"SQL(); END $l$;
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

namespace {
std::string helpers_in_pg_temp() {
  std::string s = kReconcileHelpers;
  for (size_t p = 0; (p = s.find("pgdrift.", p)) != std::string::npos; p += 8) s.replace(p, 8, "pg_temp.");
  return s;
}

void check(std::string& out, const std::string& cond, const std::string& problem) {
  out += "  IF " + cond + " THEN p := p || " + lit(problem) + "; END IF;\n";
}

void verify_table(std::string& out, const Catalog& cat, const Table& t) {
  std::string id = qualified(t.schema, t.name);
  out += "  IF NOT pg_temp.has_table(" + args2(t.schema, t.name) + ") THEN p := p || " + lit("missing table " + id) +
         ";\n  ELSE\n";
  for (const std::string& n : t.column_order.value) {
    const Column* c = t.column(n);
    if (!c) continue;
    std::string a = args3(t.schema, t.name, n), cid = id + "." + quote_ident(n);
    out += "  IF NOT pg_temp.has_column(" + a + ") THEN p := p || " + lit("missing column " + cid) + "; ELSE\n";
    check(out, "pg_temp.column_type(" + a + ") IS DISTINCT FROM " + lit(c->type), "column " + cid + ": type is not " + c->type);
    check(out, std::string(c->not_null ? "NOT " : "") + "pg_temp.column_not_null(" + a + ")",
          "column " + cid + (c->not_null ? ": nullable" : ": not null"));
    if (c->default_expr && !c->identity && !c->generated)
      check(out, "pg_temp.column_default(" + a + ") IS DISTINCT FROM pg_temp.probe_default(" + lit(c->type) + ", " +
                     lit(c->default_expr->sql.value) + ")", "column " + cid + ": default is not " + c->default_expr->sql.value);
    out += "  END IF;\n";
  }
  for (const auto& [n, c] : t.constraints) {
    std::string a = args3(t.schema, t.name, n);
    check(out, "NOT pg_temp.has_constraint(" + a + ")", "missing constraint " + id + "." + quote_ident(n));
  }
  out += "  END IF;\n";
  (void)cat;
}
}  // namespace

std::string emit_verify(const Catalog& desired) {
  std::string out = "-- pgdrift verify: read-only check that the database has the desired schema.\n";
  out += "-- Runs in a transaction that is rolled back; raises an error listing every problem.\nBEGIN;\n";
  out += helpers_in_pg_temp();
  out += "DO $pgdrift$\nDECLARE p text[] := '{}';\nBEGIN\n";
  for (const auto& [n, s] : desired.schemas) check(out, "NOT pg_temp.has_schema(" + lit(n) + ")", "missing schema " + quote_ident(n));
  for (const auto& [n, e] : desired.extensions) check(out, "NOT pg_temp.has_extension(" + lit(n) + ")", "missing extension " + quote_ident(n));
  for (const auto& [k, e] : desired.enums) {
    check(out, "NOT pg_temp.has_type(" + args2(k.first, k.second) + ")", "missing type " + key_text(k));
    for (const std::string& l : e.labels)
      check(out, "pg_temp.has_type(" + args2(k.first, k.second) + ") AND NOT pg_temp.has_enum_label(" + args3(k.first, k.second, l) + ")",
            "type " + key_text(k) + ": missing label " + l);
  }
  for (const auto& [k, q] : desired.sequences)
    if (!q.identity)
      check(out, "pg_temp.sequence_options(" + args2(k.first, k.second) + ") IS DISTINCT FROM " + lit(sequence_options_sql(q.params)),
            "sequence " + key_text(k) + " is missing or has other options");
  for (const auto& [k, d] : desired.domains)
    check(out, "NOT pg_temp.has_type(" + args2(k.first, k.second) + ")", "missing domain " + key_text(k));
  for (const auto& [k, c] : desired.composites)
    check(out, "NOT pg_temp.has_type(" + args2(k.first, k.second) + ")", "missing type " + key_text(k));
  for (const auto& [k, r] : desired.ranges)
    check(out, "NOT pg_temp.has_type(" + args2(k.first, k.second) + ")", "missing type " + key_text(k));
  for (const auto& [k, f] : desired.functions)
    check(out, "NOT pg_temp.has_function(" + lit(f.schema) + ", " + lit(f.name) + ", " + lit(f.identity) + ")",
          "missing function " + qualified(f.schema, f.name) + "(" + f.identity + ")");
  for (const auto& [k, t] : desired.tables) {
    verify_table(out, desired, t);
    for (const auto& [n, tr] : t.triggers)
      check(out, "NOT pg_temp.has_trigger(" + args3(t.schema, t.name, n) + ")", "missing trigger " + key_text(k) + "." + quote_ident(n));
    for (const auto& [n, p] : t.policies)
      check(out, "NOT pg_temp.has_policy(" + args3(t.schema, t.name, n) + ")", "missing policy " + key_text(k) + "." + quote_ident(n));
    check(out, "pg_temp.table_rls(" + args2(t.schema, t.name) + ") IS DISTINCT FROM " +
                   lit(std::string(t.rls_enabled ? "true" : "false") + " " + (t.rls_forced ? "true" : "false")),
          "table " + key_text(k) + ": row level security is not " + (t.rls_enabled ? "enabled" : "disabled"));
  }
  for (const Key& k : views_in_dependency_order(desired)) {
    const View& v = desired.views.at(k);
    std::string a = args2(v.schema, v.name);
    check(out, "pg_temp.view_kind(" + a + ") IS DISTINCT FROM " + lit(v.materialized ? "m" : "v"), "missing view " + key_text(k));
    check(out, "pg_temp.view_kind(" + a + ") IS NOT NULL AND pg_temp.view_text(pg_temp.rel(" + a +
                   ", '{v,m}')) IS DISTINCT FROM pg_temp.probe_view(" + lit(view_tail(v)) + ")",
          "view " + key_text(k) + " has another definition");
  }
  for (const auto& [k, ix] : desired.indexes)
    check(out, "NOT pg_temp.has_index(" + args2(k.first, k.second) + ")", "missing index " + key_text(k));
  out += "  IF pg_catalog.cardinality(p) > 0 THEN\n    RAISE EXCEPTION 'pgdrift verify: % problem(s)%', pg_catalog.cardinality(p),\n"
         "      E'\\n  ' || pg_catalog.array_to_string(p, E'\\n  ');\n  END IF;\n"
         "  RAISE NOTICE 'pgdrift verify: the database has the desired schema';\nEND $pgdrift$;\nROLLBACK;\n";
  return out;
}

}  // namespace pgdrift
