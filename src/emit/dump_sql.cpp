// `pgdrift dump`: the catalog as canonical SQL, one object kind after another, sorted.
#include "base/sql_ident.h"
#include "emit/report.h"
#include "emit/sql_defs.h"

namespace pgdrift {

using namespace catalog;

namespace {
void comment(std::string& out, const std::string& what, const std::string& text) {
  if (!text.empty()) out += "COMMENT ON " + what + " IS " + quote_literal(text) + ";\n";
}

// The triggers or rules (`what`: "TRIGGER", "RULE") of a table or view `id`: each created, then
// its firing state when not the default, then its comment.
template <class Part>
void dump_parts(std::string& out, const std::string& id, const char* what, const std::map<std::string, Part>& parts) {
  for (const auto& [n, p] : parts) {
    out += p.definition(id) + ";\n";
    const char* state = p.enabled == 'D' ? " DISABLE " : p.enabled == 'A' ? " ENABLE ALWAYS " : p.enabled == 'R' ? " ENABLE REPLICA " : nullptr;
    if (state) out += "ALTER TABLE " + id + state + what + " " + quote_ident(n) + ";\n";
    comment(out, std::string(what) + " " + quote_ident(n) + " ON " + id, p.comment);
  }
}

void dump_table(std::string& out, const Catalog& cat, const Table& t) {
  std::string id = qualified(t.schema, t.name);
  out += create_table_sql(cat, t) + ";\n";
  for (const auto& [n, c] : t.constraints)
    out += "ALTER TABLE " + id + " ADD CONSTRAINT " + quote_ident(n) + " " + c.definition() + ";\n";
  comment(out, (t.foreign_server.empty() ? "TABLE " : "FOREIGN TABLE ") + id, t.comment);
  for (const std::string& name : t.column_order.value)
    if (const Column* c = t.column(name)) comment(out, "COLUMN " + id + "." + quote_ident(name), c->comment);
  for (const auto& [n, c] : t.constraints) comment(out, "CONSTRAINT " + quote_ident(n) + " ON " + id, c.comment);
  if (t.rls_enabled) out += "ALTER TABLE " + id + " ENABLE ROW LEVEL SECURITY;\n";
  if (t.rls_forced) out += "ALTER TABLE " + id + " FORCE ROW LEVEL SECURITY;\n";
  for (const auto& [n, p] : t.policies) {
    out += p.definition(id) + ";\n";
    comment(out, "POLICY " + quote_ident(n) + " ON " + id, p.comment);
  }
  dump_parts(out, id, "TRIGGER", t.triggers);
}
}  // namespace

std::string dump_sql(const Catalog& cat) {
  std::string out = "-- pgdrift catalog dump\n";
  for (const auto& [n, s] : cat.schemas) {
    if (n != "public") out += "CREATE SCHEMA " + quote_ident(n) + ";\n";
    comment(out, "SCHEMA " + quote_ident(n), s.comment);
  }
  for (const auto& [n, e] : cat.extensions) {
    out += "CREATE EXTENSION " + quote_ident(n) + " WITH SCHEMA " + quote_ident(e.schema) + ";\n";
    comment(out, "EXTENSION " + quote_ident(n), e.comment);
  }
  for (const auto& [n, s] : cat.servers) {
    out += s.definition() + ";\n";
    comment(out, "SERVER " + quote_ident(n), s.comment);
  }
  for (const auto& [k, e] : cat.enums) {
    out += "CREATE TYPE " + key_text(k) + " AS ENUM (";
    for (size_t i = 0; i < e.labels.size(); ++i) out += (i ? ", " : "") + quote_literal(e.labels[i]);
    out += ");\n";
    comment(out, "TYPE " + key_text(k), e.comment);
  }
  for (const auto& [k, d] : cat.domains) {
    out += "CREATE DOMAIN " + key_text(k) + " AS " + d.base_type;
    if (!d.collation.empty()) out += " COLLATE " + d.collation;
    if (d.default_expr) out += " DEFAULT (" + d.default_expr->sql.value + ")";
    if (d.not_null) out += " NOT NULL";
    for (const auto& [n, c] : d.checks)
      out += " CONSTRAINT " + quote_ident(n) + " CHECK (" + c.check.sql.value + ")" + (c.not_valid ? " NOT VALID" : "");
    out += ";\n";
    comment(out, "DOMAIN " + key_text(k), d.comment);
  }
  for (const auto& [k, c] : cat.composites) {
    std::string attrs;
    for (const auto& [n, t] : c.attributes) attrs += (attrs.empty() ? "" : ", ") + quote_ident(n) + " " + t;
    out += "CREATE TYPE " + key_text(k) + " AS (" + attrs + ");\n";
    comment(out, "TYPE " + key_text(k), c.comment);
  }
  for (const auto& [k, r] : cat.ranges) {
    out += "CREATE TYPE " + key_text(k) + " AS RANGE (SUBTYPE = " + r.subtype + ", MULTIRANGE_TYPE_NAME = " +
           qualified(r.schema, r.multirange) + ");\n";
    comment(out, "TYPE " + key_text(k), r.comment);
  }
  for (const auto& [k, s] : cat.sequences) {
    if (s.identity) continue;
    out += std::string("CREATE ") + (s.unlogged ? "UNLOGGED " : "") + "SEQUENCE " + key_text(k) + " " + sequence_options_sql(s.params) + ";\n";
    if (!s.owner_table.second.empty())
      out += "ALTER SEQUENCE " + key_text(k) + " OWNED BY " + key_text(s.owner_table) + "." + quote_ident(s.owner_column) + ";\n";
    comment(out, "SEQUENCE " + key_text(k), s.comment);
  }
  for (const auto& [k, f] : cat.functions) {
    out += function_sql(f) + ";\n";
    comment(out, std::string(f.procedure ? "PROCEDURE " : "FUNCTION ") + qualified(f.schema, f.name) + "(" + f.identity + ")", f.comment);
  }
  for (const auto& [k, a] : cat.aggregates) {
    out += aggregate_sql(a) + ";\n";
    comment(out, "AGGREGATE " + qualified(a.schema, a.name) + "(" + a.arguments() + ")", a.comment);
  }
  for (const auto& [k, c] : cat.casts) {
    out += c.definition() + ";\n";
    comment(out, "CAST (" + c.source + " AS " + c.target + ")", c.comment);
  }
  for (const auto& [k, t] : cat.tables) dump_table(out, cat, t);
  for (const Key& k : views_in_dependency_order(cat)) {
    const View& v = cat.views.at(k);
    if (std::string first = view_placeholder_sql(v); !first.empty()) {  // a view that reads itself
      out += first + ";\n" + view_sql(v, true) + ";\n";
    } else {
      out += view_sql(v) + ";\n";
    }
    comment(out, std::string(v.materialized ? "MATERIALIZED VIEW " : "VIEW ") + key_text(k), v.comment);
    for (const auto& [c, text] : v.column_comments) comment(out, "COLUMN " + key_text(k) + "." + quote_ident(c), text);
    for (const auto& [c, e] : v.column_defaults)
      out += "ALTER VIEW " + key_text(k) + " ALTER COLUMN " + quote_ident(c) + " SET DEFAULT " + e.sql.value + ";\n";
    dump_parts(out, key_text(k), "TRIGGER", v.triggers);
  }
  // Rules last: their actions may use any relation.
  for (const auto& [k, t] : cat.tables) dump_parts(out, key_text(k), "RULE", t.rules);
  for (const auto& [k, v] : cat.views) dump_parts(out, key_text(k), "RULE", v.rules);
  for (const auto& [k, ix] : cat.indexes) {
    out += ix.definition() + ";\n";
    comment(out, "INDEX " + key_text(k), ix.comment);
  }
  if (!cat.externals.value.empty()) {
    out += "-- external (referenced, never defined):\n";
    for (const std::string& e : cat.externals.value) out += "--   " + e + "\n";
  }
  return out;
}

}  // namespace pgdrift
