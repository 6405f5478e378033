// The baseline's and adopt's order and statements (baseline_order.h).
#include "emit/baseline_order.h"

#include "base/sql_ident.h"
#include "emit/object_sql.h"
#include "emit/report.h"
#include "emit/sql_defs.h"

namespace pgdrift::emit_detail {

using namespace catalog;

namespace {
bool created_before_tables(ObjectKind k) {
  switch (k) {
    case ObjectKind::Schema: case ObjectKind::Extension: case ObjectKind::Wrapper: case ObjectKind::Server: case ObjectKind::Enum:
    case ObjectKind::AccessMethod: case ObjectKind::Language: case ObjectKind::Collation: case ObjectKind::Conversion:
    case ObjectKind::TsParser: case ObjectKind::TsTemplate: case ObjectKind::TsDictionary: case ObjectKind::TsConfig:
    case ObjectKind::Domain: case ObjectKind::Composite: case ObjectKind::Range: case ObjectKind::Sequence:
      return true;
    default: return false;
  }
}

}  // namespace

Layout::Layout(const Plan& p) : plan(p), place(p.steps.size(), ColumnPlace::Merged), nodes_(p.steps.size()) {
  for (size_t i = 0; i < p.steps.size(); ++i)
    if (const Table* t = p.steps[i].object.as<Table>()) table_step_[t] = i;
  for (size_t i = 0; i < p.steps.size(); ++i) place[i] = column_place(i);
  for (size_t i = 0; i < p.steps.size(); ++i) {
    const Step& s = p.steps[i];
    size_t to = node_of(i);
    nodes_[i].phase = s.phase;
    nodes_[i].rank = static_cast<int>(i);
    if (to != i) nodes_[i].after.push_back(to);  // the merged column: nothing of its own
    for (int n : s.after) {
      size_t from = node_of(static_cast<size_t>(n - 1));
      if (from != to) nodes_[to].after.push_back(from);
    }
  }
}

std::vector<size_t> Layout::order(std::vector<std::string>& notes) const {
  std::vector<std::string> names;
  for (const Step& s : plan.steps) names.push_back(s.id);
  return order_nodes(nodes_, names, notes);
}

ColumnPlace Layout::column_place(size_t i) const {
  const Step& s = plan.steps[i];
  const Column* c = s.object.as<Column>();
  if (!c) return ColumnPlace::Merged;
  ColumnPlace out = ColumnPlace::Merged;
  for (int n : s.after) {
    const Step& d = step(n);
    bool own = d.object.table() == s.object.table() || d.object.as<Table>() == s.object.table();
    if (own || created_before_tables(d.kind)) continue;
    bool routine = d.kind == ObjectKind::Function || d.kind == ObjectKind::Aggregate;
    if (!routine || c->generated) return ColumnPlace::Later;
    out = ColumnPlace::DefaultLater;
  }
  return out;
}

size_t Layout::node_of(size_t i) const {
  const Step& s = plan.steps[i];
  if (s.object.as<Column>() && place[i] != ColumnPlace::Later) return table_step_.at(s.object.table());
  return i;
}

namespace {
std::string relation_of(const ObjectRef& r) { return key_text(r.relation()); }

// The tables `t` inherits from: its partitioned parent, or its INHERITS parents.
std::vector<const Table*> parents_of(const Catalog& cat, const Table& t) {
  std::vector<const Table*> out;
  std::vector<Key> keys = t.inherits;
  if (!t.partition_of.second.empty()) keys.push_back(t.partition_of);
  for (const Key& k : keys)
    if (auto it = cat.tables.find(k); it != cat.tables.end()) out.push_back(&it->second);
  return out;
}

// A constraint PostgreSQL gives the child itself, when the parent's is created: CHECKs (not NO
// INHERIT) by name; on a partition also the keys (by columns) and foreign keys (by name).
bool inherited_constraint(const Catalog& cat, const Table& t, const Constraint& c) {
  bool partition = !t.partition_of.second.empty();
  for (const Table* p : parents_of(cat, t))
    for (const auto& [n, pc] : p->constraints) {
      if (pc.type != c.type) continue;
      if (c.type == ConType::Check && n == c.name && !pc.no_inherit) return true;
      if (partition && c.type == ConType::ForeignKey && n == c.name) return true;
      if (partition && (c.type == ConType::PrimaryKey || c.type == ConType::Unique) && pc.columns == c.columns) return true;
    }
  return false;
}

bool same_shape(const Index& a, const Index& b) {
  return a.keys == b.keys && a.unique == b.unique && a.method == b.method && a.where == b.where && a.include == b.include;
}

// An index of a partition that its parent's index of the same shape creates: the parent's is
// created without ONLY when every partition has one (the plan's Step::only).
bool inherited_index(const Catalog& cat, const Index& ix) {
  auto t = cat.tables.find({ix.schema, ix.table});
  if (t == cat.tables.end() || t->second.partition_of.second.empty()) return false;
  const Key& parent = t->second.partition_of;
  for (const auto& [k, other] : cat.indexes) {
    if (other.schema != parent.first || other.table != parent.second || !same_shape(other, ix)) continue;
    for (const auto& [ck, child] : cat.tables) {
      if (child.partition_of != parent) continue;
      bool found = false;
      for (const auto& [ik, mine] : cat.indexes)
        found = found || (mine.schema == child.schema && mine.table == child.name && same_shape(mine, other));
      if (!found) return false;  // the parent's is ON ONLY: each partition's stands alone
    }
    return true;
  }
  return false;
}

// The defaults a child gets from its parent at creation that it does not have (or has another).
std::string child_defaults_sql(const Catalog& cat, const Table& created, const Table& t) {
  std::string out, id = qualified(t.schema, t.name);
  bool partition = !t.partition_of.second.empty();
  for (const auto& [n, c] : t.columns) {
    const Column* printed = created.column(n);
    if (!partition && printed && printed->default_expr) continue;  // CREATE TABLE states it
    const Column* from_parent = nullptr;
    for (const Table* p : parents_of(cat, t))
      if (const Column* pc = p->column(n); pc && !from_parent) from_parent = pc;
    bool parent_has = from_parent && from_parent->default_expr && !from_parent->identity;
    bool wanted = printed && printed->default_expr;
    if (wanted && partition && (!parent_has || !(*from_parent->default_expr == *printed->default_expr)))
      out += "ALTER TABLE " + id + " ALTER COLUMN " + quote_ident(n) + " SET DEFAULT (" + printed->default_expr->sql.value + ");\n";
    else if (!wanted && parent_has && !c.default_expr)
      out += "ALTER TABLE " + id + " ALTER COLUMN " + quote_ident(n) + " DROP DEFAULT;\n";
  }
  return out;
}

// The table as its CREATE TABLE creates it: merged columns only, a deferred default left out.
Table as_created(const Layout& l, const Table& t) {
  Table out = t;
  for (size_t i = 0; i < l.plan.steps.size(); ++i) {
    const Column* c = l.plan.steps[i].object.as<Column>();
    if (!c || l.plan.steps[i].object.table() != &t) continue;
    if (l.place[i] == ColumnPlace::Later) out.columns.erase(c->name);
    if (l.place[i] == ColumnPlace::DefaultLater) out.columns[c->name].default_expr.reset();
  }
  return out;
}

std::string table_sql(const Catalog& cat, const Table& t) {
  std::string id = qualified(t.schema, t.name);
  std::string out = create_table_sql(cat, t) + ";\n" + column_settings_sql(t) +
                    comment_sql((t.foreign_server.empty() ? "TABLE " : "FOREIGN TABLE ") + id, t.comment);
  for (const std::string& name : t.column_order.value)
    if (const Column* c = t.column(name)) out += comment_sql("COLUMN " + id + "." + quote_ident(name), c->comment);
  return out + rls_sql(t);
}

std::string column_step_sql(const Catalog& cat, const Step& s, ColumnPlace place) {
  const Table& t = *s.object.table();
  const Column& c = *s.object.as<Column>();
  std::string id = qualified(t.schema, t.name);
  if (place == ColumnPlace::DefaultLater)
    return "ALTER TABLE " + id + " ALTER COLUMN " + quote_ident(c.name) + " SET DEFAULT (" + c.default_expr->sql.value + ");\n";
  return "ALTER TABLE " + id + " ADD COLUMN " + column_definition_sql(cat, t, c) + ";\n" + column_settings_sql(t, c) +
         comment_sql("COLUMN " + id + "." + quote_ident(c.name), c.comment);
}

}  // namespace

std::string step_sql(const Catalog& cat, const Layout& l, size_t i) {
  const Step& s = l.plan.steps[i];
  if (s.action == StepAction::SequenceOwner) return sequence_owner_sql(*s.object.as<Sequence>());
  if (s.action != StepAction::Ensure) return "";
  if (s.object.as<Column>()) return l.place[i] == ColumnPlace::Merged ? "" : column_step_sql(cat, s, l.place[i]);
  std::string rel = relation_of(s.object);
  return visit_object(s.object, [&](const auto& o) -> std::string {
    using T = std::decay_t<decltype(o)>;
    if constexpr (std::is_same_v<T, Schema>) return schema_sql(o);
    else if constexpr (std::is_same_v<T, Extension>) return extension_sql(o);
    else if constexpr (std::is_same_v<T, ForeignDataWrapper>) return wrapper_sql(o);
    else if constexpr (Plain<T>) return plain_sql(kind_of<T>::value, o);
    else if constexpr (std::is_same_v<T, OpFamily>) return opfamily_sql(o);
    else if constexpr (std::is_same_v<T, OpClass>) return opclass_sql(o);
    else if constexpr (std::is_same_v<T, ForeignServer>) return server_sql(o);
    else if constexpr (std::is_same_v<T, EnumType>) return enum_sql(o);
    else if constexpr (std::is_same_v<T, Domain>) return domain_sql(o);
    else if constexpr (std::is_same_v<T, CompositeType>) return composite_sql(o);
    else if constexpr (std::is_same_v<T, RangeType>) return range_sql(o);
    else if constexpr (std::is_same_v<T, Sequence>)
      return o.identity ? "" : sequence_sql(o) + comment_sql("SEQUENCE " + qualified(o.schema, o.name), o.comment);
    else if constexpr (std::is_same_v<T, Table>) {
      Table created = as_created(l, o);
      return table_sql(cat, created) + child_defaults_sql(cat, created, o);
    } else if constexpr (std::is_same_v<T, Constraint>) {
      return inherited_constraint(cat, *s.object.table(), o) ? "" : constraint_sql(*s.object.table(), o.name, o);
    } else if constexpr (std::is_same_v<T, Index>) {
      if (inherited_index(cat, o)) return "";
      std::string sql = index_sql(o);
      if (s.only) sql.replace(sql.find(" ON ") + 4, 0, "ONLY ");
      return sql;
    }
    else if constexpr (std::is_same_v<T, Function>) return routine_sql(o);
    else if constexpr (std::is_same_v<T, Aggregate>) return aggregate_create_sql(o);
    else if constexpr (std::is_same_v<T, Cast>) return cast_sql(o);
    else if constexpr (std::is_same_v<T, Collation>) return collation_sql(o);
    else if constexpr (std::is_same_v<T, TsDictionary>) return ts_dictionary_sql(o);
    else if constexpr (std::is_same_v<T, UserMapping>) return user_mapping_sql(o);
    else if constexpr (std::is_same_v<T, TsConfig>) return ts_config_sql(o);
    else if constexpr (std::is_same_v<T, EventTrigger>) return event_trigger_sql(o);
    else if constexpr (std::is_same_v<T, Statistics>) return statistics_sql(o);
    else if constexpr (std::is_same_v<T, Operator>) return operator_sql(o);
    else if constexpr (std::is_same_v<T, Trigger>) return part_sql(rel, "TRIGGER", o.name, o);
    else if constexpr (std::is_same_v<T, Rule>) return part_sql(rel, "RULE", o.name, o);
    else if constexpr (std::is_same_v<T, Policy>) return policy_sql(rel, o.name, o);
    else if constexpr (std::is_same_v<T, View>) return view_create_sql(o);
    else if constexpr (std::is_same_v<T, Publication>) return publication_sql(o);
    else if constexpr (std::is_same_v<T, Column> || std::is_same_v<T, Grant> || std::is_same_v<T, DefaultGrant> || std::is_same_v<T, OwnerEntry>)
      return "";  // columns above; privileges, default privileges and owners: acl_sql
    else static_assert(sizeof(T) == 0, "every kind of the registry needs its SQL in the baseline");
  });
}

}  // namespace pgdrift::emit_detail
