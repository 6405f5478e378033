// Rows of tables and their parts: columns, constraints, indexes, triggers, policies.
#include <algorithm>

#include "base/sql_ident.h"
#include "emit/reconcile_rows.h"
#include "emit/sql_defs.h"

namespace pgdrift::emit_detail {

using namespace catalog;

namespace {
std::string printed_expr(const OptExpr& e) {
  return e && !e->printed.value.empty() ? quote_literal(e->printed.value) : "NULL";
}

std::string num(const Step& s) { return std::to_string(s.number); }

// What the dump printed, as a row value: '=' when it is the definition itself (the script
// states it once), NULL when unknown.
std::string printed_or_same(const std::string& printed, const std::string& definition) {
  return printed == definition ? "'='" : text_or_null(printed);
}
}  // namespace

Row table_row(const Step& s, const Table& t) {
  std::string parents, replica = std::string(1, t.replica_identity);
  std::vector<std::string> inherits;
  for (const Key& k : t.inherits) inherits.push_back(key_text(k));
  if (t.replica_identity == 'i') replica += " " + t.replica_index;
  bool partition = !t.partition_of.second.empty();
  return {"table", {"step", "sch", "name", "unlogged", "partition_by", "partition_of", "bound", "inherits", "of_type", "as_query", "rls",
                    "force_rls", "replica", "comment", "server", "options", "access_method"},
          {num(s), quote_literal(t.schema), quote_literal(t.name), boolean(t.unlogged), text_or_null(t.partition_by),
           partition ? quote_literal(key_text(t.partition_of)) : "NULL", partition ? quote_literal(t.partition_bound) : "NULL",
           text_array(inherits), t.of_type.second.empty() ? "NULL" : quote_literal(key_text(t.of_type)), t.from_query.value ? quote_literal(t.query_sql.value) : "NULL", boolean(t.rls_enabled),
           boolean(t.rls_forced), quote_literal(replica), text_or_null(t.comment),
           t.foreign_server.empty() ? "NULL"
                                     : quote_literal("SERVER " + quote_ident(t.foreign_server) +
                                                     (t.foreign_options.empty() ? "" : " " + fdw_options_sql(t.foreign_options))),
           option_array(t.options), text_or_null(t.access_method)}};
}

Row column_row(const Step& s, const Catalog& desired, const Table& t, const Column& c) {
  const Column* p = printed_source<Column>(s);
  std::string identity_options;
  if (c.identity)
    if (const Sequence* q = identity_sequence_of(desired, t, c.name))
      identity_options = "SEQUENCE NAME " + qualified(q->schema, q->name) + " " + sequence_options_sql(q->params, false);
  return {"column", {"step", "sch", "tab", "name", "type", "type_printed", "coll", "not_null", "default_sql", "default_printed",
                     "identity", "identity_options", "generated_sql", "generated_printed", "comment", "replace", "statistics",
                     "storage", "compression", "options"},
          {num(s), quote_literal(t.schema), quote_literal(t.name), quote_literal(c.name), quote_literal(c.type),
           p && !p->type_printed.value.empty() && p->type_printed.value != c.type ? quote_literal(p->type_printed.value) : "NULL",
           quote_literal(c.collation), boolean(c.not_null),
           c.default_expr && !c.identity ? quote_literal(c.default_expr->sql.value) : "NULL", p ? printed_expr(p->default_expr) : "NULL",
           quote_literal(c.identity ? std::string(1, c.identity) : ""), text_or_null(identity_options),
           c.generated ? quote_literal(c.generated->sql.value) : "NULL", p ? printed_expr(p->generated) : "NULL", text_or_null(c.comment),
           boolean(s.drop_extra_parts), std::to_string(c.statistics), c.storage ? quote_literal(std::string(1, c.storage)) : "NULL",
           quote_literal(c.compression), option_array(c.options)}};
}

Row constraint_row(const Step& s, const Table& t, const Constraint& c) {
  const Constraint* p = printed_source<Constraint>(s);
  Constraint valid = c;
  valid.not_valid = false;
  const char* type = c.type == ConType::PrimaryKey ? "p" : c.type == ConType::Unique ? "u" : c.type == ConType::ForeignKey ? "f"
                     : c.type == ConType::Exclude ? "x" : "c";
  // a foreign key to an external table without a column list cannot be compared
  bool comparable = !(c.type == ConType::ForeignKey && c.ref_columns.empty());
  return {"constraint", {"step", "sch", "tab", "name", "contype", "def", "printed", "comparable", "not_valid", "comment", "release", "clustered"},
          {num(s), quote_literal(t.schema), quote_literal(t.name), quote_literal(c.name), quote_literal(type), quote_literal(valid.definition()),
           printed_or_same(p ? p->printed.value : "", valid.definition()), boolean(comparable), boolean(c.not_valid), text_or_null(c.comment),
           boolean(s.action == StepAction::Release), boolean(c.clustered)}};
}

Row index_row(const Step& s, const Index& ix) {
  const Index* p = printed_source<Index>(s);
  std::string def = ix.definition();
  std::vector<std::string> stats;
  for (const auto& [n, target] : ix.column_statistics) stats.push_back(std::to_string(n) + "=" + std::to_string(target));
  return {"index", {"step", "sch", "name", "tab", "is_unique", "on_only", "tail", "printed", "comment", "release", "clustered", "stats"},
          {num(s), quote_literal(ix.schema), quote_literal(ix.name), quote_literal(ix.table), boolean(ix.unique), boolean(s.only),
           quote_literal(def.substr(def.find(" USING ") + 1)), p ? text_or_null(p->printed.value) : "NULL", text_or_null(ix.comment),
           boolean(s.action == StepAction::Release), boolean(ix.clustered), stats.empty() ? "'{}'" : text_array(stats)}};
}

Row trigger_row(const Step& s, const Key& relation, const Trigger& tr) {
  const Trigger* p = printed_source<Trigger>(s);
  const auto& [schema, name] = relation;
  std::string def = tr.definition(qualified(schema, name));
  return {"trigger", {"step", "sch", "tab", "name", "def", "printed", "enabled", "comment"},
          {num(s), quote_literal(schema), quote_literal(name), quote_literal(tr.name), quote_literal(def),
           printed_or_same(p ? p->printed.value : "", def), quote_literal(std::string(1, tr.enabled)), text_or_null(tr.comment)}};
}

Row rule_row(const Step& s, const Key& relation, const Rule& r) {
  const auto& [schema, name] = relation;
  return {"rule", {"step", "sch", "tab", "name", "def", "enabled", "comment"},
          {num(s), quote_literal(schema), quote_literal(name), quote_literal(r.name), quote_literal(r.definition(qualified(schema, name))),
           quote_literal(std::string(1, r.enabled)), text_or_null(r.comment)}};
}

Row policy_row(const Step& s, const Table& t, const Policy& pol) {
  const Policy* p = printed_source<Policy>(s);
  std::string cmd = pol.cmd == "select" ? "r" : pol.cmd == "insert" ? "a" : pol.cmd == "update" ? "w" : pol.cmd == "delete" ? "d" : "*";
  std::vector<std::string> quoted;
  for (const std::string& r : pol.roles) quoted.push_back(r == "public" ? r : quote_ident(r));
  std::sort(quoted.begin(), quoted.end());
  std::string roles;
  for (const std::string& r : quoted) roles += (roles.empty() ? "" : ", ") + r;
  // printed only when both expressions the policy has were printed by the dump
  bool known = p && (!p->using_expr || !p->using_expr->printed.value.empty()) && (!p->check_expr || !p->check_expr->printed.value.empty());
  return {"policy", {"step", "sch", "tab", "name", "def", "permissive", "cmd", "roles", "printed", "using_printed", "check_printed", "comment"},
          {num(s), quote_literal(t.schema), quote_literal(t.name), quote_literal(pol.name), quote_literal(pol.definition(qualified(t.schema, t.name))),
           boolean(pol.permissive), quote_literal(cmd), quote_literal(roles), boolean(known), known ? printed_expr(p->using_expr) : "NULL",
           known ? printed_expr(p->check_expr) : "NULL", text_or_null(pol.comment)}};
}

std::string sequence_fix_rows(const Catalog& desired) {
  std::string rows;
  for (const auto& [k, t] : desired.tables)
    for (const std::string& n : t.column_order.value) {
      const Column* c = t.column(n);
      bool serial = c && c->default_expr && c->default_expr->expr.value && c->default_expr->expr.value->nextval_sequence();
      if (!c || (!c->identity && !serial)) continue;
      rows += std::string(rows.empty() ? "" : ",\n") + "  (" + quote_literal(t.schema) + "," + quote_literal(t.name) + "," +
              quote_literal(n) + ")";
    }
  return rows.empty() ? "" : "INSERT INTO pg_temp.pgd_seqfix (sch, tab, col) VALUES\n" + rows + ";\n";
}

}  // namespace pgdrift::emit_detail
