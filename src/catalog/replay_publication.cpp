// CREATE / ALTER PUBLICATION.
#include <algorithm>
#include <sstream>

#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
// publish = 'update,insert' -> "insert, update" (PostgreSQL's order).
std::string publish_list(const std::string& value) {
  std::string out;
  for (const char* op : {"insert", "update", "delete", "truncate"}) {
    std::string v = value;
    for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::stringstream in(v);
    std::string item;
    bool found = false;
    while (std::getline(in, item, ',')) {
      item.erase(0, item.find_first_not_of(' '));
      item.erase(item.find_last_not_of(' ') + 1);
      found = found || item == op;
    }
    if (found) out += (out.empty() ? "" : ", ") + std::string(op);
  }
  return out;
}

void apply_options(Publication& p, const std::vector<std::pair<std::string, std::string>>& options) {
  for (const auto& [name, value] : options) {
    if (name == "publish") p.publish = publish_list(value);
    if (name == "publish_via_partition_root") p.via_root = value == "true" || value == "on" || value == "1";
  }
}

void change_objects(Replayer& r, Publication& p, const ast::PublicationStmt& s) {
  if (s.action == 's') {
    p.tables.clear();
    p.schemas.clear();
  }
  for (const ast::PubTable& t : s.tables) {
    Table* table = r.table_or_warn(t.table, false);
    if (!table) continue;
    Key k{table->schema, table->name};
    if (s.action == 'd') {
      p.tables.erase(k);
      continue;
    }
    PublicationTable pt;
    pt.columns = t.columns;
    if (t.where) pt.where = r.store(*t.where, table, t.where_printed);
    p.tables[k] = std::move(pt);
  }
  for (std::string schema : s.schemas) {
    if (schema.empty()) schema = r.creation_schema();
    if (s.action == 'd') p.schemas.erase(schema);
    else p.schemas.insert(schema);
  }
}
}  // namespace

void replay_publication(Replayer& r, const ast::PublicationStmt& s) {
  auto it = r.cat.publications.find(s.name);
  if (s.action == 'c') {
    if (it != r.cat.publications.end()) {
      r.warn(DiagKind::duplicate_object, "publication " + quote_ident(s.name) + " already exists; statement ignored");
      return;
    }
    Publication p;
    p.name = s.name;
    p.all_tables = s.all_tables;
    p.origin = r.origin();
    apply_options(p, s.options);
    change_objects(r, p, s);
    r.cat.publications[s.name] = std::move(p);
    return;
  }
  if (it == r.cat.publications.end()) {
    r.warn(DiagKind::unknown_object, "publication " + quote_ident(s.name) + " does not exist; statement ignored");
    return;
  }
  apply_options(it->second, s.options);
  change_objects(r, it->second, s);
}

}  // namespace pgdrift::catalog
