// JSON report; the format is documented in docs/json-format.md and versioned by "format".
#include "emit/json.h"
#include "emit/report.h"

namespace pgdrift {

namespace {
std::string str(const std::string& s) { return json_string(s); }

std::string location(const SourceSpan& s, const ReportOptions& opt) {
  return s.valid() && opt.sources ? str(opt.sources->describe(s)) : "null";
}
}  // namespace

std::string report_json(const ChangeSet& cs, const ReportOptions& opt) {
  std::string out = "{\n  \"format\": \"pgdrift.diff/1\",\n";
  out += std::string("  \"in_sync\": ") + (cs.empty() ? "true" : "false") + ",\n";
  out += "  \"summary\": {\"missing\": " + std::to_string(cs.count(ChangeKind::Missing)) +
         ", \"extra\": " + std::to_string(cs.count(ChangeKind::Extra)) +
         ", \"changed\": " + std::to_string(cs.count(ChangeKind::Changed)) + "},\n";
  out += "  \"changes\": [";
  for (size_t i = 0; i < cs.changes.size(); ++i) {
    const Change& c = cs.changes[i];
    out += i ? ",\n    {" : "\n    {";
    out += "\"kind\": " + str(object_kind_name(c.kind)) + ", \"object\": " + str(c.id) +
           ", \"change\": " + str(change_kind_name(c.change)) + ", \"group\": " + str(c.group) + ",\n     \"details\": [";
    for (size_t k = 0; k < c.details.size(); ++k) {
      const AttrChange& a = c.details[k];
      out += (k ? ", " : "") + std::string("{\"attribute\": ") + str(a.attribute) + ", \"desired\": " + str(a.desired) +
             ", \"actual\": " + str(a.actual) + "}";
    }
    out += "],\n     \"desired_at\": " + location(c.desired_at, opt) + ", \"actual_at\": " + location(c.actual_at, opt) + "}";
  }
  out += cs.changes.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace pgdrift
