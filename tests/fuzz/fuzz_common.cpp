#include "fuzz_common.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "catalog/replay.h"
#include "diff/change.h"
#include "emit/reconcile.h"
#include "emit/report.h"
#include "frontend/frontend.h"
#include "plan/step.h"

namespace pgdrift::fuzz {

uint32_t add_exact(SourceManager& sources, std::string name, std::string_view text) {
  std::shared_ptr<char[]> bytes(new char[text.size() ? text.size() : 1]);
  std::copy(text.begin(), text.end(), bytes.get());
  std::string_view view(bytes.get(), text.size());
  return sources.add(std::move(name), std::shared_ptr<const void>(bytes, bytes.get()), view);
}

void replay_and_check(std::string sql) {
  SourceManager sources;
  DiagnosticEngine diags(sources);
  uint32_t id = add_exact(sources, "fuzz.sql", sql);
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
