// What the SQL fuzz targets share: one script through the whole offline pipeline.
#pragma once
#include <cstdlib>
#include <string>

#include "catalog/replay.h"
#include "diff/change.h"
#include "emit/reconcile.h"
#include "emit/report.h"
#include "frontend/frontend.h"
#include "plan/step.h"

namespace pgdrift::fuzz {

// Parses and replays `sql`; when it replays without errors, the catalog diffed against itself
// must be empty, and it is dumped and planned and emitted as a reconciler from an empty database.
inline void replay_and_check(std::string sql) {
  SourceManager sources;
  DiagnosticEngine diags(sources);
  uint32_t id = sources.add("fuzz.sql", std::move(sql));
  std::vector<ast::Stmt> stmts = parse_files(sources, {id}, diags);
  if (diags.has_errors()) return;
  catalog::Catalog cat = catalog::replay(stmts, diags);
  for (const Diagnostic& d : diags.all()) (void)diags.format(d);
  if (diags.has_errors()) return;
  if (!diff_catalogs(cat, cat).empty()) std::abort();
  (void)dump_sql(cat);
  catalog::Catalog empty;
  ChangeSet changes = diff_catalogs(empty, cat);
  Plan plan = plan_reconcile(empty, cat, changes, PlanOptions{});
  (void)emit_reconcile(plan, cat, ReconcileInputs{});
}

}  // namespace pgdrift::fuzz
