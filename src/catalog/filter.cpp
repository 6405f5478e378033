#include "catalog/filter.h"

#include "base/sql_ident.h"

namespace pgdrift::catalog {

void restrict_to(Catalog& cat, const Scope& scope) {
  auto keep_table = [&](const Key& k) { return scope.schema(k.first) && scope.table(k.first, k.second); };
  std::erase_if(cat.schemas, [&](const auto& e) { return !scope.schema(e.first); });
  std::erase_if(cat.extensions, [&](const auto& e) { return !scope.schema(e.second.schema); });
  std::erase_if(cat.enums, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.domains, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.composites, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.ranges, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.collations, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.ts_dictionaries, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.ts_configs, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.operators, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.opfamilies, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.opclasses, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.conversions, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.ts_parsers, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.ts_templates, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.statistics, [&](const auto& e) { return !keep_table(e.second.table); });
  std::erase_if(cat.tables, [&](const auto& e) { return !keep_table(e.first); });
  std::erase_if(cat.functions, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.indexes, [&](const auto& e) { return !keep_table(Key{e.second.schema, e.second.table}); });
  std::erase_if(cat.sequences, [&](const auto& e) {
    if (!scope.schema(e.first.first)) return true;
    const Key& owner = e.second.owner_table;
    return !owner.second.empty() && !keep_table(owner);
  });
}

namespace {
template <class Map>
void drop_named(Map& map, ObjectKind kind, const Ignored& ignored) {
  std::erase_if(map, [&](const auto& e) { return ignored(kind, {e.second.schema, e.second.name}); });
}

template <class Map>
void drop_parts(Map& parts, ObjectKind kind, const std::string& schema, const std::string& relation, const Ignored& ignored) {
  std::erase_if(parts, [&](const auto& e) { return ignored(kind, {schema, relation, e.first}); });
}
}  // namespace

void drop_ignored(Catalog& cat, const Ignored& ignored) {
  std::erase_if(cat.schemas, [&](const auto& e) { return ignored(ObjectKind::Schema, {e.first}); });
  std::erase_if(cat.extensions, [&](const auto& e) { return ignored(ObjectKind::Extension, {e.first}); });
  std::erase_if(cat.wrappers, [&](const auto& e) { return ignored(ObjectKind::Wrapper, {e.first}); });
  std::erase_if(cat.servers, [&](const auto& e) { return ignored(ObjectKind::Server, {e.first}); });
  std::erase_if(cat.user_mappings, [&](const auto& e) { return ignored(ObjectKind::UserMapping, {e.first.first}) || ignored(ObjectKind::Server, {e.first.first}); });
  std::erase_if(cat.publications, [&](const auto& e) { return ignored(ObjectKind::Publication, {e.first}); });
  std::erase_if(cat.event_triggers, [&](const auto& e) { return ignored(ObjectKind::EventTrigger, {e.first}); });
  drop_named(cat.enums, ObjectKind::Enum, ignored);
  drop_named(cat.domains, ObjectKind::Domain, ignored);
  drop_named(cat.composites, ObjectKind::Composite, ignored);
  drop_named(cat.ranges, ObjectKind::Range, ignored);
  drop_named(cat.collations, ObjectKind::Collation, ignored);
  drop_named(cat.ts_dictionaries, ObjectKind::TsDictionary, ignored);
  drop_named(cat.ts_configs, ObjectKind::TsConfig, ignored);
  drop_named(cat.statistics, ObjectKind::Statistics, ignored);
  drop_named(cat.sequences, ObjectKind::Sequence, ignored);
  drop_named(cat.tables, ObjectKind::Table, ignored);
  drop_named(cat.indexes, ObjectKind::Index, ignored);
  drop_named(cat.functions, ObjectKind::Function, ignored);
  drop_named(cat.aggregates, ObjectKind::Aggregate, ignored);
  drop_named(cat.views, ObjectKind::View, ignored);
  for_each_plain_map(cat, [&](auto& map) { drop_named(map, kind_of<typename std::decay_t<decltype(map)>::mapped_type>::value, ignored); });
  for (auto& [k, t] : cat.tables) {
    drop_parts(t.columns, ObjectKind::Column, k.first, k.second, ignored);
    drop_parts(t.constraints, ObjectKind::Constraint, k.first, k.second, ignored);
    drop_parts(t.triggers, ObjectKind::Trigger, k.first, k.second, ignored);
    drop_parts(t.rules, ObjectKind::Rule, k.first, k.second, ignored);
    drop_parts(t.policies, ObjectKind::Policy, k.first, k.second, ignored);
  }
  for (auto& [k, v] : cat.views) {
    drop_parts(v.triggers, ObjectKind::Trigger, k.first, k.second, ignored);
    drop_parts(v.rules, ObjectKind::Rule, k.first, k.second, ignored);
  }
}

}  // namespace pgdrift::catalog

namespace pgdrift::catalog {

namespace {
template <class Map>
void clear_comments(Map& map) {
  for (auto& [k, o] : map) o.comment.clear();
}
}  // namespace

void drop_comments(Catalog& cat) {
  clear_comments(cat.schemas);
  clear_comments(cat.extensions);
  clear_comments(cat.wrappers);
  clear_comments(cat.servers);
  clear_comments(cat.enums);
  clear_comments(cat.domains);
  clear_comments(cat.composites);
  clear_comments(cat.ranges);
  clear_comments(cat.sequences);
  clear_comments(cat.indexes);
  clear_comments(cat.functions);
  clear_comments(cat.aggregates);
  clear_comments(cat.casts);
  clear_comments(cat.collations);
  clear_comments(cat.ts_dictionaries);
  clear_comments(cat.ts_configs);
  clear_comments(cat.event_triggers);
  clear_comments(cat.statistics);
  clear_comments(cat.operators);
  clear_comments(cat.opfamilies);
  clear_comments(cat.opclasses);
  clear_comments(cat.publications);
  for_each_plain_map(cat, [](auto& map) { clear_comments(map); });
  for (auto& [k, t] : cat.tables) {
    t.comment.clear();
    clear_comments(t.columns);
    clear_comments(t.constraints);
    clear_comments(t.triggers);
    clear_comments(t.rules);
    clear_comments(t.policies);
  }
  for (auto& [k, v] : cat.views) {
    v.comment.clear();
    v.column_comments.clear();
    clear_comments(v.triggers);
    clear_comments(v.rules);
  }
}

}  // namespace pgdrift::catalog

namespace pgdrift::catalog {

// "TABLE public.t" -> public; "SCHEMA app" -> app; "FUNCTION public.f(integer)" -> public.
std::string acl_object_schema(const std::string& object) {
  size_t space = object.find(' ');
  if (space == std::string::npos) return "";
  std::vector<std::string> parts = split_name_literal(std::string_view(object).substr(space + 1));
  return parts.empty() ? "" : parts.front();
}

void drop_privileges_in(Catalog& cat, const std::function<bool(const std::string& schema)>& in) {
  std::erase_if(cat.grants.value, [&](const Grant& g) { return in(acl_object_schema(g.object)); });
  std::erase_if(cat.default_grants.value, [&](const DefaultGrant& g) { return !g.schema.empty() && in(g.schema); });
}

}  // namespace pgdrift::catalog
