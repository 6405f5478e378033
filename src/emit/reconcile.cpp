// The reconciler script: a header (the drift against the dump, what is left alone, hazards), the
// runtime (only the parts the plan needs), the desired objects as rows in the plan's order, and
// two runs: phase 1 (schemas, extensions, enum types: committed first, as new enum labels must
// be committed before anything uses them), then the rest. The verify script is the same rows
// checked in a transaction that is rolled back.
#include "emit/reconcile.h"

#include <map>
#include <set>

#include "base/sql_ident.h"
#include "emit/reconcile_rows.h"
#include "emit/row_defaults.h"
#include "emit/runtime_sql.h"
#include "emit/sql_text.h"

namespace pgdrift {

using namespace catalog;
using emit_detail::Row;

namespace {
// The runtime file that defines a row's table: several kinds share one.
std::string part_file(const std::string& part) {
  if (part == "domain" || part == "composite" || part == "range") return "types";
  if (part == "sequence_owner") return "sequence";
  if (part == "wrapper") return "server";
  if (part == "opfamily") return "opclass";
  if (part == "default_acl") return "acl";
  if (part == "ts_dictionary" || part == "ts_config") return "text_search";
  return part;
}

// Runtime parts in load order: core and the table kinds always (they share helpers), then the
// ones the rows use.
std::vector<std::string> runtime_parts(const std::set<std::string>& used) {
  std::vector<std::string> out = {"core", "column", "table", "constraint", "index"};
  for (const char* p : {"rename", "schema", "extension", "server", "user_mapping", "collation", "plain", "text_search", "enum", "types", "sequence", "function", "aggregate", "cast", "operator", "opclass", "view", "trigger", "event_trigger", "statistics", "rule", "policy",
                        "publication", "acl", "drop", "sequence_fix"}) {
    std::string part = p;
    bool drops_need = used.count("drop") && (part == "acl" || part == "publication" || part == "aggregate" || part == "cast" || part == "server" || part == "user_mapping" || part == "collation" || part == "plain" || part == "text_search" || part == "event_trigger" || part == "statistics" || part == "operator" || part == "opclass");
    bool plain_needs = used.count("plain") && part == "text_search";  // its dependents' statements
    if (used.count(p) || drops_need || plain_needs) out.push_back(p);
  }
  return out;
}

// pgd_run(phase): each row's kind function, in step order; then what was dropped as a
// dependent and not created again comes back.
std::string dispatcher(const std::set<std::string>& kinds) {
  std::string out = "CREATE FUNCTION pg_temp.pgd_run(p integer) RETURNS void LANGUAGE plpgsql AS $f$\nDECLARE r record;\nBEGIN\n"
                    "  FOR r IN SELECT pg_catalog.substr(c.relname, 5) AS kind, o.step FROM pg_temp.pgd_obj o\n"
                    "           JOIN pg_catalog.pg_class c ON c.oid = o.tableoid WHERE o.phase = p ORDER BY o.step LOOP\n";
  if (kinds.count("column")) out.insert(out.find("  FOR r IN"), "  IF p = 2 THEN PERFORM pg_temp.pgd_columns_in_sync(); END IF;\n");
  if (kinds.empty()) out += "    NULL;  -- nothing to check\n";
  else out += "    CASE r.kind\n";
  for (const std::string& k : kinds) out += "    WHEN '" + k + "' THEN PERFORM pg_temp.pgd_" + k + "(r.step);\n";
  if (!kinds.empty()) out += "    END CASE;\n";
  return out + "  END LOOP;\n  PERFORM pg_temp.pgd_restore_saved();\nEND $f$;\n";
}

std::string first_detail(const Change& c) {
  if (c.details.empty()) return "";
  std::string out;
  for (const AttrChange& a : c.details) out += (out.empty() ? ": " : ", ") + a.attribute;
  return out;
}

std::string header(const Plan& plan, const ReconcileInputs& in, const std::map<std::string, int>& drop_steps) {
  std::string out = "-- pgdrift reconciler (" + in.version + ")" + (plan.drift_only ? ": drift only" : "") + "\n";
  out += "-- desired: " + comment_text(in.desired_name) + "\n-- actual:  " + (in.actual_name.empty() ? "(empty database)" : comment_text(in.actual_name)) + "\n";
  out += plan.drift_only ? "-- Holds only the steps the actual database needs (for review); every step is still guarded.\n"
                         : "-- Brings any database to the desired schema; safe to run again (every step checks the live catalog).\n";
  out += "-- Apply with: psql -v ON_ERROR_STOP=1 -f <this file>\n";
  if (!plan.drift.empty() || !plan.left_alone.empty() || !drop_steps.empty()) {
    out += "--\n-- Drift against the actual database:\n";
    for (const Change& c : plan.drift)
      out += "--   " + std::string(change_kind_name(c.change)) + " " + object_kind_name(c.kind) + " " + comment_text(c.id + first_detail(c)) + "\n";
    for (const auto& [id, step] : drop_steps) out += "--   extra " + comment_text(id) + ": dropped after a backup (step " + std::to_string(step) + ")\n";
    for (const Change& c : plan.left_alone)
      out += "--   extra " + std::string(object_kind_name(c.kind)) + " " + comment_text(c.id) + ": left alone (--allow-drop " + object_kind_name(c.kind) + " drops it)\n";
  }
  std::string hazards;
  for (const Step& s : plan.steps)
    for (Hazard h : s.hazards)
      hazards += "--   step " + std::to_string(s.number) + " " + object_kind_name(s.kind) + " " + comment_text(s.id) + ": " + hazard_code(h) + " " + hazard_name(h) + "\n";
  if (!hazards.empty()) out += "--\n-- Hazards against the actual database (docs/hazards.md):\n" + hazards;
  if (!plan.notes.empty()) {
    out += "--\n-- Notes:\n";
    for (const std::string& n : plan.notes) out += "--   " + comment_text(n) + "\n";
  }
  return out + "\n";
}

// INSERT statements, one per run of rows of the same table; rows of steps in the drift carry a
// comment saying why. A column every row of a run gives its table's default is left out of that
// INSERT (the table gives it): most rows state only what is not the default.
struct RowText {
  std::string phase1, phase2;
  std::set<std::string> kinds, parts;
};

struct RowRun {
  std::string* target = nullptr;
  std::string part;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> values;
  std::vector<std::string> comments;
};

void write_run(const RowRun& run) {
  if (!run.target || run.values.empty()) return;
  const std::map<std::string, std::string>& defaults = emit_detail::row_defaults(part_file(run.part), run.part);
  std::vector<size_t> kept;
  for (size_t i = 0; i < run.columns.size(); ++i) {
    auto d = defaults.find(run.columns[i]);
    bool all_default = d != defaults.end();
    for (size_t r = 0; all_default && r < run.values.size(); ++r) all_default = run.values[r][i] == d->second;
    if (!all_default) kept.push_back(i);
  }
  std::string& out = *run.target;
  out += "INSERT INTO pg_temp.pgd_" + run.part + " (";
  for (size_t i : kept) {
    if (i != kept.front()) out += ", ";
    out += run.columns[i];
  }
  out += ") VALUES\n";
  for (size_t r = 0; r < run.values.size(); ++r) {
    out += "  (";
    for (size_t i : kept) {
      if (i != kept.front()) out += ',';  // data, not prose: no spaces
      out += run.values[r][i];
    }
    out += r + 1 < run.values.size() ? ")," : ");";
    if (!run.comments[r].empty()) {
      out += "  -- ";
      out += comment_text(run.comments[r]);
    }
    out += '\n';
  }
}

// Why a step's row is there, when the actual database differs: the change, hazards.
std::string row_comment(const Step& s, const std::map<std::string, std::string>& why) {
  std::string out;
  if (s.action == StepAction::Drop) out = "drop after a backup";
  else if (auto w = why.find(std::string(object_kind_name(s.kind)) + " " + s.id); w != why.end()) out = w->second;
  else if (s.in_drift && !s.actual && s.action == StepAction::Ensure) out = "missing";
  for (Hazard h : s.hazards) out += std::string(out.empty() ? "" : " ") + "[" + hazard_code(h) + " " + hazard_name(h) + "]";
  return out;
}

RowText rows_text(const Plan& plan, const Catalog& desired) {
  std::map<std::string, std::string> why;  // "<kind> <id>" -> missing / changed: ...
  for (const Change& c : plan.drift) why[std::string(object_kind_name(c.kind)) + " " + c.id] = change_kind_name(c.change) + first_detail(c);
  RowText out;
  RowRun run;
  for (const Step& s : plan.steps) {
    Row r = emit_detail::step_row(s, desired);
    std::string* into = s.phase == 1 ? &out.phase1 : &out.phase2;
    out.kinds.insert(r.part);
    out.parts.insert(part_file(r.part));
    if (s.kind == ObjectKind::Column && s.drop_extra_parts) out.parts.insert("drop");  // a column made generated is dropped first
    if (into != run.target || r.part != run.part) {
      write_run(run);
      run = RowRun{into, r.part, r.columns, {}, {}};
    }
    run.values.push_back(std::move(r.values));
    run.comments.push_back(row_comment(s, why));
  }
  write_run(run);
  return out;
}

std::string runtime(const RowText& rows) {
  std::string out;
  for (const std::string& p : runtime_parts(rows.parts)) out += runtime_sql(p);
  return out + dispatcher(rows.kinds);
}

std::string frame_start(const std::string& lock_key) {
  return "BEGIN;\nDO $l$ BEGIN PERFORM pg_catalog.pg_advisory_xact_lock(" + lock_key + "); END $l$;\nSET LOCAL lock_timeout = '10s';\n";
}

const char* kLogTables = R"SQL(CREATE SCHEMA IF NOT EXISTS pgdrift;
CREATE TABLE IF NOT EXISTS pgdrift.versions (
    run_id bigserial PRIMARY KEY,
    version text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS pgdrift.reconcile_log (
    seq bigserial PRIMARY KEY,
    run_id bigint NOT NULL,
    version text NOT NULL,
    step integer NOT NULL,
    action text NOT NULL,
    object text NOT NULL,
    undo text,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    rolled_back boolean NOT NULL DEFAULT false
);
)SQL";

// Drops the runtime: after the run the database holds only the log, the versions and backups.
const char* kCleanup = R"SQL(DO $pgdrift$
DECLARE r record;
BEGIN
  SET LOCAL client_min_messages = warning;
  DROP TABLE pg_temp.pgd_obj, pg_temp.pgd_state, pg_temp.pgd_problem, pg_temp.pgd_saved, pg_temp.pgd_created, pg_temp.pgd_using CASCADE;
  FOR r IN SELECT p.oid::pg_catalog.regprocedure AS f FROM pg_catalog.pg_proc p
           WHERE p.pronamespace = pg_catalog.pg_my_temp_schema() AND p.proname LIKE 'pgd\_%' LOOP
    EXECUTE 'DROP FUNCTION ' || r.f::text;
  END LOOP;
END $pgdrift$;
)SQL";

std::string lock_key() { return std::to_string(fnv1a_signed("pgdrift reconcile")); }

// The conversions of column type changes the policy gives, looked up by pgd_column_type.
std::string conversions_sql(const std::vector<ReconcileInputs::Conversion>& conversions) {
  std::string out;
  for (const auto& c : conversions)
    out += (out.empty() ? "INSERT INTO pg_temp.pgd_using (sch, tab, name, expr) VALUES\n  (" : ",\n  (") + quote_literal(c.schema) + ", " +
           quote_literal(c.table) + ", " + quote_literal(c.column) + ", " + quote_literal(c.expression) + ")";
  return out.empty() ? "" : out + ";\n";
}

// The renames, in order, before anything else (step 0 in the log); "" when there are none.
std::string renames_sql(const std::vector<Rename>& renames) {
  if (renames.empty()) return "";
  std::string out = "DO $pgdrift$ BEGIN\n";
  for (const Rename& r : renames)
    out += "  PERFORM pg_temp.pgd_rename(0, " + quote_literal(rename_kind_name(r.kind)) + ", " + quote_literal(r.schema) + ", " +
           quote_literal(r.owner) + ", " + quote_literal(r.from) + ", " + quote_literal(r.to) + ");\n";
  return out + "END $pgdrift$;\n";
}
}  // namespace

ReconcileScripts emit_reconcile(const Plan& plan, const Catalog& desired, const ReconcileInputs& in) {
  std::map<std::string, int> drop_steps;
  for (const Step& s : plan.steps)
    if (s.action == StepAction::Drop) drop_steps[std::string(object_kind_name(s.kind)) + " " + s.id] = s.number;
  RowText rows = rows_text(plan, desired);
  std::string renames = renames_sql(in.renames);
  std::string conversions = conversions_sql(in.conversions);
  if (!conversions.empty()) rows.parts.insert("drop");  // its backups: a conversion's values are kept for the rollback
  if (!renames.empty()) rows.parts.insert("rename");
  std::string fix_rows = in.fix_sequences ? emit_detail::sequence_fix_rows(desired) : "";
  if (in.fix_sequences) rows.parts.insert("sequence_fix");
  std::string checksum = fnv1a_hex(renames + conversions + rows.phase1 + rows.phase2 + fix_rows);
  std::string key = lock_key();
  std::string out = header(plan, in, drop_steps);
  // A session setting (gone with the session): comments are not this run's business.
  std::string comments = in.ignore_comments ? "SET pgdrift.ignore_comments = on;  -- the policy ignores comments\n" : "";
  out += comments;
  out += "-- phase 1: the runtime (pg_temp, this session only), schemas, extensions, enum types\n";
  out += frame_start(key) + "SET LOCAL client_min_messages = warning;  -- quiet \"already exists\" notices\n" + kLogTables +
         runtime(rows) + "INSERT INTO pg_temp.pgd_state (verify) VALUES (false);\nRESET client_min_messages;\n";
  out += "DO $pgdrift$\nDECLARE r bigint;\nBEGIN\n  PERFORM pg_catalog.set_config('pgdrift.search_path', pg_catalog.current_setting('search_path'), false);\n"
         "  INSERT INTO pgdrift.versions (version, checksum) VALUES (" + quote_literal(in.version) + ", " +
         quote_literal(checksum) + ") RETURNING run_id INTO r;\n  PERFORM pg_catalog.set_config('pgdrift.run_id', r::text, false);\n"
         "  PERFORM pg_catalog.set_config('pgdrift.version', " + quote_literal(in.version + " " + checksum) + ", false);\nEND $pgdrift$;\n\n";
  out += renames + rows.phase1 + "DO $pgdrift$ BEGIN PERFORM pg_temp.pgd_run(1); END $pgdrift$;\nCOMMIT;\n\n";
  out += "-- phase 2: everything else, in dependency order\n" + frame_start(key) +
         "SET LOCAL check_function_bodies = false;  -- function bodies may name tables created below\n\n";
  out += conversions + rows.phase2 + fix_rows + "DO $pgdrift$ BEGIN PERFORM pg_temp.pgd_run(2); " +
         (in.fix_sequences ? "PERFORM pg_temp.pgd_fix_sequences(); " : "") + "PERFORM pg_temp.pgd_summary(); END $pgdrift$;\n";
  out += kCleanup;
  out += "COMMIT;\n";
  ReconcileScripts scripts;
  scripts.reconciler = out;
  scripts.rollback = emit_rollback(key);
  scripts.verify = "-- pgdrift verify: read-only check that the database has the desired schema.\n"
                   "-- Runs in a transaction that is rolled back; raises an error listing every difference.\nBEGIN;\n"
                   "SET LOCAL client_min_messages = warning;\nSET LOCAL check_function_bodies = false;\n" + comments + runtime(rows) +
                   "INSERT INTO pg_temp.pgd_state (verify) VALUES (true);\nRESET client_min_messages;\n"
                   "DO $pgdrift$ BEGIN PERFORM pg_catalog.set_config('pgdrift.search_path', pg_catalog.current_setting('search_path'), true); END $pgdrift$;\n" +
                   renames + conversions + rows.phase1 + rows.phase2 +
                   "DO $pgdrift$ BEGIN PERFORM pg_temp.pgd_run(1); PERFORM pg_temp.pgd_run(2); PERFORM pg_temp.pgd_report(); END $pgdrift$;\n"
                   "ROLLBACK;\n";
  return scripts;
}

}  // namespace pgdrift
