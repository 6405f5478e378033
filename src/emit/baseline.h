// `pgdrift baseline`: a schema as one plain, readable SQL file in dependency order that loads
// into an empty database (psql -v ON_ERROR_STOP=1) and gives exactly that catalog. The order is
// the reconciler plan's (from an empty database), with each table created with its columns in
// one statement. docs/baseline.md.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "plan/step.h"

namespace pgdrift {

// A statement of the source pgdrift does not model, with where it is.
struct KeptStatement {
  std::string where, text;
};

struct BaselineInputs {
  std::string source;                 // as given on the command line, for the header
  std::vector<KeptStatement> run;     // run after the schema, in their order (unmodelled kinds,
                                      // statements on external objects)
  std::vector<KeptStatement> kept;    // data statements: their text, commented out, in order
  std::vector<std::string> listed;    // statements left out, as their diagnostics say
  bool header = true;
};

// `pgdrift adopt`: the objects `ids` names (object_id; with their parts when tables) from the
// plan of the actual catalog from an empty database, each guarded so that the migration runs on
// the database that has them (nothing happens) and on one built from the repository (they are
// created): IF NOT EXISTS, OR REPLACE, or a DO block whose guard pgdrift's replay understands.
std::string emit_adopt(const Plan& plan, const catalog::Catalog& actual, const catalog::Catalog& desired,
                       const std::set<std::string>& ids,
                       const std::string& desired_name, const std::string& actual_name);

// `plan` is the reconciler plan from an empty database to `desired` (no privileges, no drops).
std::string emit_baseline(const Plan& plan, const catalog::Catalog& desired, const BaselineInputs& in);

// Idempotent setval per serial and identity column: its sequence moved past the column's largest
// value, never lowered, empty tables and descending sequences left alone.
std::string sequence_fix_sql(const catalog::Catalog& desired);

}  // namespace pgdrift
