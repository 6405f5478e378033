// The reconciler, its rollback and its verify script (docs/reconciler-patterns.md): a printer
// of a Plan. The desired objects are rows for a small runtime that lives in pg_temp.
#pragma once
#include <string>

#include "base/version.h"
#include "plan/step.h"

namespace pgdrift {

struct ReconcileInputs {
  std::string desired_name, actual_name;  // as given on the command line, for the header
  std::string version = kVersion;
  bool fix_sequences = false;  // --fix-sequences: sequences moved past their columns' largest value
  std::vector<catalog::Rename> renames;  // run first, guarded, logged (the plan sees their result)
  bool ignore_comments = false;          // the policy's `ignore comments;`: the server's stay as they are
  struct Conversion {                    // the policy's `using t.col as (expression);`
    std::string schema, table, column, expression;
  };
  std::vector<Conversion> conversions;
};

struct ReconcileScripts {
  std::string reconciler, rollback, verify;
};

// A printer of the plan: the steps carry the objects (the actual one for drops) and what the
// plan decided; `desired` only answers the rows' lookups of desired privileges and texts.
ReconcileScripts emit_reconcile(const Plan& plan, const catalog::Catalog& desired, const ReconcileInputs& in);

// Undoes the newest run that did something and was not rolled back yet (from pgdrift.reconcile_log).
std::string emit_rollback(const std::string& lock_key);

}  // namespace pgdrift
