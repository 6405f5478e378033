#include <map>

#include "emit/history.h"
#include "emit/json.h"
#include "emit/text_table.h"

namespace pgdrift {

namespace {
const HistoryStatus kStatuses[] = {HistoryStatus::Applied, HistoryStatus::Pending, HistoryStatus::RemoteOnly,
                                   HistoryStatus::Edited, HistoryStatus::Failed};

// Where the entry is: its file, or the ledger row that records it.
std::string where(const HistoryContext& c, const HistoryEntry& e) {
  if (e.local >= 0) return c.local.files[static_cast<size_t>(e.local)].display;
  return e.rows.empty() ? "" : c.sources.describe(c.ledger.entries[e.rows.back()].span);
}

std::string heading(const HistoryContext& c) {
  return "ledger " + std::string(ledger_kind_name(c.ledger.kind)) + " (" +
         (c.ledger.from_list ? "a list of versions" : ledger_table(c.ledger)) + " in " + c.source + ") against " + c.folder;
}

std::string totals(const HistoryReport& r) {
  std::string out = std::to_string(r.entries.size()) + " versions:";
  for (size_t i = 0; i < std::size(kStatuses); ++i)
    out += std::string(i ? "," : "") + " " + std::to_string(r.count(kStatuses[i])) + " " + history_status_name(kStatuses[i]);
  return out;
}
}  // namespace

std::string history_text(const HistoryContext& c) {
  std::vector<std::vector<std::string>> rows = {{"version", "name", "status", "detail", "where"}};
  for (const HistoryEntry& e : c.report.entries)
    rows.push_back({e.version, e.name, history_status_name(e.status), e.detail, where(c, e)});
  return heading(c) + "\n\n" + text_table(rows, {false, false, false, false, false}) + "\n" + totals(c.report) + "\n" +
         (c.report.aligned() ? "aligned\n" : "not aligned\n");
}

std::string history_markdown(const HistoryContext& c) {
  auto cell = [](std::string s) {
    std::string out;
    for (char ch : s) out += ch == '|' ? std::string("\\|") : std::string(1, ch);
    return out;
  };
  std::string out = "## Migration history\n\n" + heading(c) + "\n\n| version | name | status | detail | where |\n|---|---|---|---|---|\n";
  for (const HistoryEntry& e : c.report.entries)
    out += "| " + cell(e.version) + " | " + cell(e.name) + " | " + history_status_name(e.status) + " | " + cell(e.detail) +
           " | " + cell(where(c, e)) + " |\n";
  return out + "\n" + totals(c.report) + ": **" + (c.report.aligned() ? "aligned" : "not aligned") + "**\n";
}

std::string history_json(const HistoryContext& c) {
  std::vector<std::string> versions;
  for (const HistoryEntry& e : c.report.entries) {
    JsonObject o;
    o.str("version", e.version).str("name", e.name).str("status", history_status_name(e.status)).str("detail", e.detail);
    if (e.local >= 0) o.str("file", c.local.files[static_cast<size_t>(e.local)].display);
    if (!e.rows.empty()) o.str("ledger_row", c.sources.describe(c.ledger.entries[e.rows.back()].span));
    versions.push_back(o.done());
  }
  JsonObject counts;
  for (HistoryStatus s : kStatuses) counts.num(history_status_name(s), static_cast<long long>(c.report.count(s)));
  JsonObject out;
  out.str("ledger", ledger_kind_name(c.ledger.kind))
      .str("table", c.ledger.from_list ? "" : ledger_table(c.ledger))
      .str("source", c.source)
      .str("migrations", c.folder)
      .boolean("aligned", c.report.aligned())
      .raw("counts", counts.done())
      .raw("versions", json_array(versions, true));
  return out.done() + "\n";
}

}  // namespace pgdrift
