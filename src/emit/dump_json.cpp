// `pgdrift dump --format json`: every object with its attributes; expressions carry both the
// SQL to read and the canonical text pgdrift compares.
#include "base/sql_ident.h"
#include "emit/json.h"
#include "emit/report.h"

namespace pgdrift {

using namespace catalog;

namespace {
std::string expr(const OptExpr& e) {
  if (!e) return "null";
  return JsonObject().str("sql", e->sql.value).str("canonical", e->canonical).done();
}

std::string strings(const std::vector<std::string>& v) {
  std::vector<std::string> enc;
  for (const auto& s : v) enc.push_back(json_string(s));
  return json_array(enc, false);
}

std::string column(const Column& c) {
  return JsonObject()
      .str("name", c.name).str("type", c.type).str("collation", c.collation).boolean("not_null", c.not_null)
      .raw("default", expr(c.default_expr)).raw("generated", expr(c.generated))
      .str("identity", c.identity == 'a' ? "always" : c.identity == 'd' ? "by default" : "")
      .str("comment", c.comment).done();
}

std::string table(const Table& t) {
  std::vector<std::string> cols, cons;
  for (const std::string& n : t.column_order.value)
    if (const Column* c = t.column(n)) cols.push_back(column(*c));
  for (const auto& [n, c] : t.constraints)
    cons.push_back(JsonObject().str("name", n).str("definition", c.definition())
                       .boolean("validated", !c.not_valid).str("comment", c.comment).done());
  return JsonObject().str("schema", t.schema).str("name", t.name).boolean("unlogged", t.unlogged)
      .str("comment", t.comment).raw("columns", json_array(cols, false)).raw("constraints", json_array(cons, false))
      .done();
}

std::string sequence(const Sequence& s) {
  const SeqParams& p = s.params;
  std::string owner = s.owner_table.second.empty() ? "" : key_text(s.owner_table) + "." + quote_ident(s.owner_column);
  return JsonObject().str("schema", s.schema).str("name", s.name).str("type", p.type).num("start", p.start)
      .num("increment", p.increment).num("min", p.min).num("max", p.max).num("cache", p.cache)
      .boolean("cycle", p.cycle).str("owned_by", owner).boolean("identity", s.identity).str("comment", s.comment)
      .done();
}
}  // namespace

std::string dump_json(const Catalog& cat) {
  std::vector<std::string> schemas, exts, types, seqs, tables, indexes, externals;
  for (const auto& [n, s] : cat.schemas) schemas.push_back(JsonObject().str("name", n).str("comment", s.comment).done());
  for (const auto& [n, e] : cat.extensions)
    exts.push_back(JsonObject().str("name", n).str("schema", e.schema).str("comment", e.comment).done());
  for (const auto& [k, e] : cat.enums)
    types.push_back(JsonObject().str("schema", k.first).str("name", k.second).str("kind", "enum")
                        .raw("labels", strings(e.labels)).str("comment", e.comment).done());
  for (const auto& [k, s] : cat.sequences) seqs.push_back(sequence(s));
  for (const auto& [k, t] : cat.tables) tables.push_back(table(t));
  for (const auto& [k, ix] : cat.indexes)
    indexes.push_back(JsonObject().str("schema", ix.schema).str("name", ix.name).str("table", ix.table)
                          .str("definition", ix.definition()).str("comment", ix.comment).done());
  std::vector<std::string> views;
  for (const auto& [k, v] : cat.views)
    views.push_back(JsonObject().str("schema", v.schema).str("name", v.name).boolean("materialized", v.materialized)
                        .raw("columns", strings(v.columns)).str("sql", v.sql.value).str("canonical", v.definition)
                        .str("comment", v.comment).done());
  for (const std::string& e : cat.externals.value) externals.push_back(json_string(e));
  std::vector<std::string> objects;  // every other kind, as dump prints it
  for_each_object(cat, [&](const ObjectRef& r) {
    switch (r.kind()) {
      case ObjectKind::Schema: case ObjectKind::Extension: case ObjectKind::Enum: case ObjectKind::Sequence:
      case ObjectKind::Table: case ObjectKind::Column: case ObjectKind::Constraint: case ObjectKind::Index: case ObjectKind::View:
        return;  // the lists above
      default: break;
    }
    std::string sql = object_dump_sql(cat, r);
    if (!sql.empty()) objects.push_back(JsonObject().str("kind", object_kind_name(r.kind())).str("id", object_id(r)).str("sql", sql).done());
  });
  return JsonObject().str("format", "pgdrift.catalog/1").raw("schemas", json_array(schemas, true))
             .raw("extensions", json_array(exts, true)).raw("types", json_array(types, true))
             .raw("sequences", json_array(seqs, true)).raw("tables", json_array(tables, true))
             .raw("indexes", json_array(indexes, true)).raw("views", json_array(views, true))
             .raw("objects", json_array(objects, true)).raw("externals", json_array(externals, true))
             .done() + "\n";
}

}  // namespace pgdrift
