#include "catalog/object_kind.h"

#include <algorithm>

#include "base/sql_ident.h"

namespace pgdrift {

const char* object_kind_name(ObjectKind k) {
  switch (k) {
#define OBJECT_KIND(Id, Model, name) \
  case ObjectKind::Id:               \
    return name;
#include "catalog/object_kinds.def"
#undef OBJECT_KIND
  }
  return "object";
}

const std::vector<std::string>& object_kind_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out = {
#define OBJECT_KIND(Id, Model, name) name,
#include "catalog/object_kinds.def"
#undef OBJECT_KIND
    };
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return names;
}

namespace catalog {

std::string default_grant_text(const DefaultGrant& d) {
  return std::string("DEFAULT PRIVILEGES ON ") + default_grant_kind_sql(d.kind) + (d.schema.empty() ? "" : " IN SCHEMA " + quote_ident(d.schema)) +
         ": " + d.privilege + " TO " + (d.grantee == "PUBLIC" ? d.grantee : quote_ident(d.grantee)) +
         (d.grant_option ? " WITH GRANT OPTION" : "");
}

std::string object_id(const ObjectRef& r) {
  if (!r) return "";
  auto part = [&](const std::string& name) { return qualified(r.relation().first, r.relation().second) + "." + quote_ident(name); };
  return visit_object(r, overloaded{
      [](const Schema& s) { return quote_ident(s.name); },
      [](const Extension& e) { return quote_ident(e.name); },
      [](const ForeignDataWrapper& w) { return quote_ident(w.name); },
      [](const ForeignServer& s) { return quote_ident(s.name); },
      [](const UserMapping& m) { return m.id(); },
      [](const Collation& c) { return qualified(c.schema, c.name); },
      [](const TsDictionary& d) { return qualified(d.schema, d.name); },
      [](const TsConfig& c) { return qualified(c.schema, c.name); },
      [](const EventTrigger& e) { return quote_ident(e.name); },
      [](const Statistics& s) { return qualified(s.schema, s.name); },
      [](const Operator& o) { return o.id(); },
      [](const OpFamily& o) { return o.id(); },
      [](const OpClass& o) { return o.id(); },
      [](const EnumType& t) { return qualified(t.schema, t.name); },
      [](const Domain& t) { return qualified(t.schema, t.name); },
      [](const CompositeType& t) { return qualified(t.schema, t.name); },
      [](const RangeType& t) { return qualified(t.schema, t.name); },
      [](const Sequence& s) { return qualified(s.schema, s.name); },
      [](const Table& t) { return qualified(t.schema, t.name); },
      [&](const Column& c) { return part(c.name); },
      [&](const Constraint& c) { return part(c.name); },
      [](const Index& i) { return qualified(i.schema, i.name); },
      [](const Function& f) { return qualified(f.schema, f.name) + "(" + f.identity + ")"; },
      [](const Aggregate& a) { return qualified(a.schema, a.name) + "(" + a.identity + ")"; },
      [](const Cast& c) { return "(" + c.source + " AS " + c.target + ")"; },
      [&](const Trigger& t) { return part(t.name); },
      [&](const Rule& x) { return part(x.name); },
      [&](const Policy& p) { return part(p.name); },
      [](const View& v) { return qualified(v.schema, v.name); },
      [](const Grant& g) { return grant_text(g); },
      [](const DefaultGrant& d) {
        DefaultGrant u = d;
        u.role.clear();
        return default_grant_text(u);
      },
      [](const OwnerEntry& o) { return o.first; },
      [](const Publication& p) { return quote_ident(p.name); },
      [&]<Plain T>(const T& p) { return plain_name(r.kind(), p); },
  });
}

const char* plain_keyword(ObjectKind k) {
  switch (k) {
    case ObjectKind::AccessMethod: return "ACCESS METHOD";
    case ObjectKind::Language: return "LANGUAGE";
    case ObjectKind::Transform: return "TRANSFORM";
    case ObjectKind::Conversion: return "CONVERSION";
    case ObjectKind::TsParser: return "TEXT SEARCH PARSER";
    case ObjectKind::TsTemplate: return "TEXT SEARCH TEMPLATE";
    default: return "";
  }
}

std::string plain_name(ObjectKind k, const PlainObject& p) {
  if (k == ObjectKind::Transform) return "FOR " + p.schema + " LANGUAGE " + quote_ident(p.name);
  return p.schema.empty() ? quote_ident(p.name) : qualified(p.schema, p.name);
}

bool plain_replaceable(ObjectKind k) { return k == ObjectKind::Language || k == ObjectKind::Transform; }

namespace {
template <class M, class K>
ObjectRef in(const M& map, const K& key, const Table* table = nullptr) {
  auto it = map.find(key);
  return it == map.end() ? ObjectRef() : ObjectRef(it->second, table);
}
}  // namespace

ObjectRef find_same(const Catalog& cat, const ObjectRef& r) {
  if (!r) return {};
  const Table* table = r.table() ? [&]() -> const Table* {
    auto it = cat.tables.find({r.table()->schema, r.table()->name});
    return it == cat.tables.end() ? nullptr : &it->second;
  }() : nullptr;
  if (r.table() && !table) return {};
  if (r.view()) {  // a view's trigger or rule
    auto v = cat.views.find(r.relation());
    if (v == cat.views.end()) return {};
    if (const Rule* x = r.as<Rule>()) {
      auto it = v->second.rules.find(x->name);
      return it == v->second.rules.end() ? ObjectRef() : ObjectRef(it->second, &v->second);
    }
    auto it = v->second.triggers.find(r.as<Trigger>()->name);
    return it == v->second.triggers.end() ? ObjectRef() : ObjectRef(it->second, &v->second);
  }
  return visit_object(r, overloaded{
      [&](const Schema& s) { return in(cat.schemas, s.name); },
      [&](const Extension& e) { return in(cat.extensions, e.name); },
      [&](const ForeignDataWrapper& w) { return in(cat.wrappers, w.name); },
      [&](const ForeignServer& s) { return in(cat.servers, s.name); },
      [&](const UserMapping& m) { return in(cat.user_mappings, Key{m.server, m.user}); },
      [&](const Collation& c) { return in(cat.collations, Key{c.schema, c.name}); },
      [&](const TsDictionary& d) { return in(cat.ts_dictionaries, Key{d.schema, d.name}); },
      [&](const TsConfig& c) { return in(cat.ts_configs, Key{c.schema, c.name}); },
      [&](const EventTrigger& e) { return in(cat.event_triggers, e.name); },
      [&](const Statistics& s) { return in(cat.statistics, Key{s.schema, s.name}); },
      [&](const Operator& o) { return in(cat.operators, Key{o.schema, o.name + "(" + o.left + "," + o.right + ")"}); },
      [&](const OpFamily& o) { return in(cat.opfamilies, Key{o.schema, o.name + "/" + o.method}); },
      [&](const OpClass& o) { return in(cat.opclasses, Key{o.schema, o.name + "/" + o.method}); },
      [&](const EnumType& t) { return in(cat.enums, Key{t.schema, t.name}); },
      [&](const Domain& t) { return in(cat.domains, Key{t.schema, t.name}); },
      [&](const CompositeType& t) { return in(cat.composites, Key{t.schema, t.name}); },
      [&](const RangeType& t) { return in(cat.ranges, Key{t.schema, t.name}); },
      [&](const Sequence& s) { return in(cat.sequences, Key{s.schema, s.name}); },
      [&](const Table& t) { return in(cat.tables, Key{t.schema, t.name}); },
      [&](const Column& c) { return in(table->columns, c.name, table); },
      [&](const Constraint& c) { return in(table->constraints, c.name, table); },
      [&](const Index& i) { return in(cat.indexes, Key{i.schema, i.name}); },
      [&](const Function& f) { return in(cat.functions, Key{f.schema, f.signature()}); },
      [&](const Aggregate& a) { return in(cat.aggregates, Key{a.schema, a.signature()}); },
      [&](const Cast& c) { return in(cat.casts, Key{c.source, c.target}); },
      [&](const Trigger& t) { return in(table->triggers, t.name, table); },
      [&](const Rule& x) { return in(table->rules, x.name, table); },
      [&](const Policy& p) { return in(table->policies, p.name, table); },
      [&](const View& v) { return in(cat.views, Key{v.schema, v.name}); },
      [&]<Plain T>(const T& p) { return in(plain_map<T>(cat), Key{p.schema, p.name}); },
      [&](const Grant& g) {
        auto it = cat.grants.value.find(g);
        return it == cat.grants.value.end() ? ObjectRef() : ObjectRef(*it);
      },
      [&](const DefaultGrant& d) {
        auto it = cat.default_grants.value.find(d);
        return it == cat.default_grants.value.end() ? ObjectRef() : ObjectRef(*it);
      },
      [&](const OwnerEntry& o) {
        auto it = cat.owners.value.find(o.first);
        return it == cat.owners.value.end() ? ObjectRef() : ObjectRef(*it);
      },
      [&](const Publication& p) { return in(cat.publications, p.name); },
  });
}

}  // namespace catalog

}  // namespace pgdrift
