// check, diff and dump: each reads its inputs, reports diagnostics and prints one result.
#include "cli/cli.h"
#include "diff/change.h"
#include "emit/report.h"

namespace pgdrift::cli {

namespace {
// Both catalogs, or nullopt after an error (diagnostics already printed).
std::optional<ChangeSet> compare(Session& s) {
  std::optional<catalog::Catalog> desired = s.build(s.opt.desired);
  std::optional<catalog::Catalog> actual = desired ? s.build(s.opt.actual) : std::nullopt;
  bool errors = s.report_diagnostics();
  if (errors || !desired || !actual) return std::nullopt;
  return diff_catalogs(*actual, *desired);
}

std::string render(const Session& s, const ChangeSet& cs, bool summary) {
  ReportOptions ro{s.color_stdout() && s.opt.format == "text", &s.sources};
  if (s.opt.format == "json") return report_json(cs, ro);
  if (s.opt.format == "markdown") return report_markdown(cs, ro);
  return summary ? report_summary(cs, ro) : report_text(cs, ro);
}
}  // namespace

int run_check(Session& s) {
  std::optional<ChangeSet> cs = compare(s);
  if (!cs) return kError;
  if (!s.emit(render(s, *cs, true))) return kError;
  return cs->empty() ? kOk : kDrift;
}

int run_diff(Session& s) {
  std::optional<ChangeSet> cs = compare(s);
  if (!cs) return kError;
  return s.emit(render(s, *cs, false)) ? kOk : kError;
}

int run_dump(Session& s) {
  std::optional<catalog::Catalog> cat = s.build(s.opt.desired);
  bool errors = s.report_diagnostics();
  if (errors || !cat) return kError;
  return s.emit(s.opt.format == "json" ? dump_json(*cat) : dump_sql(*cat)) ? kOk : kError;
}

}  // namespace pgdrift::cli
