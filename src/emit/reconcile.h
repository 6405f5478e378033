// The reconciler, its rollback and its verify script (docs/reconciler-patterns.md).
#pragma once
#include <string>

#include "catalog/catalog.h"
#include "plan/step.h"

namespace pgdrift {

struct ReconcileInputs {
  std::string desired_name, actual_name;  // as given on the command line, for the header
  std::string version = "pgdrift 0.1.0";
};

struct ReconcileScripts {
  std::string reconciler, rollback, verify;
};

ReconcileScripts emit_reconcile(const Plan& plan, const catalog::Catalog& actual, const catalog::Catalog& desired,
                                const ReconcileInputs& in);

// Undoes the newest run that did something and was not rolled back yet (from pgdrift.reconcile_log).
std::string emit_rollback(const std::string& lock_key);
// Read-only check (runs in a transaction that is rolled back): raises an error listing every
// desired object that is missing or different.
std::string emit_verify(const catalog::Catalog& desired);

}  // namespace pgdrift
