#include "emit/baseline.h"

#include <algorithm>
#include <map>

#include "base/sql_ident.h"
#include "base/version.h"
#include "emit/object_sql.h"
#include "emit/report.h"
#include "emit/sql_defs.h"
#include "plan/graph.h"

namespace pgdrift {

using namespace catalog;

namespace {
// How a column is created: inside its table's CREATE TABLE (merged), there without its default
// (set when the functions it calls exist), or added later (its type or generation expression
// needs objects that come after the table).
enum class ColumnPlace { Merged, DefaultLater, Later };

bool created_before_tables(ObjectKind k) {
  switch (k) {
    case ObjectKind::Schema: case ObjectKind::Extension: case ObjectKind::Server: case ObjectKind::Enum:
    case ObjectKind::Domain: case ObjectKind::Composite: case ObjectKind::Range: case ObjectKind::Sequence:
      return true;
    default: return false;
  }
}

struct Layout {
  const Plan& plan;
  std::map<const Table*, size_t> table_step;
  std::vector<ColumnPlace> place;  // per step (Merged for steps that are not columns)
  std::vector<GraphNode> nodes;

  explicit Layout(const Plan& p) : plan(p), place(p.steps.size(), ColumnPlace::Merged), nodes(p.steps.size()) {
    for (size_t i = 0; i < p.steps.size(); ++i)
      if (const Table* t = p.steps[i].object.as<Table>()) table_step[t] = i;
    for (size_t i = 0; i < p.steps.size(); ++i) place[i] = column_place(i);
    build_nodes();
  }

  const Step& step(int number) const { return plan.steps[static_cast<size_t>(number - 1)]; }

  ColumnPlace column_place(size_t i) const {
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

  // A merged column's step is its table's: its edges become the table's.
  size_t node_of(size_t i) const {
    const Step& s = plan.steps[i];
    if (s.object.as<Column>() && place[i] != ColumnPlace::Later) return table_step.at(s.object.table());
    return i;
  }

  void build_nodes() {
    for (size_t i = 0; i < plan.steps.size(); ++i) {
      const Step& s = plan.steps[i];
      size_t to = node_of(i);
      nodes[i].phase = s.phase;
      nodes[i].rank = static_cast<int>(i);
      if (to != i) nodes[i].after.push_back(to);  // the merged column: nothing of its own
      for (int n : s.after) {
        size_t from = node_of(static_cast<size_t>(n - 1));
        if (from != to) nodes[to].after.push_back(from);
      }
    }
  }
};

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
  std::string out = create_table_sql(cat, t) + ";\n" + comment_sql((t.foreign_server.empty() ? "TABLE " : "FOREIGN TABLE ") + id, t.comment);
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
  return "ALTER TABLE " + id + " ADD COLUMN " + column_definition_sql(cat, t, c) + ";\n" +
         comment_sql("COLUMN " + id + "." + quote_ident(c.name), c.comment);
}

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
    else if constexpr (std::is_same_v<T, Trigger>) return part_sql(rel, "TRIGGER", o.name, o);
    else if constexpr (std::is_same_v<T, Rule>) return part_sql(rel, "RULE", o.name, o);
    else if constexpr (std::is_same_v<T, Policy>) return policy_sql(rel, o.name, o);
    else if constexpr (std::is_same_v<T, View>) return view_create_sql(o);
    else if constexpr (std::is_same_v<T, Publication>) return publication_sql(o);
    else return "";  // columns above; privileges, default privileges and owners: acl_sql
  });
}

// "TABLE public.v" -> the ALTER command for its owner: views, materialized views, procedures
// and domains each have their own.
std::string alter_target(const Catalog& cat, const std::string& object) {
  size_t sp = object.find(' ');
  std::string kind = object.substr(0, sp), name = object.substr(sp + 1);
  for (const auto& [k, v] : cat.views)
    if (kind == "TABLE" && key_text(k) == name) return (v.materialized ? "MATERIALIZED VIEW " : "VIEW ") + name;
  for (const auto& [k, d] : cat.domains)
    if (kind == "TYPE" && key_text(k) == name) return "DOMAIN " + name;
  if (kind == "FUNCTION") return "ROUTINE " + name;
  return object;
}

std::string grant_object(const std::string& object) {
  return object.rfind("FUNCTION ", 0) == 0 ? "ROUTINE " + object.substr(9) : object;
}

// A built-in default revoked FOR ROLE someone: default_grants lacks it whoever revoked it.
bool revoked_for_a_role(const Catalog& cat, const DefaultGrant& b) {
  for (const DefaultGrant& r : cat.revoked_builtins.value)
    if (r.kind == b.kind && r.privilege == b.privilege) return true;
  return false;
}

// Owners, privileges and default privileges as the source leaves them (after every object, so
// default privileges do not add to what the grants below state).
std::string acl_sql(const Catalog& cat) {
  std::string out;
  for (const auto& [object, role] : cat.owners.value) {
    if (object == "SCHEMA public" && role == "pg_database_owner") continue;  // as every database has it
    out += "ALTER " + alter_target(cat, object) + " OWNER TO " + quote_ident(role) + ";\n";
  }
  for (const std::string& object : acl_objects(cat))
    for (const Grant& b : builtin_grants(object))
      if (!cat.grants.value.count(b)) out += "REVOKE " + b.privilege + " ON " + grant_object(object) + " FROM PUBLIC;\n";
  for (const Grant& g : cat.grants.value) {
    std::vector<Grant> builtin = builtin_grants(g.object);
    if (std::find(builtin.begin(), builtin.end(), g) != builtin.end()) continue;
    out += "GRANT " + g.privilege + (g.column.empty() ? "" : " (" + quote_ident(g.column) + ")") + " ON " + grant_object(g.object) +
           " TO " + (g.grantee == "PUBLIC" ? g.grantee : quote_ident(g.grantee)) + (g.grant_option ? " WITH GRANT OPTION" : "") + ";\n";
  }
  auto defaults = [](const DefaultGrant& d) {
    return "ALTER DEFAULT PRIVILEGES" + (d.role.empty() ? "" : " FOR ROLE " + quote_ident(d.role)) +
           (d.schema.empty() ? "" : " IN SCHEMA " + quote_ident(d.schema));
  };
  for (const DefaultGrant& d : cat.revoked_builtins.value)
    out += defaults(d) + " REVOKE " + d.privilege + " ON " + default_grant_kind_sql(d.kind) + " FROM PUBLIC;\n";
  for (const DefaultGrant& b : {DefaultGrant{"", "", 'f', "PUBLIC", "EXECUTE", false}, DefaultGrant{"", "", 'T', "PUBLIC", "USAGE", false}})
    if (!cat.default_grants.value.count(b) && !revoked_for_a_role(cat, b)) out += defaults(b) + " REVOKE " + b.privilege + " ON " + default_grant_kind_sql(b.kind) + " FROM PUBLIC;\n";
  for (const DefaultGrant& d : cat.default_grants.value) {
    bool builtin = d.role.empty() && d.schema.empty() && d.grantee == "PUBLIC" && !d.grant_option &&
                   ((d.kind == 'f' && d.privilege == "EXECUTE") || (d.kind == 'T' && d.privilege == "USAGE"));
    if (builtin) continue;  // PostgreSQL's own defaults
    out += defaults(d) + " GRANT " + d.privilege + " ON " + default_grant_kind_sql(d.kind) + " TO " +
           (d.grantee == "PUBLIC" ? d.grantee : quote_ident(d.grantee)) + (d.grant_option ? " WITH GRANT OPTION" : "") + ";\n";
  }
  return out;
}

std::string replica_identity_sql(const Catalog& cat) {
  std::string out;
  for (const auto& [k, t] : cat.tables) {
    if (!t.foreign_server.empty()) continue;  // a foreign table has none
    std::string id = "ALTER TABLE " + key_text(k) + " REPLICA IDENTITY ";
    if (t.replica_identity == 'f') out += id + "FULL;\n";
    if (t.replica_identity == 'n') out += id + "NOTHING;\n";
    if (t.replica_identity == 'i') out += id + "USING INDEX " + quote_ident(t.replica_index) + ";\n";
  }
  return out;
}

std::string commented(const std::string& text) {
  std::string out = "-- ";
  for (char c : text) out += c == '\n' ? std::string("\n-- ") : std::string(1, c);
  return out;
}

// The sequence a serial or identity column takes its values from, or nullptr.
const Sequence* column_sequence(const Catalog& cat, const Table& t, const Column& c) {
  if (c.identity) return identity_sequence_of(cat, t, c.name);
  if (!c.default_expr || !c.default_expr->expr.value) return nullptr;
  std::optional<std::vector<std::string>> name = c.default_expr->expr.value->nextval_sequence();
  if (!name || name->size() < 2) return nullptr;
  auto it = cat.sequences.find({(*name)[name->size() - 2], name->back()});
  return it == cat.sequences.end() ? nullptr : &it->second;
}
}  // namespace

std::string sequence_fix_sql(const Catalog& cat) {
  std::string out;
  for (const auto& [k, t] : cat.tables)
    for (const std::string& n : t.column_order.value) {
      const Column* c = t.column(n);
      const Sequence* q = c ? column_sequence(cat, t, *c) : nullptr;
      if (!q) continue;
      out += "SELECT pg_catalog.setval(" + quote_literal(qualified(q->schema, q->name)) + ", m) FROM (SELECT pg_catalog.max(" +
             quote_ident(n) + ")::bigint AS m FROM " + key_text(k) + ") AS c\n  WHERE m > (SELECT coalesce(last_value, start_value - 1) " +
             "FROM pg_catalog.pg_sequences WHERE schemaname = " + quote_literal(q->schema) + " AND sequencename = " +
             quote_literal(q->name) + " AND increment_by > 0);\n";
    }
  if (out.empty()) return "";
  return "-- Sequences moved past their columns' largest value (never lowered; empty tables and descending\n"
         "-- sequences left alone): rows loaded with explicit ids leave them behind.\n" + out;
}

std::string emit_baseline(const Plan& plan, const Catalog& desired, const BaselineInputs& in) {
  Layout layout(plan);
  std::vector<std::string> names, notes;
  for (const Step& s : plan.steps) names.push_back(s.id);
  std::string body;
  for (size_t i : order_nodes(layout.nodes, names, notes)) body += step_sql(desired, layout, i);
  std::string out;
  if (in.header)
    out = "-- " + std::string(kVersion) + " baseline of " + in.source +
          "\n-- Plain SQL in dependency order: loads into an empty database with psql -v ON_ERROR_STOP=1.\n";
  for (const std::string& n : notes) out += "-- note: " + n + "\n";
  out += "-- Function bodies are checked when they run, as pg_dump's scripts have them: a body may read a\n"
         "-- table created further down.\nSET check_function_bodies = false;\n\n" + body;
  out += replica_identity_sql(desired) + acl_sql(desired);
  out += "RESET check_function_bodies;\n";
  if (!in.run.empty()) {
    out += "\n-- Statements of the source pgdrift does not model, or on objects it references but does not\n"
           "-- define (the platform's), run as written, in their order:\n";
    for (const KeptStatement& k : in.run) out += "-- " + k.where + "\n" + k.text + ";\n";
  }
  if (in.fix_sequences) out += "\n" + sequence_fix_sql(desired);
  if (!in.kept.empty()) {
    out += "\n-- Statements of the source that are not schema (data, jobs), in their order. Not run here: they\n"
           "-- may need rows or objects in an order the baseline does not keep; copy the ones you need.\n";
    for (const KeptStatement& k : in.kept) out += "-- " + k.where + "\n" + commented(k.text) + ";\n";
  }
  if (!in.listed.empty()) {
    out += "\n-- Statements of the source this baseline leaves out (see their warnings):\n";
    for (const std::string& l : in.listed) out += "--   " + l + "\n";
  }
  return out;
}

}  // namespace pgdrift
