// Markdown report, for pull-request comments.
#include "emit/report.h"

namespace pgdrift {

namespace {
// Table cells: no newlines, pipes escaped, code spans for SQL.
std::string cell(const std::string& s) {
  if (s.empty()) return "";
  std::string out = "`";
  for (char c : s) {
    if (c == '\n') out += ' ';
    else if (c == '|') out += "\\|";
    else if (c == '`') out += '\'';
    else out += c;
  }
  return out + "`";
}
}  // namespace

std::string report_markdown(const ChangeSet& cs, const ReportOptions&) {
  if (cs.empty()) return "### pgdrift: in sync\n\nNo differences between desired and actual.\n";
  std::string out = "### pgdrift: drift detected\n\n";
  out += "| | count |\n|---|---|\n";
  out += "| missing (in desired only) | " + std::to_string(cs.count(ChangeKind::Missing)) + " |\n";
  out += "| extra (in actual only) | " + std::to_string(cs.count(ChangeKind::Extra)) + " |\n";
  out += "| changed | " + std::to_string(cs.count(ChangeKind::Changed)) + " |\n\n";
  out += "| change | kind | object | attribute | desired | actual |\n|---|---|---|---|---|---|\n";
  for (const Change& c : cs.changes) {
    std::string head = std::string("| ") + change_kind_name(c.change) + " | " + object_kind_name(c.kind) + " | " + cell(c.id) + " | ";
    if (c.details.empty()) {
      out += head + " | | |\n";
      continue;
    }
    for (const AttrChange& a : c.details)
      out += head + a.attribute + " | " + cell(a.desired) + " | " + cell(a.actual) + " |\n";
  }
  return out;
}

}  // namespace pgdrift
