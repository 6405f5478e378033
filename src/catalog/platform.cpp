// The platform's objects (platform.h).
#include "catalog/platform.h"

#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
// A trigger the platform puts on its own table: it calls one of the platform's functions.
bool platform_trigger(const Platform& p, const Trigger& t) {
  std::optional<Key> fn = parse_qualified(t.function);
  return fn && p.owns_function(fn->first, fn->second);
}

Table shell_of(const Table& t) {
  Table out;
  out.schema = t.schema;
  out.name = t.name;
  out.external = true;
  out.triggers = t.triggers;
  out.policies = t.policies;
  out.rules = t.rules;
  out.origin = t.origin;
  return out;
}

template <class Map>
void erase_in_schemas(Map& map, const Platform& p) {
  std::erase_if(map, [&](const auto& e) { return p.owns_schema(e.first.first); });
}
}  // namespace

void neutralize_platform(Catalog& cat, const Platform& p) {
  if (p.empty()) return;
  std::set<std::string> shells;  // objects that stay: their grants stay (platform_grants), their owner is the platform's
  for (auto& [k, t] : cat.tables) {
    if (!p.owns_table(k)) continue;
    t = shell_of(t);
    std::erase_if(t.triggers, [&](const auto& e) { return platform_trigger(p, e.second); });
    shells.insert("TABLE " + key_text(k));
  }
  std::erase_if(cat.schemas, [&](const auto& e) { return p.owns_schema(e.first); });
  std::erase_if(cat.extensions, [&](const auto& e) { return p.owns_schema(e.second.schema); });
  erase_in_schemas(cat.enums, p);
  erase_in_schemas(cat.domains, p);
  erase_in_schemas(cat.composites, p);
  erase_in_schemas(cat.ranges, p);
  erase_in_schemas(cat.collations, p);
  erase_in_schemas(cat.ts_dictionaries, p);
  erase_in_schemas(cat.ts_configs, p);
  erase_in_schemas(cat.operators, p);
  erase_in_schemas(cat.conversions, p);
  erase_in_schemas(cat.ts_parsers, p);
  erase_in_schemas(cat.ts_templates, p);
  std::erase_if(cat.statistics, [&](const auto& e) { return p.owns_schema(e.first.first) || p.owns_table(e.second.table); });
  std::erase_if(cat.sequences, [&](const auto& e) {
    return p.owns_schema(e.first.first) || (!e.second.owner_table.second.empty() && p.owns_table(e.second.owner_table));
  });
  erase_in_schemas(cat.views, p);
  erase_in_schemas(cat.aggregates, p);
  std::erase_if(cat.functions, [&](const auto& e) { return p.owns_function(e.second.schema, e.second.name); });
  std::erase_if(cat.indexes, [&](const auto& e) { return p.owns_table(Key{e.second.schema, e.second.table}); });
  std::erase_if(cat.owners.value, [&](const auto& e) { return shells.count(e.first) > 0; });
  std::erase_if(cat.default_grants.value, [&](const DefaultGrant& g) { return p.owns_schema(g.schema); });
  prune_acl(cat);
}

void platform_grants(const Catalog& desired, Catalog& actual) {
  std::set<std::string> shells;
  for (const auto& [k, t] : actual.tables)
    if (t.external) shells.insert("TABLE " + key_text(k));
  std::erase_if(actual.grants.value, [&](const Grant& g) { return shells.count(g.object) && !desired.grants.value.count(g); });
}

void align_platform(Catalog& a, Catalog& b) {
  auto give = [](const Catalog& from, Catalog& to) {
    for (const auto& [k, t] : from.tables) {
      if (!t.external || to.tables.count(k)) continue;
      Table shell;
      shell.schema = t.schema;
      shell.name = t.name;
      shell.external = true;
      to.tables.emplace(k, std::move(shell));
    }
  };
  give(a, b);
  give(b, a);
}

}  // namespace pgdrift::catalog
