#include "plan/depends.h"

#include <algorithm>
#include <set>

#include "base/sql_ident.h"

namespace pgdrift {

using namespace catalog;

Dependencies::Dependencies(const Catalog& cat) : cat_(cat) {
  for (const auto& [k, f] : cat.functions) functions_.emplace(Key{f.schema, f.name}, ObjectRef(f));
  for (const auto& [k, a] : cat.aggregates) functions_.emplace(Key{a.schema, a.name}, ObjectRef(a));
  for (const auto& [k, ix] : cat.indexes)
    if (ix.unique && !ix.where) unique_indexes_.emplace(Key{k.first, ix.table}, &ix);
}

void Dependencies::add_schema(std::vector<ObjectRef>& out, const std::string& name) const {
  if (auto it = cat_.schemas.find(name); it != cat_.schemas.end()) out.emplace_back(it->second);
}

// A type by key: a user type, or the row type of a table or view.
void Dependencies::add_type(std::vector<ObjectRef>& out, const Key& k) const {
  if (auto it = cat_.enums.find(k); it != cat_.enums.end()) out.emplace_back(it->second);
  if (auto it = cat_.domains.find(k); it != cat_.domains.end()) out.emplace_back(it->second);
  if (auto it = cat_.composites.find(k); it != cat_.composites.end()) out.emplace_back(it->second);
  if (auto it = cat_.ranges.find(k); it != cat_.ranges.end()) out.emplace_back(it->second);
  if (auto it = cat_.tables.find(k); it != cat_.tables.end()) out.emplace_back(it->second);
  if (auto it = cat_.views.find(k); it != cat_.views.end()) out.emplace_back(it->second);
}

void Dependencies::add_members(std::vector<ObjectRef>& out, const std::vector<Key>& functions, const std::vector<Key>& operators) const {
  for (const Key& k : functions)
    if (auto it = cat_.functions.find(k); it != cat_.functions.end()) out.emplace_back(it->second);
  for (const Key& k : operators)
    if (auto it = cat_.operators.find(k); it != cat_.operators.end()) out.emplace_back(it->second);
}

void Dependencies::add_type(std::vector<ObjectRef>& out, const std::string& type_text) const {
  if (std::optional<Key> k = parse_qualified(type_text)) add_type(out, *k);
}

void Dependencies::add_access_method(std::vector<ObjectRef>& out, const std::string& name) const {
  if (auto it = cat_.access_methods.find({"", name}); it != cat_.access_methods.end()) out.emplace_back(it->second);
}

void Dependencies::add_collation(std::vector<ObjectRef>& out, const std::string& collation) const {
  if (std::optional<Key> k = parse_qualified(collation))
    if (auto it = cat_.collations.find(*k); it != cat_.collations.end()) out.emplace_back(it->second);
}

void Dependencies::add_column(std::vector<ObjectRef>& out, const Table& t, const std::string& column) const {
  if (const Column* c = t.column(column)) out.emplace_back(*c, &t);
}

// A relation read: the table (and its columns: a query may read any of them) or view.
void Dependencies::add_relation(std::vector<ObjectRef>& out, const Key& k, bool with_columns) const {
  if (auto it = cat_.tables.find(k); it != cat_.tables.end()) {
    out.emplace_back(it->second);
    if (with_columns)
      for (const auto& [n, c] : it->second.columns) out.emplace_back(c, &it->second);
  }
  if (auto it = cat_.views.find(k); it != cat_.views.end()) out.emplace_back(it->second);
  if (auto it = cat_.sequences.find(k); it != cat_.sequences.end()) out.emplace_back(it->second);
}

void Dependencies::add_refs(std::vector<ObjectRef>& out, const Refs& refs) const {
  for (const Key& f : refs.functions)
    for (auto [it, end] = functions_.equal_range(f); it != end; ++it) out.push_back(it->second);
  for (const Key& t : refs.types) add_type(out, t);
  for (const Key& r : refs.relations) add_relation(out, r, true);
}

void Dependencies::add_expr(std::vector<ObjectRef>& out, const OptExpr& e) const {
  if (e) add_refs(out, e->refs.value);
}

// The primary key, unique constraint or unique index on exactly these columns of a table (what
// a foreign key's REFERENCES needs).
void Dependencies::add_unique_key(std::vector<ObjectRef>& out, const Key& table, const std::vector<std::string>& columns) const {
  auto t = cat_.tables.find(table);
  if (t == cat_.tables.end()) return;
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  std::vector<std::string> want = sorted(columns);
  for (const auto& [n, c] : t->second.constraints) {
    if (c.type != ConType::PrimaryKey && c.type != ConType::Unique) continue;
    if (want.empty() ? c.type == ConType::PrimaryKey : sorted(c.columns) == want) out.emplace_back(c, &t->second);
  }
  for (auto [it, end] = unique_indexes_.equal_range(table); it != end; ++it) {
    const Index& ix = *it->second;
    std::vector<std::string> keys;
    for (const IndexKey& k : ix.keys) keys.push_back(k.column);
    if (sorted(keys) == want) out.emplace_back(ix);
  }
}

std::vector<ObjectRef> Dependencies::column_deps(const Table& t, const Column& c) const {
  std::vector<ObjectRef> out;
  out.emplace_back(t);
  add_type(out, c.type);
  add_collation(out, c.collation);
  add_expr(out, c.default_expr);
  add_expr(out, c.generated);
  if (c.generated)  // a generated column reads the table's other columns
    for (const std::string& other : c.generated->expr.value ? c.generated->expr.value->columns() : std::vector<std::string>{})
      if (other != c.name) add_column(out, t, other);
  return out;
}

// CREATE TABLE creates every column at once: it needs what each of them needs.
std::vector<ObjectRef> Dependencies::table_deps(const Table& t) const {
  std::vector<ObjectRef> out;
  add_schema(out, t.schema);
  if (auto s = cat_.servers.find(t.foreign_server); s != cat_.servers.end()) out.emplace_back(s->second);
  if (!t.partition_of.second.empty()) add_relation(out, t.partition_of, false);
  for (const Key& p : t.inherits) add_relation(out, p, false);
  if (!t.of_type.second.empty()) add_type(out, t.of_type);
  add_access_method(out, t.access_method);
  for (const auto& [n, c] : t.columns)
    for (const ObjectRef& d : column_deps(t, c))
      if (d.kind() != ObjectKind::Table || d.as<Table>() != &t)
        if (d.kind() != ObjectKind::Column || d.table() != &t) out.push_back(d);
  return out;
}

std::vector<ObjectRef> Dependencies::constraint_deps(const Table& t, const Constraint& c) const {
  std::vector<ObjectRef> out;
  out.emplace_back(t);
  for (const std::string& col : c.columns) add_column(out, t, col);
  for (const std::string& col : c.include) add_column(out, t, col);
  add_expr(out, c.check);
  add_expr(out, c.exclude_where);
  if (c.check && c.check->expr.value)
    for (const std::string& col : c.check->expr.value->columns()) add_column(out, t, col);
  if (c.type == ConType::ForeignKey) {
    add_relation(out, c.ref_table, false);
    add_unique_key(out, c.ref_table, c.ref_columns);
    if (auto rt = cat_.tables.find(c.ref_table); rt != cat_.tables.end())
      for (const std::string& col : c.ref_columns) add_column(out, rt->second, col);
  }
  return out;
}

std::vector<ObjectRef> Dependencies::of(const ObjectRef& obj) const {
  std::vector<ObjectRef> out;
  const Table* table = obj.table();
  visit_object(obj, overloaded{
      [&](const Schema&) {},
      [&](const Extension& e) { add_schema(out, e.schema); },
      [&](const ForeignDataWrapper& w) {  // its functions (an extension's come with it, by name)
        for (const std::string& f : {w.handler, w.validator})
          if (std::optional<Key> k = parse_qualified(f))
            for (const auto& [fk, fn] : cat_.functions)
              if (fn.schema == k->first && fn.name == k->second) out.emplace_back(fn);
      },
      [&](const ForeignServer& s) {  // its wrapper, or the extension of its name (file_fdw, postgres_fdw)
        if (auto w = cat_.wrappers.find(s.fdw); w != cat_.wrappers.end()) out.emplace_back(w->second);
        if (auto e = cat_.extensions.find(s.fdw); e != cat_.extensions.end()) out.emplace_back(e->second);
      },
      [&](const UserMapping& m) {
        if (auto s = cat_.servers.find(m.server); s != cat_.servers.end()) out.emplace_back(s->second);
      },
      [&](const Collation& c) { add_schema(out, c.schema); },
      [&](const TsDictionary& d) {
        add_schema(out, d.schema);
        if (auto t = cat_.ts_templates.find(d.tmpl); t != cat_.ts_templates.end()) out.emplace_back(t->second);
      },
      [&](const TsConfig& c) {
        add_schema(out, c.schema);
        if (auto p = cat_.ts_parsers.find(c.parser); p != cat_.ts_parsers.end()) out.emplace_back(p->second);
        for (const auto& [token, dicts] : c.mappings)
          for (const Key& k : dicts)
            if (auto it = cat_.ts_dictionaries.find(k); it != cat_.ts_dictionaries.end()) out.emplace_back(it->second);
      },
      [&](const OpFamily& f) {
        add_schema(out, f.schema);
        add_access_method(out, f.method);
        add_members(out, f.functions.value, f.operators.value);
      },
      [&](const OpClass& c) {
        add_schema(out, c.schema);
        add_access_method(out, c.method);
        add_type(out, c.type);
        if (std::optional<Key> fam = parse_qualified(c.family))
          if (auto it = cat_.opfamilies.find({fam->first, fam->second + "/" + c.method}); it != cat_.opfamilies.end()) out.emplace_back(it->second);
        add_members(out, c.functions.value, c.operators.value);
      },
      [&](const Operator& o) {
        add_schema(out, o.schema);
        add_type(out, o.left);
        add_type(out, o.right);
        for (const std::string* fn : {&o.function, &o.restrict, &o.join})
          if (std::optional<Key> k = parse_qualified(*fn))
            for (auto [it, end] = functions_.equal_range(*k); it != end; ++it) out.push_back(it->second);
      },
      [&](const Statistics& st) {
        add_schema(out, st.schema);
        add_relation(out, st.table, false);
        if (auto t = cat_.tables.find(st.table); t != cat_.tables.end()) {
          for (const std::string& c : st.columns) add_column(out, t->second, c);
          for (const StoredExpr& e : st.exprs) {
            add_refs(out, e.refs.value);
            if (e.expr.value)
              for (const std::string& c : e.expr.value->columns()) add_column(out, t->second, c);
          }
        }
      },
      [&](const EventTrigger& e) {
        if (std::optional<Key> fn = parse_qualified(e.function))
          for (auto [it, end] = functions_.equal_range(*fn); it != end; ++it) out.push_back(it->second);
      },
      [&](const EnumType& t) { add_schema(out, t.schema); },
      [&](const Domain& d) {
        add_schema(out, d.schema);
        add_type(out, d.base_type);
        add_collation(out, d.collation);
        add_expr(out, d.default_expr);
        for (const auto& [n, c] : d.checks) add_refs(out, c.check.refs.value);
      },
      [&](const CompositeType& c) {
        add_schema(out, c.schema);
        for (const auto& [n, type] : c.attributes) add_type(out, type);
      },
      [&](const RangeType& r) {
        add_schema(out, r.schema);
        add_type(out, r.subtype);
        add_collation(out, r.collation);
        for (const std::string* fn : {&r.canonical, &r.subtype_diff})
          if (std::optional<Key> k = parse_qualified(*fn))
            for (auto [it, end] = functions_.equal_range(*k); it != end; ++it) out.push_back(it->second);
      },
      [&](const Sequence& s) { add_schema(out, s.schema); },
      [&](const Table& t) { out = table_deps(t); },
      [&](const Column& c) { out = column_deps(*table, c); },
      [&](const Constraint& c) { out = constraint_deps(*table, c); },
      [&](const Index& ix) {
        add_relation(out, {ix.schema, ix.table}, false);
        add_access_method(out, ix.method);
        if (auto t = cat_.tables.find({ix.schema, ix.table}); t != cat_.tables.end()) {
          for (const IndexKey& k : ix.keys) {
            if (!k.column.empty()) add_column(out, t->second, k.column);
            add_collation(out, k.collation);
            if (std::optional<Key> oc = parse_qualified(k.opclass))
              if (auto it = cat_.opclasses.find({oc->first, oc->second + "/" + ix.method}); it != cat_.opclasses.end()) out.emplace_back(it->second);
            add_expr(out, k.expr);
            if (k.expr && k.expr->expr.value)
              for (const std::string& col : k.expr->expr.value->columns()) add_column(out, t->second, col);
          }
          for (const std::string& col : ix.include) add_column(out, t->second, col);
        }
        add_expr(out, ix.where);
      },
      [&](const Function& f) {
        add_schema(out, f.schema);
        if (auto l = cat_.languages.find({"", f.language}); l != cat_.languages.end()) out.emplace_back(l->second);
        for (const std::string& t : f.transforms)
          if (auto x = cat_.transforms.find({t, f.language}); x != cat_.transforms.end()) out.emplace_back(x->second);
        add_refs(out, f.refs.value);
        std::erase_if(out, [&](const ObjectRef& r) { return r.as<Function>() == &f; });
      },
      [&](const Aggregate& a) {
        add_schema(out, a.schema);
        add_refs(out, a.refs.value);
      },
      [&](const Cast& c) {
        add_type(out, c.source);
        add_type(out, c.target);
        if (size_t paren = c.function.find('('); paren != std::string::npos)
          if (std::optional<Key> fn = parse_qualified(c.function.substr(0, paren)))
            for (auto [it, end] = functions_.equal_range(*fn); it != end; ++it)
              if (const Function* f = it->second.as<Function>(); f && c.function == qualified(f->schema, f->name) + "(" + f->identity + ")")
                out.push_back(it->second);
      },
      [&](const Trigger& tr) {
        if (table) out.emplace_back(*table);
        else out.emplace_back(*obj.view());
        if (std::optional<Key> fn = parse_qualified(tr.function))
          for (auto [it, end] = functions_.equal_range(*fn); it != end; ++it) out.push_back(it->second);
        add_expr(out, tr.when);
        if (!tr.from_table.second.empty()) add_relation(out, tr.from_table, false);
      },
      [&](const Rule& x) {
        if (table) out.emplace_back(*table);
        else out.emplace_back(*obj.view());
        add_refs(out, x.refs.value);
      },
      [&](const Policy& p) {
        out.emplace_back(*table);
        add_expr(out, p.using_expr);
        add_expr(out, p.check_expr);
      },
      [&](const View& v) {
        add_schema(out, v.schema);
        for (const Key& r : v.reads.value) add_relation(out, r, true);
        add_refs(out, v.refs.value);
        for (const auto& [col, e] : v.column_defaults) add_refs(out, e.refs.value);
        std::erase_if(out, [&](const ObjectRef& r) { return r.as<View>() == &v; });
      },
      [&](const Grant&) {},
      [&](const DefaultGrant& d) { add_schema(out, d.schema); },
      [&](const OwnerEntry&) {},
      [&]<Plain T>(const T& p) {
        if (obj.kind() != ObjectKind::Transform) add_schema(out, p.schema);
        for (const Key& f : p.functions)
          for (auto [it, end] = functions_.equal_range(f); it != end; ++it) out.push_back(it->second);
        for (const std::string& t : p.types) add_type(out, t);
        if (auto l = cat_.languages.find({"", p.language}); l != cat_.languages.end()) out.emplace_back(l->second);
      },
      [&](const Publication& p) {
        for (const auto& [k, t] : p.tables) {
          add_relation(out, k, true);
          if (t.where) add_refs(out, t.where->refs.value);
        }
        for (const std::string& s : p.schemas) add_schema(out, s);
      },
  });
  std::vector<ObjectRef> unique;  // first mention of each object
  std::set<std::pair<int, const void*>> seen;
  for (const ObjectRef& r : out) {
    const void* p = visit_object(r, [](const auto& o) -> const void* { return &o; });
    if (seen.insert({static_cast<int>(r.kind()), p}).second) unique.push_back(r);
  }
  return unique;
}

}  // namespace pgdrift
