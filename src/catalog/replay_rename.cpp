// ALTER ... RENAME: implicit names of dependent objects stay as they are (PostgreSQL
// refers to objects by OID); references by name in our model are updated.
#include <algorithm>
#include <optional>

#include "base/sql_ident.h"
#include "catalog/names.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
void replace_all(std::vector<std::string>& v, const std::string& from, const std::string& to) {
  std::replace(v.begin(), v.end(), from, to);
}

void rename_in_expr(StoredExpr& e, const std::string& from, const std::string& to) {
  auto& m = e.renames.value;
  for (auto& [written, current] : m)
    if (current == from) current = to;
  if (!m.count(from)) m[from] = to;
}

// A table or view under its new name, its indexes following; nullopt when the name is taken.
template <class Map>
std::optional<Key> move_relation(Replayer& r, Map& m, const Key& old_key, const std::string& new_name) {
  Key new_key{old_key.first, truncate_identifier(new_name)};
  if (r.cat.relation_exists(new_key)) {
    r.warn(DiagKind::duplicate_object, "relation " + key_text(new_key) + " already exists; rename ignored");
    return std::nullopt;
  }
  auto node = m.extract(old_key);
  node.key() = new_key;
  node.mapped().name = new_key.second;
  m.insert(std::move(node));
  for (auto& [k, ix] : r.cat.indexes)
    if (ix.schema == old_key.first && ix.table == old_key.second) ix.table = new_key.second;
  return new_key;
}

void rename_table(Replayer& r, const Key& old_key, const std::string& new_name) {
  std::optional<Key> moved = move_relation(r, r.cat.tables, old_key, new_name);
  if (!moved) return;
  const Key& new_key = *moved;
  statistics_renamed(r.cat, old_key, new_key, "", "");
  for (auto& [k, s] : r.cat.sequences)
    if (s.owner_table == old_key) s.owner_table = new_key;
  for (auto& [k, t] : r.cat.tables)
    for (auto& [n, c] : t.constraints)
      if (c.ref_table == old_key) c.ref_table = new_key;
}

void rename_column(Replayer& r, Table& t, const std::string& from, const std::string& to) {
  if (!t.columns.count(from) || t.columns.count(to)) {
    r.warn(DiagKind::unknown_object, "column " + quote_ident(from) + " cannot be renamed to " + quote_ident(to));
    return;
  }
  auto node = t.columns.extract(from);
  node.key() = to;
  node.mapped().name = to;
  t.columns.insert(std::move(node));
  replace_all(t.column_order.value, from, to);
  Key key{t.schema, t.name};
  for (auto& [n, c] : t.constraints) {
    replace_all(c.columns, from, to);
    replace_all(c.include, from, to);
    if (c.check) rename_in_expr(*c.check, from, to);
    if (c.exclude_where) rename_in_expr(*c.exclude_where, from, to);
  }
  for (auto& [n, c] : t.columns) {
    if (c.default_expr) rename_in_expr(*c.default_expr, from, to);
    if (c.generated) rename_in_expr(*c.generated, from, to);
  }
  for (auto& [n, tr] : t.triggers)
    if (tr.when) rename_in_expr(*tr.when, from, to);
  for (auto& [n, p] : t.policies) {
    if (p.using_expr) rename_in_expr(*p.using_expr, from, to);
    if (p.check_expr) rename_in_expr(*p.check_expr, from, to);
  }
  for (auto& [k, other] : r.cat.tables)
    for (auto& [n, c] : other.constraints)
      if (c.type == ConType::ForeignKey && c.ref_table == key) replace_all(c.ref_columns, from, to);
  for (auto& [k, ix] : r.cat.indexes) {
    if (ix.schema != t.schema || ix.table != t.name) continue;
    for (IndexKey& ik : ix.keys) {
      if (ik.column == from) ik.column = to;
      if (ik.expr) rename_in_expr(*ik.expr, from, to);
    }
    replace_all(ix.include, from, to);
    if (ix.where) rename_in_expr(*ix.where, from, to);
  }
  for (auto& [k, s] : r.cat.sequences)
    if (s.owner_table == key && s.owner_column == from) s.owner_column = to;
  statistics_renamed(r.cat, key, key, from, to);
  recanonicalize_table(r, t);
}

bool rename_in(std::map<std::string, Constraint>& cons, const std::string& from, const std::string& to) {
  auto c = cons.find(from);
  if (c == cons.end() || cons.count(to)) return false;
  auto node = cons.extract(c);
  node.key() = to;
  node.mapped().name = to;
  cons.insert(std::move(node));
  return true;
}

// ALTER INDEX ... RENAME also renames the constraint an index backs, and the reverse.
bool rename_constraint_index(Replayer& r, const std::string& schema, const std::string& from, const std::string& to) {
  r.cat.note_constraint_name(to);
  for (auto it = r.cat.tables.lower_bound(Key{schema, ""}); it != r.cat.tables.end() && it->first.first == schema; ++it) {
    auto c = it->second.constraints.find(from);
    if (c != it->second.constraints.end() && c->second.type != ConType::Check && c->second.type != ConType::ForeignKey)
      return rename_in(it->second.constraints, from, to);
  }
  return false;
}

void rename_index(Replayer& r, const ast::Rename& n) {
  std::string to = truncate_identifier(n.new_name);
  if (auto k = r.find_index(n.object)) {
    auto node = r.cat.indexes.extract(*k);
    node.key().second = to;
    node.mapped().name = to;
    r.cat.indexes.insert(std::move(node));
    return;
  }
  std::string schema = n.object.schema.empty() ? r.creation_schema() : n.object.schema;
  if (!rename_constraint_index(r, schema, n.object.name, to) && !n.if_exists)
    r.warn(DiagKind::unknown_object, "index " + quote_ident(n.object.name) + " does not exist; rename ignored");
}

void rename_sequence(Replayer& r, const ast::Rename& n) {
  std::optional<Key> k = r.find_sequence(n.object);
  if (!k) {
    if (!n.if_exists) r.warn(DiagKind::unknown_object, "sequence " + quote_ident(n.object.name) + " does not exist; rename ignored");
    return;
  }
  auto node = r.cat.sequences.extract(*k);
  node.key().second = truncate_identifier(n.new_name);
  node.mapped().name = node.key().second;
  r.cat.sequences.insert(std::move(node));
}

template <class Map>
bool rename_key(Map& m, const std::string& from, const std::string& to) {
  auto it = m.find(from);
  if (it == m.end() || m.count(to)) return false;
  auto node = m.extract(it);
  node.key() = to;
  node.mapped().name = to;
  m.insert(std::move(node));
  return true;
}

template <class Map>
bool move_type(Map& m, const Key& from, const std::string& to) {
  auto it = m.find(from);
  if (it == m.end()) return false;
  auto node = m.extract(it);
  node.key().second = to;
  node.mapped().name = to;
  m.insert(std::move(node));
  return true;
}

// Any kind of type; columns (and composite attributes, domains) of that type follow the name.
void rename_type(Replayer& r, const ast::Rename& n) {
  std::optional<Key> k = r.find_type(n.object);
  if (!k) {
    r.warn(DiagKind::unknown_object, "type " + quote_ident(n.object.name) + " does not exist; rename ignored");
    return;
  }
  std::string to = truncate_identifier(n.new_name);
  std::string old_text = key_text(*k), new_text = key_text(Key{k->first, to});
  move_type(r.cat.enums, *k, to) || move_type(r.cat.domains, *k, to) || move_type(r.cat.composites, *k, to) ||
      move_type(r.cat.ranges, *k, to);
  auto retype = [&](std::string& type) {
    if (type == old_text) type = new_text;
    else if (type == old_text + "[]") type = new_text + "[]";
  };
  for (auto& [tk, t] : r.cat.tables)
    for (auto& [cn, c] : t.columns) retype(c.type);
  for (auto& [dk, d] : r.cat.domains) retype(d.base_type);
  for (auto& [ck, c] : r.cat.composites)
    for (auto& a : c.attributes) retype(a.second);
}

void rename_domain_constraint(Replayer& r, const ast::Rename& n) {
  std::optional<Key> k = r.find_type(n.object);
  auto it = k ? r.cat.domains.find(*k) : r.cat.domains.end();
  if (it == r.cat.domains.end() || !rename_key(it->second.checks, n.sub, truncate_identifier(n.new_name)))
    r.warn(DiagKind::unknown_object, "domain constraint " + quote_ident(n.sub) + " does not exist; rename ignored");
}
void rename_function(Replayer& r, const ast::Rename& n) {
  std::optional<Key> k = n.func ? r.find_function(*n.func) : std::nullopt;
  if (!k) {
    r.warn(DiagKind::unknown_object, "function " + quote_ident(n.object.name) + " does not exist; rename ignored");
    return;
  }
  auto node = r.cat.functions.extract(*k);
  node.mapped().name = n.new_name;
  node.key().second = node.mapped().signature();
  r.cat.functions.insert(std::move(node));
}


// A renamed view keeps its query; views that read it print the new name, which their stored
// definitions (canonical text) do not follow: reported.
void rename_view(Replayer& r, const Key& old_key, const std::string& new_name) {
  move_relation(r, r.cat.views, old_key, new_name);
}

void warn_view_readers(Replayer& r, const Key& renamed) {
  for (auto& [k, v] : r.cat.views)
    for (Key& read : v.reads.value)
      if (read == renamed)
        r.warn(DiagKind::unsupported_clause, "view " + key_text(k) + " reads renamed " + key_text(renamed) +
                                                 "; its definition is compared as written");
}

void rename_table_object(Replayer& r, Table& t, const ast::Rename& n) {
  bool ok = n.kind == ast::ObjKind::Trigger ? rename_key(t.triggers, n.sub, n.new_name) : rename_key(t.policies, n.sub, n.new_name);
  if (!ok) r.warn(DiagKind::unknown_object, quote_ident(n.sub) + " does not exist; rename ignored");
}
}  // namespace

void replay_rename(Replayer& r, const ast::Rename& n) {
  r.cat.forget_printed();
  switch (n.kind) {
    case ast::ObjKind::Table: case ast::ObjKind::View: case ast::ObjKind::MatView:
      if (auto k = r.find_table(n.object)) {
        warn_view_readers(r, *k);
        rename_table(r, *k, n.new_name);
      } else if (auto v = r.find_view(n.object)) {
        warn_view_readers(r, *v);
        rename_view(r, *v, n.new_name);
      } else if (!n.if_exists) {
        r.table_or_warn(n.object, false);
      }
      return;
    case ast::ObjKind::Column:
      if (!r.find_table(n.object) && r.find_view(n.object)) {
        r.warn(DiagKind::unsupported_clause, "renaming a view's column is not modelled; statement ignored");
        return;
      }
      if (auto k = r.find_table(n.object)) warn_view_readers(r, *k);
      if (Table* t = r.table_or_warn(n.object, n.if_exists)) rename_column(r, *t, n.sub, truncate_identifier(n.new_name));
      return;
    case ast::ObjKind::Constraint:
      if (Table* t = r.table_or_warn(n.object, n.if_exists)) {
        r.cat.note_constraint_name(truncate_identifier(n.new_name));
        if (!rename_in(t->constraints, n.sub, truncate_identifier(n.new_name)))
          r.warn(DiagKind::unknown_object, "constraint " + quote_ident(n.sub) + " does not exist; rename ignored");
      }
      return;
    case ast::ObjKind::Index: rename_index(r, n); return;
    case ast::ObjKind::Sequence: rename_sequence(r, n); return;
    case ast::ObjKind::Type: rename_type(r, n); return;
    case ast::ObjKind::DomainConstraint: rename_domain_constraint(r, n); return;
    case ast::ObjKind::Attribute: {
      std::optional<Key> k = r.find_type(n.object);
      auto it = k ? r.cat.composites.find(*k) : r.cat.composites.end();
      bool done = false;
      if (it != r.cat.composites.end())
        for (auto& a : it->second.attributes)
          if (a.first == n.sub) { a.first = truncate_identifier(n.new_name); done = true; }
      if (!done) r.warn(DiagKind::unknown_object, "attribute " + quote_ident(n.sub) + " does not exist; rename ignored");
      return;
    }
    case ast::ObjKind::Function: case ast::ObjKind::Procedure: rename_function(r, n); return;
    case ast::ObjKind::Publication:
      if (!rename_key(r.cat.publications, n.object.name, n.new_name))
        r.warn(DiagKind::unknown_object, "publication " + quote_ident(n.object.name) + " cannot be renamed; rename ignored");
      return;
    case ast::ObjKind::Trigger: case ast::ObjKind::Policy:
      if (Table* t = r.table_or_warn(n.object, n.if_exists)) rename_table_object(r, *t, n);
      return;
    case ast::ObjKind::Rule:
      if (auto* rules = rules_of(r, n.object, n.if_exists); rules && !rename_key(*rules, n.sub, n.new_name))
        r.warn(DiagKind::unknown_object, quote_ident(n.sub) + " does not exist; rename ignored");
      return;
    default:
      r.warn(DiagKind::unsupported_stmt, "rename of this kind of object is not modelled yet; statement ignored");
      return;
  }
}

}  // namespace pgdrift::catalog
