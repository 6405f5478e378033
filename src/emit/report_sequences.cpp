// pgdrift sequences: the serial and identity sequences of a full dump against their data.
#include <algorithm>

#include "emit/json.h"
#include "emit/report.h"
#include "emit/text_table.h"

namespace pgdrift {

namespace {
std::string max_text(const SequenceCheck& c) { return c.max ? std::to_string(*c.max) : "-"; }
}  // namespace

std::string sequences_text(const std::vector<SequenceCheck>& checks) {
  std::vector<std::vector<std::string>> lines{{"sequence", "column", "next value", "largest in data", "status"}};
  for (const SequenceCheck& c : checks)
    lines.push_back({c.sequence, c.column, std::to_string(c.next), max_text(c), sequence_status_name(c.status)});
  std::string out = text_table(lines, {false, false, true, true, false});
  size_t behind = std::count_if(checks.begin(), checks.end(), [](const SequenceCheck& c) { return c.status == SequenceStatus::Behind; });
  return out + "\n" + std::to_string(behind) + (behind == 1 ? " sequence is" : " sequences are") +
         " behind the data (fix: pgdrift reconcile --fix-sequences)\n";
}

std::string sequences_json(const std::vector<SequenceCheck>& checks) {
  std::vector<std::string> items;
  for (const SequenceCheck& c : checks) {
    JsonObject o;
    o.str("sequence", c.sequence).str("column", c.column).num("next", c.next);
    o.raw("max", c.max ? std::to_string(*c.max) : "null").str("status", sequence_status_name(c.status));
    items.push_back(o.done());
  }
  return JsonObject().str("format", "pgdrift.sequences/1").raw("sequences", json_array(items, true)).done() + "\n";
}

}  // namespace pgdrift
