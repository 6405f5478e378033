// check, diff and dump: each reads its inputs, reports diagnostics and prints one result.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>

#include "base/keep_until_exit.h"
#include "cli/cli.h"
#include "diff/change.h"
#include "emit/reconcile.h"
#include "emit/report.h"
#include "frontend/dump_data.h"
#include "plan/step.h"

namespace pgdrift::cli {

namespace {
// Both catalogs and their diff (diagnostics already printed).
struct Compared {
  catalog::Catalog actual, desired;
  ChangeSet changes;
  std::vector<catalog::Rename> renames;  // applied to `actual`
};
// The comparison, or nullptr after an error; left for the exit to release (keep_until_exit.h).
Compared* compare_full(Session& s) {
  std::optional<Session::Pair> both = s.build_both(s.opt.desired, s.opt.actual);
  if (both) s.check_rules(both->actual, both->desired), s.note_unknown_roles(both->actual, both->desired);
  bool errors = s.report_diagnostics();
  if (errors || !both) return nullptr;
  ChangeSet cs = diff_catalogs(both->actual, both->desired, DiffOptions{s.privileges(), s.owners(), &both->renames});
  return &keep_until_exit(Compared{std::move(both->actual), std::move(both->desired), std::move(cs), std::move(both->renames)});
}

DropPolicy drop_policy(const Session& s) {
  DropPolicy p;
  const std::vector<std::string>& kinds = object_kind_names();
  for (const std::string& a : s.allow_drop())
    (std::binary_search(kinds.begin(), kinds.end(), a) ? p.kinds : p.ids).insert(a);
  p.privileges = s.privileges();
  p.owners = s.owners();
  return p;
}

std::string render(const Session& s, const ChangeSet& cs, bool summary) {
  ReportOptions ro{s.color_stdout() && s.opt.format == "text", &s.sources};
  if (s.opt.format == "json") return report_json(cs, ro);
  if (s.opt.format == "markdown") return report_markdown(cs, ro);
  if (s.opt.format == "github") return report_github(cs, ro);
  if (s.opt.format == "sarif") return report_sarif(cs, ro);
  return summary ? report_summary(cs, ro) : report_text(cs, ro);
}
}  // namespace

namespace {
// With --format github the Markdown report also goes to the job's step summary, when GitHub
// Actions names one ($GITHUB_STEP_SUMMARY).
void github_step_summary(const Session& s, const ChangeSet& cs) {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  if (s.opt.format != "github" || !path || !*path) return;
  std::ofstream(path, std::ios::app) << report_markdown(cs, ReportOptions{false, &s.sources});
}
}  // namespace

int run_check(Session& s) {
  Compared* c = compare_full(s);
  if (!c) return kError;
  github_step_summary(s, c->changes);
  if (!s.emit(render(s, c->changes, true))) return kError;
  return c->changes.empty() ? kOk : kDrift;
}

int run_diff(Session& s) {
  Compared* c = compare_full(s);
  if (!c) return kError;
  github_step_summary(s, c->changes);
  return s.emit(render(s, c->changes, false)) ? kOk : kError;
}

int run_inventory(Session& s) {
  Compared* c = compare_full(s);
  if (!c) return kError;
  // Counted only when asked: an inventory is about objects, privileges would drown them.
  Inventory inv = take_inventory(c->actual, c->desired, c->changes, DiffOptions{s.opt.with_privileges && s.privileges(), s.owners()});
  if (s.opt.format == "json") return s.emit(inventory_json(inv)) ? kOk : kError;
  return s.emit(s.opt.format == "markdown" ? inventory_markdown(inv) : inventory_text(inv)) ? kOk : kError;
}

int run_reconcile(Session& s) {
  Compared* c = compare_full(s);
  if (!c) return kError;
  Plan plan = plan_reconcile(c->actual, c->desired, c->changes, PlanOptions{drop_policy(s), s.opt.drift_only});
  ReconcileInputs in;
  in.desired_name = s.opt.desired;
  in.actual_name = s.opt.actual;
  in.fix_sequences = s.opt.fix_sequences;
  in.renames = c->renames;
  in.ignore_comments = s.ignore_comments();
  in.conversions = s.conversions();
  ReconcileScripts out = emit_reconcile(plan, c->desired, in);
  if (s.opt.output.empty() && s.opt.rollback.empty() && s.opt.verify.empty()) return s.emit(out.reconciler) ? kOk : kError;
  std::vector<std::pair<std::string, std::string>> files;
  if (!s.opt.output.empty()) files.emplace_back(s.opt.output, out.reconciler);
  if (!s.opt.rollback.empty()) files.emplace_back(s.opt.rollback, out.rollback);
  if (!s.opt.verify.empty()) files.emplace_back(s.opt.verify, out.verify);
  if (!s.write_files(files)) return kError;
  if (s.opt.output.empty()) std::cout << out.reconciler;
  return kOk;
}

int run_sequences(Session& s) {
  std::vector<uint32_t> files;
  std::optional<catalog::Catalog> cat = s.build(s.opt.desired, &files);
  if (s.report_diagnostics() || !cat) return kError;
  DiagnosticEngine again{s.sources};  // the splitter's diagnostics were reported by build
  std::vector<SequenceCheck> checks = check_sequences(*cat, read_dump_data(s.sources, files, again));
  if (!s.emit(s.opt.format == "json" ? sequences_json(checks) : sequences_text(checks))) return kError;
  bool behind = std::any_of(checks.begin(), checks.end(), [](const SequenceCheck& c) { return c.status == SequenceStatus::Behind; });
  return behind ? kDrift : kOk;
}

int run_dump(Session& s) {
  std::optional<catalog::Catalog> cat = s.build(s.opt.desired);
  bool errors = s.report_diagnostics();
  if (errors || !cat) return kError;
  return s.emit(s.opt.format == "json" ? dump_json(*cat) : dump_sql(*cat)) ? kOk : kError;
}

}  // namespace pgdrift::cli
