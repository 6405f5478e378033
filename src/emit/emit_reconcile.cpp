// The reconciler script: header (drift left alone, hazards), the runtime frame (advisory lock,
// lock_timeout, log and versions tables, helper functions) and one DO block per plan step, in
// two transactions: types first (new enum labels must be committed before use), then the rest.
#include "emit/reconcile.h"

#include "base/sql_ident.h"
#include "emit/sql_text.h"
#include "emit/step_block.h"

namespace pgdrift {

using namespace catalog;

namespace {
const char* kRuntime =
#include "emit/reconcile_runtime.sql.inc"
    ;
}  // namespace

const char* kReconcileHelpers =
#include "emit/reconcile_helpers.sql.inc"
    ;

namespace {

std::string step_sql(const Step& s, const Catalog& actual, const Catalog& desired) {
  switch (s.kind) {
    case StepKind::EnsureSchema: return emit_schema_step(s);
    case StepKind::EnsureExtension: return emit_extension_step(s);
    case StepKind::EnsureEnum: return emit_enum_step(s);
    case StepKind::EnsureSequence: return emit_sequence_step(s);
    case StepKind::SequenceOwner: return emit_sequence_owner_step(s);
    case StepKind::EnsureTable: return emit_table_step(s, desired);
    case StepKind::EnsureColumn: return emit_column_step(s, desired, actual);
    case StepKind::EnsureConstraint: return emit_constraint_step(s);
    case StepKind::EnsureIndex: return emit_index_step(s, desired);
    case StepKind::Drop:
      return s.object_kind == ObjectKind::Privilege ? emit_revoke_step(s, actual) : emit_drop_step(s, actual);
    case StepKind::EnsurePrivileges: return emit_privileges_step(s, desired, s.grants, s.owners);
    case StepKind::EnsureDefaultPrivileges: return emit_default_privileges_step(s, desired);
    case StepKind::EnsurePublication: return emit_publication_step(s);
    case StepKind::Comment: return "";
    case StepKind::EnsureFunction: return emit_function_step(s);
    case StepKind::EnsureView: return emit_view_step(s, desired);
    case StepKind::EnsureTrigger: return emit_trigger_step(s);
    case StepKind::EnsurePolicy: return emit_policy_step(s);
    case StepKind::EnsureDomain: return emit_domain_step(s);
    case StepKind::EnsureComposite: return emit_composite_step(s);
    case StepKind::EnsureRange: return emit_range_step(s);
  }
  return "";
}

std::string header(const Plan& plan, const ReconcileInputs& in) {
  std::string out = "-- pgdrift reconciler (" + in.version + ")\n";
  out += "-- desired: " + in.desired_name + "\n-- actual:  " + (in.actual_name.empty() ? "(empty database)" : in.actual_name) + "\n";
  out += "-- Brings any database to the desired schema; safe to run again (every step is guarded).\n";
  out += "-- Apply with: psql -v ON_ERROR_STOP=1 -f <this file>\n";
  if (!plan.left_alone.empty()) {
    out += "--\n-- Drift left alone (only in the database; allow with --allow-drop KIND|OBJECT to drop after a backup):\n";
    for (const Change& c : plan.left_alone) {
      out += "--   extra " + std::string(object_kind_name(c.kind)) + " " + c.id + "\n";
      for (const AttrChange& a : c.details) out += "--     " + a.attribute + ": " + a.actual + "\n";
      out += "--     -- [H004 deletes data] not emitted\n";
    }
  }
  if (!plan.not_applied.empty()) {
    out += "--\n-- NOT HANDLED by this version of the reconciler (reported, not changed; a WARNING is raised):\n";
    for (const Change& c : plan.not_applied)
      out += "--   " + std::string(change_kind_name(c.change)) + " " + object_kind_name(c.kind) + " " + c.id + "\n";
  }
  std::string hazards;
  for (const Step& s : plan.steps)
    for (Hazard h : s.hazards)
      hazards += "--   step " + std::to_string(s.number) + " " + s.id + ": " + hazard_code(h) + " " + hazard_name(h) + "\n";
  if (!hazards.empty()) out += "--\n-- Hazards against the actual database (docs/hazards.md):\n" + hazards;
  return out + "\n";
}

std::string frame_start(const std::string& lock_key) {
  return "BEGIN;\nDO $l$ BEGIN PERFORM pg_catalog.pg_advisory_xact_lock(" + lock_key +
         "); END $l$;\nSET LOCAL lock_timeout = '10s';\n";
}
}  // namespace

ReconcileScripts emit_reconcile(const Plan& plan, const Catalog& actual, const Catalog& desired, const ReconcileInputs& in) {
  std::string phase1, phase2;
  for (const Step& s : plan.steps) (s.phase == 1 ? phase1 : phase2) += step_sql(s, actual, desired) + "\n";
  std::string checksum = fnv1a_hex(phase1 + phase2);
  std::string lock_key = std::to_string(fnv1a_signed("pgdrift reconcile"));
  std::string out = header(plan, in);
  out += "-- phase 1: runtime, schemas, extensions, types (committed first: new enum labels must be\n";
  out += "-- committed before later statements use them)\n";
  out += frame_start(lock_key) + "SET LOCAL client_min_messages = warning;  -- quiet \"already exists\" notices\n" +
         kRuntime + kReconcileHelpers + "RESET client_min_messages;\n";
  out += "DO $v$\nDECLARE r bigint;\nBEGIN\n  INSERT INTO pgdrift.versions (version, checksum) VALUES (" + lit(in.version) + ", " +
         lit(checksum) + ") RETURNING run_id INTO r;\n  PERFORM pg_catalog.set_config('pgdrift.run_id', r::text, false);\n"
         "  PERFORM pg_catalog.set_config('pgdrift.version', " + lit(in.version + " " + checksum) + ", false);\nEND $v$;\n\n";
  out += phase1 + "COMMIT;\n\n-- phase 2: sequences, tables, columns, constraints, indexes, drops\n" + frame_start(lock_key) +
         "SET LOCAL check_function_bodies = false;  -- function bodies may name tables created below\n\n";
  out += phase2 + "COMMIT;\n";
  if (!plan.not_applied.empty())
    out += "DO $w$ BEGIN RAISE WARNING 'pgdrift: % difference(s) in functions, triggers, policies or row level security are "
           "not handled by this reconciler (see its header)', " + std::to_string(plan.not_applied.size()) + "; END $w$;\n";
  ReconcileScripts scripts;
  scripts.reconciler = out;
  scripts.rollback = emit_rollback(lock_key);
  scripts.verify = emit_verify(desired);
  return scripts;
}

}  // namespace pgdrift
