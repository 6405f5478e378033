// CREATE [OR REPLACE] RULE: a rule belongs to its table or view.
#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
void add_refs(Refs& to, const Refs& from) {
  to.functions.insert(to.functions.end(), from.functions.begin(), from.functions.end());
  to.types.insert(to.types.end(), from.types.begin(), from.types.end());
  to.relations.insert(to.relations.end(), from.relations.begin(), from.relations.end());
}
}  // namespace

// The rules of the table or view a statement names; nullptr (warned) when it has neither.
std::map<std::string, Rule>* rules_of(Replayer& r, const ast::QualName& q, bool if_exists) {
  if (!r.find_table(q))
    if (std::optional<Key> v = r.find_view(q)) return &r.cat.views.at(*v).rules;
  Table* t = r.table_or_warn(q, if_exists);
  return t ? &t->rules : nullptr;
}

void replay_create_rule(Replayer& r, const ast::CreateRule& s) {
  std::map<std::string, Rule>* rules = rules_of(r, s.relation, false);
  if (!rules) return;
  auto old = rules->find(s.name);
  if (old != rules->end() && !s.replace) {
    r.warn(DiagKind::duplicate_object, "rule " + quote_ident(s.name) + " already exists; statement ignored");
    return;
  }
  Rule rule;
  rule.name = s.name;
  rule.event = s.event;
  rule.instead = s.instead;
  if (s.where) {
    ExprRefs refs;
    rule.where = s.where->canonical(r);
    rule.where_sql.value = s.where->sql(r, refs);
    add_refs(rule.refs.value, refs_of(refs));
  }
  for (const Expr& a : s.actions) {
    ExprRefs refs;
    std::string sql = a.statement_sql(r, &refs);
    rule.actions += (rule.actions.empty() ? "" : "; ") + a.canonical_statements(r);
    rule.actions_sql.value += (rule.actions_sql.value.empty() ? "" : "; ") + sql;
    add_refs(rule.refs.value, refs_of(refs));
  }
  rule.origin = r.origin();
  if (old != rules->end()) rule.enabled = old->second.enabled, rule.comment = old->second.comment;
  (*rules)[s.name] = std::move(rule);
}

char firing_state(ast::AlterKind k) {
  using ast::AlterKind;
  switch (k) {
    case AlterKind::DisableTrigger: case AlterKind::DisableRule: return 'D';
    case AlterKind::EnableAlwaysTrigger: case AlterKind::EnableAlwaysRule: return 'A';
    case AlterKind::EnableReplicaTrigger: case AlterKind::EnableReplicaRule: return 'R';
    default: return 'O';
  }
}

bool set_rule_state(Replayer& r, std::map<std::string, Rule>& rules, const ast::AlterTableCmd& c) {
  using ast::AlterKind;
  if (c.kind != AlterKind::EnableRule && c.kind != AlterKind::DisableRule && c.kind != AlterKind::EnableAlwaysRule &&
      c.kind != AlterKind::EnableReplicaRule)
    return false;
  auto it = rules.find(c.column);
  if (it == rules.end()) {
    r.warn(DiagKind::unknown_object, "rule " + quote_ident(c.column) + " does not exist; action ignored");
    return true;
  }
  it->second.enabled = firing_state(c.kind);
  return true;
}

}  // namespace pgdrift::catalog
