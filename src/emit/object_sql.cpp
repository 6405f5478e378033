#include "emit/object_sql.h"

#include "base/sql_ident.h"
#include "emit/report.h"
#include "emit/sql_defs.h"

namespace pgdrift {

using namespace catalog;

std::string comment_sql(const std::string& what, const std::string& text) {
  return text.empty() ? "" : "COMMENT ON " + what + " IS " + quote_literal(text) + ";\n";
}

std::string schema_sql(const Schema& s) {
  return (s.name != "public" ? "CREATE SCHEMA " + quote_ident(s.name) + ";\n" : "") + comment_sql("SCHEMA " + quote_ident(s.name), s.comment);
}

std::string extension_sql(const Extension& e) {
  return "CREATE EXTENSION " + quote_ident(e.name) + " WITH SCHEMA " + quote_ident(e.schema) +
         (e.version.empty() ? "" : " VERSION " + quote_literal(e.version)) + ";\n" +
         comment_sql("EXTENSION " + quote_ident(e.name), e.comment);
}

std::string opfamily_sql(const OpFamily& f) {
  return f.definition() + ";\n" + comment_sql("OPERATOR FAMILY " + f.id(), f.comment);
}
std::string opclass_sql(const OpClass& c) {
  return c.definition() + ";\n" + comment_sql("OPERATOR CLASS " + c.id(), c.comment);
}
std::string plain_sql(ObjectKind k, const PlainObject& p) {
  return p.def + ";\n" + comment_sql(std::string(plain_keyword(k)) + " " + plain_name(k, p), p.comment);
}

std::string plain_exists_sql(ObjectKind k, const PlainObject& p) {
  auto in_schema = [&](const char* table, const char* prefix) {
    return std::string("SELECT 1 FROM pg_catalog.") + table + " x JOIN pg_catalog.pg_namespace n ON n.oid = x." + prefix +
           "namespace WHERE n.nspname = " + quote_literal(p.schema) + " AND x." + prefix + "name = " + quote_literal(p.name);
  };
  switch (k) {
    case ObjectKind::AccessMethod: return "SELECT 1 FROM pg_catalog.pg_am WHERE amname = " + quote_literal(p.name);
    case ObjectKind::Language: return "SELECT 1 FROM pg_catalog.pg_language WHERE lanname = " + quote_literal(p.name);
    case ObjectKind::Transform:
      return "SELECT 1 FROM pg_catalog.pg_transform t JOIN pg_catalog.pg_language l ON l.oid = t.trflang WHERE t.trftype = pg_catalog.to_regtype(" +
             quote_literal(p.schema) + ") AND l.lanname = " + quote_literal(p.name);
    case ObjectKind::Conversion: return in_schema("pg_conversion", "con");
    case ObjectKind::TsParser: return in_schema("pg_ts_parser", "prs");
    default: return in_schema("pg_ts_template", "tmpl");
  }
}

std::string wrapper_sql(const ForeignDataWrapper& w) {
  return w.definition() + ";\n" + comment_sql("FOREIGN DATA WRAPPER " + quote_ident(w.name), w.comment);
}
std::string server_sql(const ForeignServer& s) { return s.definition() + ";\n" + comment_sql("SERVER " + quote_ident(s.name), s.comment); }

std::string enum_sql(const EnumType& e) {
  std::string k = qualified(e.schema, e.name), out = "CREATE TYPE " + k + " AS ENUM (";
  for (size_t i = 0; i < e.labels.size(); ++i) out += (i ? ", " : "") + quote_literal(e.labels[i]);
  return out + ");\n" + comment_sql("TYPE " + k, e.comment);
}

std::string domain_sql(const Domain& d) {
  std::string k = qualified(d.schema, d.name), out = "CREATE DOMAIN " + k + " AS " + d.base_type;
  if (!d.collation.empty()) out += " COLLATE " + d.collation;
  if (d.default_expr) out += " DEFAULT (" + d.default_expr->sql.value + ")";
  if (d.not_null) out += " NOT NULL";
  for (const auto& [n, c] : d.checks)
    out += " CONSTRAINT " + quote_ident(n) + " CHECK (" + c.check.sql.value + ")" + (c.not_valid ? " NOT VALID" : "");
  return out + ";\n" + comment_sql("DOMAIN " + k, d.comment);
}

std::string composite_sql(const CompositeType& c) {
  std::string k = qualified(c.schema, c.name), attrs;
  for (const auto& [n, t] : c.attributes) attrs += (attrs.empty() ? "" : ", ") + quote_ident(n) + " " + t;
  return "CREATE TYPE " + k + " AS (" + attrs + ");\n" + comment_sql("TYPE " + k, c.comment);
}

std::string range_sql(const RangeType& r) {
  std::string k = qualified(r.schema, r.name);
  return r.definition() + ";\n" + comment_sql("TYPE " + k, r.comment);
}

std::string sequence_sql(const Sequence& s) {
  std::string k = qualified(s.schema, s.name);
  return std::string("CREATE ") + (s.unlogged ? "UNLOGGED " : "") + "SEQUENCE " + k + " " + sequence_options_sql(s.params) + ";\n";
}

std::string sequence_owner_sql(const Sequence& s) {
  if (s.owner_table.second.empty()) return "";
  return "ALTER SEQUENCE " + qualified(s.schema, s.name) + " OWNED BY " + key_text(s.owner_table) + "." + quote_ident(s.owner_column) + ";\n";
}

std::string routine_sql(const Function& f) {
  return function_sql(f) + ";\n" +
         comment_sql(std::string(f.procedure ? "PROCEDURE " : "FUNCTION ") + qualified(f.schema, f.name) + "(" + f.identity + ")", f.comment);
}

std::string aggregate_create_sql(const Aggregate& a) {
  return aggregate_sql(a) + ";\n" + comment_sql("AGGREGATE " + qualified(a.schema, a.name) + "(" + a.arguments() + ")", a.comment);
}

std::string operator_sql(const Operator& o) {
  return o.definition() + ";\n" + comment_sql("OPERATOR " + o.id(), o.comment);
}

std::string statistics_sql(const Statistics& st) {
  std::string q = qualified(st.schema, st.name), out = st.definition() + ";\n";
  if (st.target >= 0) out += "ALTER STATISTICS " + q + " SET STATISTICS " + std::to_string(st.target) + ";\n";
  return out + comment_sql("STATISTICS " + q, st.comment);
}

std::string event_trigger_sql(const EventTrigger& e) {
  std::string q = quote_ident(e.name), out = e.definition() + ";\n";
  if (e.enabled != 'O')
    out += "ALTER EVENT TRIGGER " + q + (e.enabled == 'D' ? " DISABLE" : e.enabled == 'R' ? " ENABLE REPLICA" : " ENABLE ALWAYS") + ";\n";
  return out + comment_sql("EVENT TRIGGER " + q, e.comment);
}

std::string collation_sql(const Collation& c) {
  return c.definition() + ";\n" + comment_sql("COLLATION " + qualified(c.schema, c.name), c.comment);
}
std::string user_mapping_sql(const UserMapping& m) { return m.definition() + ";\n"; }
std::string ts_dictionary_sql(const TsDictionary& d) {
  return d.definition() + ";\n" + comment_sql("TEXT SEARCH DICTIONARY " + qualified(d.schema, d.name), d.comment);
}
std::string ts_config_sql(const TsConfig& c) {
  return c.definition() + ";\n" + c.mappings_sql() + comment_sql("TEXT SEARCH CONFIGURATION " + qualified(c.schema, c.name), c.comment);
}
std::string cast_sql(const Cast& c) { return c.definition() + ";\n" + comment_sql("CAST (" + c.source + " AS " + c.target + ")", c.comment); }

std::string index_sql(const Index& ix) {
  std::string id = qualified(ix.schema, ix.name), out = ix.definition() + ";\n";
  for (const auto& [n, target] : ix.column_statistics)
    out += "ALTER INDEX " + id + " ALTER COLUMN " + std::to_string(n) + " SET STATISTICS " + std::to_string(target) + ";\n";
  if (ix.clustered) out += "ALTER TABLE " + qualified(ix.schema, ix.table) + " CLUSTER ON " + quote_ident(ix.name) + ";\n";
  return out + comment_sql("INDEX " + id, ix.comment);
}

std::string constraint_sql(const Table& t, const std::string& name, const Constraint& c) {
  std::string id = qualified(t.schema, t.name);
  return "ALTER TABLE " + id + " ADD CONSTRAINT " + quote_ident(name) + " " + c.definition() + ";\n" +
         (c.clustered ? "ALTER TABLE " + id + " CLUSTER ON " + quote_ident(name) + ";\n" : "") + comment_sql("CONSTRAINT " + quote_ident(name) + " ON " + id, c.comment);
}

std::string policy_sql(const std::string& relation, const std::string& name, const Policy& p) {
  return p.definition(relation) + ";\n" + comment_sql("POLICY " + quote_ident(name) + " ON " + relation, p.comment);
}

std::string rls_sql(const Table& t) {
  std::string id = qualified(t.schema, t.name), out;
  if (t.rls_enabled) out += "ALTER TABLE " + id + " ENABLE ROW LEVEL SECURITY;\n";
  if (t.rls_forced) out += "ALTER TABLE " + id + " FORCE ROW LEVEL SECURITY;\n";
  return out;
}

std::string view_create_sql(const View& v) {
  std::string k = qualified(v.schema, v.name), out;
  if (std::string first = view_placeholder_sql(v); !first.empty()) {  // a view that reads itself
    out += first + ";\n" + view_sql(v, true) + ";\n";
  } else {
    out += view_sql(v) + ";\n";
  }
  out += comment_sql(std::string(v.materialized ? "MATERIALIZED VIEW " : "VIEW ") + k, v.comment);
  for (const auto& [c, text] : v.column_comments) out += comment_sql("COLUMN " + k + "." + quote_ident(c), text);
  for (const auto& [c, e] : v.column_defaults)
    out += "ALTER VIEW " + k + " ALTER COLUMN " + quote_ident(c) + " SET DEFAULT " + e.sql.value + ";\n";
  return out;
}

std::string publication_sql(const Publication& p) {
  std::string out = "CREATE PUBLICATION " + quote_ident(p.name), what;
  if (p.all_tables) what = " FOR ALL TABLES";
  for (const auto& [k, t] : p.tables) what += (what.empty() ? " FOR TABLE ONLY " : ", TABLE ONLY ") + publication_table_sql(k, t);
  for (const std::string& s : p.schemas) what += (what.empty() ? " FOR " : ", ") + std::string("TABLES IN SCHEMA ") + quote_ident(s);
  out += what + " WITH (publish = " + quote_literal(p.publish) + (p.via_root ? ", publish_via_partition_root = true" : "") + ");\n";
  return out + comment_sql("PUBLICATION " + quote_ident(p.name), p.comment);
}

template <class Part>
std::string part_sql(const std::string& id, const char* what, const std::string& name, const Part& p) {
  std::string out = p.definition(id) + ";\n";
  const char* state = p.enabled == 'D' ? " DISABLE " : p.enabled == 'A' ? " ENABLE ALWAYS " : p.enabled == 'R' ? " ENABLE REPLICA " : nullptr;
  if (state) out += "ALTER TABLE " + id + state + what + " " + quote_ident(name) + ";\n";
  return out + comment_sql(std::string(what) + " " + quote_ident(name) + " ON " + id, p.comment);
}

template std::string part_sql(const std::string&, const char*, const std::string&, const Trigger&);
template std::string part_sql(const std::string&, const char*, const std::string&, const Rule&);

}  // namespace pgdrift
