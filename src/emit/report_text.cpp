// Text reports: the full diff and the short check summary.
#include "emit/report.h"

namespace pgdrift {

namespace {
const char* color_of(ChangeKind k) {
  switch (k) {
    case ChangeKind::Missing: return "\033[32m";
    case ChangeKind::Extra: return "\033[31m";
    case ChangeKind::Changed: return "\033[33m";
  }
  return "";
}

std::string headline(const ChangeSet& cs) {
  size_t n = cs.changes.size();
  return std::to_string(n) + (n == 1 ? " difference" : " differences") + " (" +
         std::to_string(cs.count(ChangeKind::Missing)) + " missing, " + std::to_string(cs.count(ChangeKind::Extra)) +
         " extra, " + std::to_string(cs.count(ChangeKind::Changed)) + " changed)";
}

std::string change_line(const Change& c, const ReportOptions& opt) {
  std::string out = "  ";
  if (opt.color) out += color_of(c.change);
  out += change_kind_name(c.change);
  if (opt.color) out += "\033[0m";
  out += std::string(" ") + object_kind_name(c.kind) + " " + c.id;
  return out;
}

std::string where(const Change& c, const ReportOptions& opt) {
  if (!opt.sources) return "";
  std::string out;
  if (c.desired_at.valid()) out += "      desired: " + opt.sources->describe(c.desired_at) + "\n";
  if (c.actual_at.valid()) out += "      actual:  " + opt.sources->describe(c.actual_at) + "\n";
  return out;
}

std::string value(const std::string& v) { return v.empty() ? "(none)" : v; }
}  // namespace

std::string report_text(const ChangeSet& cs, const ReportOptions& opt) {
  if (cs.empty()) return "in sync: no differences\n";
  std::string out = "drift: " + headline(cs) + "\n";
  std::string group;
  for (const Change& c : cs.changes) {
    if (c.group != group) {
      group = c.group;
      out += "\n" + (opt.color ? "\033[1m" + group + "\033[0m" : group) + "\n";
    }
    out += change_line(c, opt) + "\n";
    for (const AttrChange& a : c.details) {
      if (c.change == ChangeKind::Changed) {
        out += "      " + a.attribute + ": desired " + value(a.desired) + "\n";
        out += "      " + std::string(a.attribute.size(), ' ') + "  actual  " + value(a.actual) + "\n";
      } else {
        out += "      " + a.attribute + ": " + value(c.change == ChangeKind::Missing ? a.desired : a.actual) + "\n";
      }
    }
    out += where(c, opt);
  }
  return out;
}

std::string report_summary(const ChangeSet& cs, const ReportOptions& opt) {
  if (cs.empty()) return "in sync: no differences\n";
  std::string out = "drift: " + headline(cs) + "\n";
  for (const Change& c : cs.changes) out += change_line(c, opt) + "\n";
  out += "run 'pgdrift diff' with the same arguments for details\n";
  return out;
}

}  // namespace pgdrift
