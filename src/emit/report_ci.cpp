// Reports for CI gates: GitHub Actions workflow commands and SARIF 2.1.0 (code scanning).
// Each change points at the statement that defines the object: the migration for objects the
// repository has, the dump for objects only the database has.
#include <cctype>
#include <optional>

#include "base/version.h"
#include "emit/json.h"
#include "emit/report.h"

namespace pgdrift {

namespace {
struct Place {
  std::string file;
  uint32_t line = 0, col = 0;
};

std::optional<Place> place_of(const Change& c, const ReportOptions& opt) {
  const SourceSpan& s = c.desired_at.valid() ? c.desired_at : c.actual_at;
  if (!s.valid() || !opt.sources || s.file >= opt.sources->size()) return std::nullopt;
  const SourceFile& f = opt.sources->file(s.file);
  LineCol lc = f.line_col(s.offset);
  return Place{f.name(), lc.line, lc.col};
}

// "column public.t.a differs: type (desired integer, actual bigint)"
std::string message(const Change& c) {
  std::string out = std::string(object_kind_name(c.kind)) + " " + c.id;
  if (c.change == ChangeKind::Missing) return out + " is missing from the database";
  if (c.change == ChangeKind::Extra) return out + " exists only in the database";
  out += " differs";
  for (size_t i = 0; i < c.details.size(); ++i) {
    const AttrChange& a = c.details[i];
    out += (i ? ", " : ": ") + a.attribute + " (desired " + (a.desired.empty() ? "none" : a.desired) + ", actual " +
           (a.actual.empty() ? "none" : a.actual) + ")";
  }
  return out;
}

// Workflow command escaping: data (%, CR, LF) and property values (also ':' and ',').
std::string escape(const std::string& s, bool property) {
  std::string out;
  for (char ch : s) {
    if (ch == '%') out += "%25";
    else if (ch == '\r') out += "%0D";
    else if (ch == '\n') out += "%0A";
    else if (property && ch == ':') out += "%3A";
    else if (property && ch == ',') out += "%2C";
    else out += ch;
  }
  return out;
}

std::string rule_id(ChangeKind k) { return std::string("pgdrift/") + change_kind_name(k); }

std::string sarif_rules() {
  std::vector<std::string> rules;
  for (ChangeKind k : {ChangeKind::Missing, ChangeKind::Extra, ChangeKind::Changed}) {
    std::string text = k == ChangeKind::Missing ? "an object of the desired schema is missing from the database"
                       : k == ChangeKind::Extra ? "an object exists only in the database (drift nobody committed)"
                                                : "an object differs between the desired schema and the database";
    rules.push_back(JsonObject().str("id", rule_id(k)).str("name", change_kind_name(k))
                        .raw("shortDescription", JsonObject().str("text", text).done()).done());
  }
  return json_array(rules, true);
}

// A relative path as a URI reference (RFC 3986): unreserved characters and '/' as they are.
std::string uri_of(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char ch : path) {
    if (std::isalnum(ch) || ch == '/' || ch == '-' || ch == '.' || ch == '_' || ch == '~') out += static_cast<char>(ch);
    else out += std::string("%") + hex[ch >> 4] + hex[ch & 15];
  }
  return out;
}
}  // namespace

std::string report_github(const ChangeSet& cs, const ReportOptions& opt) {
  std::string out;
  for (const Change& c : cs.changes) {
    out += "::error ";
    if (auto p = place_of(c, opt))
      out += "file=" + escape(p->file, true) + ",line=" + std::to_string(p->line) + ",col=" + std::to_string(p->col) + ",";
    out += "title=" + escape("schema drift: " + std::string(change_kind_name(c.change)), true) + "::" + escape(message(c), false) + "\n";
  }
  if (cs.empty()) out += "::notice title=pgdrift::in sync%3A no differences\n";
  return out;
}

std::string report_sarif(const ChangeSet& cs, const ReportOptions& opt) {
  std::vector<std::string> results;
  for (const Change& c : cs.changes) {
    JsonObject r;
    r.str("ruleId", rule_id(c.change)).str("level", "error").raw("message", JsonObject().str("text", message(c)).done());
    if (auto p = place_of(c, opt)) {
      std::string region = JsonObject().num("startLine", p->line).num("startColumn", p->col).done();
      std::string physical = JsonObject().raw("artifactLocation", JsonObject().str("uri", uri_of(p->file)).done())
                                 .raw("region", region).done();
      r.raw("locations", "[" + JsonObject().raw("physicalLocation", physical).done() + "]");
    }
    results.push_back(r.done());
  }
  std::string driver = JsonObject().str("name", "pgdrift").str("version", kVersionNumber).raw("rules", sarif_rules()).done();
  std::string run = JsonObject().raw("tool", JsonObject().raw("driver", driver).done()).raw("results", json_array(results, true)).done();
  return JsonObject().str("$schema", "https://json.schemastore.org/sarif-2.1.0.json").str("version", "2.1.0")
             .raw("runs", "[" + run + "]").done() + "\n";
}

}  // namespace pgdrift
