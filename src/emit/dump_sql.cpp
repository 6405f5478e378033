// `pgdrift dump`: the catalog as canonical SQL, one object kind after another, sorted.
#include <functional>
#include <set>

#include "base/sql_ident.h"
#include "emit/sql_text.h"
#include "emit/baseline_order.h"
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

namespace {
// Where `dump` prints each kind, in this order; parts of a relation go with it.
enum Phase {
  kSkip = -1, kSchemas, kExtensions, kAccessMethods, kLanguages, kWrappers, kServers, kUserMappings, kCollations, kTsParsers,
  kTsTemplates, kTsDictionaries, kTsConfigs, kEnums, kDomains, kComposites, kRanges, kSequences, kFunctions, kAggregates, kCasts,
  kConversions, kTransforms, kOperators, kOpFamilies, kOpClasses, kTables, kSequenceOwners, kViews, kTableRules, kViewRules, kIndexes, kReplicaIdentity, kStatistics,
  kEventTriggers, kPublications, kPhases
};
using Printed = std::pair<int, std::string>;

int plain_phase(ObjectKind k) {
  switch (k) {
    case ObjectKind::AccessMethod: return kAccessMethods;
    case ObjectKind::Language: return kLanguages;
    case ObjectKind::TsParser: return kTsParsers;
    case ObjectKind::TsTemplate: return kTsTemplates;
    case ObjectKind::Conversion: return kConversions;
    default: return kTransforms;
  }
}

// One object's phase and SQL. The visit is exhaustive: a kind added to the registry does not
// compile until it says where `dump` prints it.
Printed printed(const ObjectRef& r) {
  return visit_object(r, overloaded{
      [](const Schema& x) { return Printed{kSchemas, schema_sql(x)}; },
      [](const Extension& x) { return Printed{kExtensions, extension_sql(x)}; },
      [&]<Plain T>(const T& x) { return Printed{plain_phase(r.kind()), plain_sql(r.kind(), x)}; },
      [](const ForeignDataWrapper& x) { return Printed{kWrappers, wrapper_sql(x)}; },
      [](const ForeignServer& x) { return Printed{kServers, server_sql(x)}; },
      [](const UserMapping& x) { return Printed{kUserMappings, user_mapping_sql(x)}; },
      [](const Collation& x) { return Printed{kCollations, collation_sql(x)}; },
      [](const TsDictionary& x) { return Printed{kTsDictionaries, ts_dictionary_sql(x)}; },
      [](const TsConfig& x) { return Printed{kTsConfigs, ts_config_sql(x)}; },
      [](const EnumType& x) { return Printed{kEnums, enum_sql(x)}; },
      [](const Domain& x) { return Printed{kDomains, domain_sql(x)}; },
      [](const CompositeType& x) { return Printed{kComposites, composite_sql(x)}; },
      [](const RangeType& x) { return Printed{kRanges, range_sql(x)}; },
      [](const Sequence& x) {  // an identity column's comes with its column; OWNED BY after the tables
        return Printed{x.identity ? kSkip : kSequences, sequence_sql(x) + comment_sql("SEQUENCE " + qualified(x.schema, x.name), x.comment)};
      },
      [](const Table&) { return Printed{kSkip, ""}; },  // parents first (dump_sql)
      [](const Column&) { return Printed{kSkip, ""}; },      // with its table
      [](const Constraint&) { return Printed{kSkip, ""}; },  // with its table
      [](const Policy&) { return Printed{kSkip, ""}; },      // with its table
      [](const Trigger&) { return Printed{kSkip, ""}; },     // with its table or view
      [&](const Rule& x) {  // last: their actions may use any relation
        return Printed{r.view() ? kViewRules : kTableRules, part_sql(key_text(r.relation()), "RULE", x.name, x)};
      },
      [](const View&) { return Printed{kSkip, ""}; },  // in dependency order (dump_sql)
      [](const Index& x) { return Printed{kIndexes, index_sql(x)}; },
      [](const Statistics& x) { return Printed{kStatistics, statistics_sql(x)}; },
      [](const Function& x) { return Printed{kFunctions, routine_sql(x)}; },
      [](const Aggregate& x) { return Printed{kAggregates, aggregate_create_sql(x)}; },
      [](const Cast& x) { return Printed{kCasts, cast_sql(x)}; },
      [](const Operator& x) { return Printed{kOperators, operator_sql(x)}; },
      [](const OpFamily& x) { return Printed{kOpFamilies, opfamily_sql(x)}; },
      [](const OpClass& x) { return Printed{kOpClasses, opclass_sql(x)}; },
      [](const EventTrigger& x) { return Printed{kEventTriggers, event_trigger_sql(x)}; },
      [](const Publication& x) { return Printed{kPublications, publication_sql(x)}; },
      [](const Grant&) { return Printed{kSkip, ""}; },         // privileges and owners: at the end (acl_sql)
      [](const DefaultGrant&) { return Printed{kSkip, ""}; },
      [](const OwnerEntry&) { return Printed{kSkip, ""}; },
  });
}
}  // namespace

std::string object_dump_sql(const Catalog&, const ObjectRef& r) { return printed(r).second; }

namespace {
// Tables in key order, each after the tables it inherits from or is a partition of (read back,
// a child before its parent would lose them).
void dump_tables(std::string& out, const Catalog& cat) {
  std::set<Key> done;
  std::function<void(const Key&, const Table&)> visit = [&](const Key& k, const Table& t) {
    if (!done.insert(k).second) return;
    std::vector<Key> parents = t.inherits;
    if (!t.partition_of.second.empty()) parents.push_back(t.partition_of);
    for (const Key& p : parents)
      if (auto it = cat.tables.find(p); it != cat.tables.end()) visit(p, it->second);
    dump_table(out, cat, t);
  };
  for (const auto& [k, t] : cat.tables) visit(k, t);
}
}  // namespace

std::string dump_sql(const Catalog& cat) {
  std::vector<std::string> phases(kPhases);
  for_each_object(cat, [&](const ObjectRef& r) {
    auto [phase, sql] = printed(r);
    if (phase != kSkip) phases[phase] += sql;
  });
  dump_tables(phases[kTables], cat);
  for (const auto& [k, q] : cat.sequences)
    if (!q.identity) phases[kSequenceOwners] += sequence_owner_sql(q);
  for (const Key& k : views_in_dependency_order(cat)) {
    const View& v = cat.views.at(k);
    phases[kViews] += view_create_sql(v);
    for (const auto& [n, tr] : v.triggers) phases[kViews] += part_sql(key_text(k), "TRIGGER", n, tr);
  }
  phases[kReplicaIdentity] = emit_detail::replica_identity_sql(cat);  // after the indexes it may name
  std::string out = "-- pgdrift catalog dump\n";
  for (const std::string& p : phases) out += p;
  out += emit_detail::acl_sql(cat, [](const std::string&) { return true; });
  for (const std::string& line : emit_detail::default_privilege_lines(cat)) out += line;
  if (!cat.externals.value.empty()) {
    out += "-- external (referenced, never defined):\n";
    for (const std::string& e : cat.externals.value) out += "--   " + comment_text(e) + "\n";
  }
  return out;
}

}  // namespace pgdrift
