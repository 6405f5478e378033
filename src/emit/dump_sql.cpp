// `pgdrift dump`: the catalog as canonical SQL, one object kind after another, sorted.
#include "base/sql_ident.h"
#include "emit/object_sql.h"
#include "emit/report.h"
#include "emit/sql_defs.h"

namespace pgdrift {

using namespace catalog;

namespace {
void dump_table(std::string& out, const Catalog& cat, const Table& t) {
  std::string id = qualified(t.schema, t.name);
  if (t.external) {  // the platform's: only what the project attaches to it
    for (const auto& [n, p] : t.policies) out += policy_sql(id, n, p);
    for (const auto& [n, tr] : t.triggers) out += part_sql(id, "TRIGGER", n, tr);
    return;
  }
  out += create_table_sql(cat, t) + ";\n";
  for (const auto& [n, c] : t.constraints)
    out += "ALTER TABLE " + id + " ADD CONSTRAINT " + quote_ident(n) + " " + c.definition() + ";\n" +
           (c.clustered ? "ALTER TABLE " + id + " CLUSTER ON " + quote_ident(n) + ";\n" : "");
  out += column_settings_sql(t);
  out += comment_sql((t.foreign_server.empty() ? "TABLE " : "FOREIGN TABLE ") + id, t.comment);
  for (const std::string& name : t.column_order.value)
    if (const Column* c = t.column(name)) out += comment_sql("COLUMN " + id + "." + quote_ident(name), c->comment);
  for (const auto& [n, c] : t.constraints) out += comment_sql("CONSTRAINT " + quote_ident(n) + " ON " + id, c.comment);
  out += rls_sql(t);
  for (const auto& [n, p] : t.policies) out += policy_sql(id, n, p);
  for (const auto& [n, tr] : t.triggers) out += part_sql(id, "TRIGGER", n, tr);
}
}  // namespace

std::string dump_sql(const Catalog& cat) {
  std::string out = "-- pgdrift catalog dump\n";
  for (const auto& [n, s] : cat.schemas) out += schema_sql(s);
  for (const auto& [n, e] : cat.extensions) out += extension_sql(e);
  for (const auto& [k, x] : cat.access_methods) out += plain_sql(ObjectKind::AccessMethod, x);
  for (const auto& [k, x] : cat.languages) out += plain_sql(ObjectKind::Language, x);
  for (const auto& [n, w] : cat.wrappers) out += wrapper_sql(w);
  for (const auto& [n, s] : cat.servers) out += server_sql(s);
  for (const auto& [k, m] : cat.user_mappings) out += user_mapping_sql(m);
  for (const auto& [k, c] : cat.collations) out += collation_sql(c);
  for (const auto& [k, x] : cat.ts_parsers) out += plain_sql(ObjectKind::TsParser, x);
  for (const auto& [k, x] : cat.ts_templates) out += plain_sql(ObjectKind::TsTemplate, x);
  for (const auto& [k, d] : cat.ts_dictionaries) out += ts_dictionary_sql(d);
  for (const auto& [k, c] : cat.ts_configs) out += ts_config_sql(c);
  for (const auto& [k, e] : cat.enums) out += enum_sql(e);
  for (const auto& [k, d] : cat.domains) out += domain_sql(d);
  for (const auto& [k, c] : cat.composites) out += composite_sql(c);
  for (const auto& [k, r] : cat.ranges) out += range_sql(r);
  for (const auto& [k, s] : cat.sequences) {
    if (s.identity) continue;
    out += sequence_sql(s) + sequence_owner_sql(s) + comment_sql("SEQUENCE " + key_text(k), s.comment);
  }
  for (const auto& [k, f] : cat.functions) out += routine_sql(f);
  for (const auto& [k, a] : cat.aggregates) out += aggregate_create_sql(a);
  for (const auto& [k, c] : cat.casts) out += cast_sql(c);
  for (const auto& [k, x] : cat.conversions) out += plain_sql(ObjectKind::Conversion, x);
  for (const auto& [k, x] : cat.transforms) out += plain_sql(ObjectKind::Transform, x);
  for (const auto& [k, o] : cat.operators) out += operator_sql(o);
  for (const auto& [k, f] : cat.opfamilies) out += opfamily_sql(f);
  for (const auto& [k, c] : cat.opclasses) out += opclass_sql(c);
  for (const auto& [k, t] : cat.tables) dump_table(out, cat, t);
  for (const Key& k : views_in_dependency_order(cat)) {
    const View& v = cat.views.at(k);
    out += view_create_sql(v);
    for (const auto& [n, tr] : v.triggers) out += part_sql(key_text(k), "TRIGGER", n, tr);
  }
  // Rules last: their actions may use any relation.
  for (const auto& [k, t] : cat.tables)
    for (const auto& [n, r] : t.rules) out += part_sql(key_text(k), "RULE", n, r);
  for (const auto& [k, v] : cat.views)
    for (const auto& [n, r] : v.rules) out += part_sql(key_text(k), "RULE", n, r);
  for (const auto& [k, ix] : cat.indexes) out += index_sql(ix);
  for (const auto& [k, st] : cat.statistics) out += statistics_sql(st);
  for (const auto& [n, e] : cat.event_triggers) out += event_trigger_sql(e);
  if (!cat.externals.value.empty()) {
    out += "-- external (referenced, never defined):\n";
    for (const std::string& e : cat.externals.value) out += "--   " + e + "\n";
  }
  return out;
}

}  // namespace pgdrift
