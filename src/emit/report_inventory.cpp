// The inventory (pgdrift inventory) as text, Markdown and JSON.
#include <algorithm>

#include "emit/json.h"
#include "emit/report.h"
#include "emit/text_table.h"

namespace pgdrift {

namespace {
const char* const kHeads[] = {"schema", "kind", "desired", "actual", "only desired", "only actual", "different"};

std::vector<std::string> cells(const InventoryRow& r) {
  return {r.schema.empty() ? "-" : r.schema, r.kind, std::to_string(r.desired), std::to_string(r.actual),
          std::to_string(r.only_desired), std::to_string(r.only_actual), std::to_string(r.different)};
}

InventoryRow total_of(const Inventory& inv) {
  InventoryRow t{"total", "", 0, 0, 0, 0, 0};
  for (const InventoryRow& r : inv.rows) {
    t.desired += r.desired;
    t.actual += r.actual;
    t.only_desired += r.only_desired;
    t.only_actual += r.only_actual;
    t.different += r.different;
  }
  return t;
}

std::string text_objects(const std::string& title, const std::vector<InventoryObject>& objects) {
  std::string out = "\n" + title + ": " + std::to_string(objects.size()) + "\n";
  for (const InventoryObject& o : objects) out += "  " + o.kind + " " + o.id + "\n";
  return out;
}

std::string markdown_objects(const std::string& title, const std::vector<InventoryObject>& objects) {
  std::string out = "\n### " + title + " (" + std::to_string(objects.size()) + ")\n\n";
  if (objects.empty()) return out + "None.\n";
  for (const InventoryObject& o : objects) out += "- " + o.kind + " `" + o.id + "`\n";
  return out;
}

std::string json_row(const InventoryRow& r) {
  JsonObject o;
  o.str("schema", r.schema).str("kind", r.kind);
  o.num("desired", static_cast<long long>(r.desired)).num("actual", static_cast<long long>(r.actual));
  o.num("only_desired", static_cast<long long>(r.only_desired)).num("only_actual", static_cast<long long>(r.only_actual));
  return o.num("different", static_cast<long long>(r.different)).done();
}

std::string json_objects(const std::vector<InventoryObject>& objects) {
  std::vector<std::string> out;
  for (const InventoryObject& o : objects) out.push_back(JsonObject().str("schema", o.schema).str("kind", o.kind).str("id", o.id).done());
  return json_array(out, true);
}
}  // namespace

std::string inventory_text(const Inventory& inv) {
  std::vector<std::vector<std::string>> lines{{std::begin(kHeads), std::end(kHeads)}};
  for (const InventoryRow& r : inv.rows) lines.push_back(cells(r));
  std::vector<std::string> total = cells(total_of(inv));
  total[1] = "";
  lines.push_back(total);
  return text_table(lines, {false, false, true, true, true, true, true}) + text_objects("only in desired", inv.only_desired) + text_objects("only in actual", inv.only_actual);
}

std::string inventory_markdown(const Inventory& inv) {
  std::string out = "## Inventory\n\n| schema | kind | desired | actual | only desired | only actual | different |\n"
                    "|---|---|--:|--:|--:|--:|--:|\n";
  auto row = [&](const std::vector<std::string>& c) {
    out += "|";
    for (const std::string& x : c) out += " " + x + " |";
    out += "\n";
  };
  for (const InventoryRow& r : inv.rows) row(cells(r));
  std::vector<std::string> total = cells(total_of(inv));
  total[0] = "**total**";
  total[1] = "";
  row(total);
  return out + markdown_objects("Only in desired", inv.only_desired) + markdown_objects("Only in actual", inv.only_actual);
}

std::string inventory_json(const Inventory& inv) {
  std::vector<std::string> rows;
  for (const InventoryRow& r : inv.rows) rows.push_back(json_row(r));
  JsonObject o;
  o.str("format", "pgdrift.inventory/1").raw("rows", json_array(rows, true)).raw("total", json_row(total_of(inv)));
  return o.raw("only_desired", json_objects(inv.only_desired)).raw("only_actual", json_objects(inv.only_actual)).done() + "\n";
}

}  // namespace pgdrift
