// CREATE TRIGGER, CREATE POLICY, ALTER POLICY.
#include "base/sql_ident.h"
#include "frontend/lower/lower.h"
#include "frontend/source_slice.h"

namespace pgdrift {

namespace {
std::vector<std::string> roles_of(PgQuery__Node** items, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_ROLE_SPEC) continue;
    const PgQuery__RoleSpec* r = items[i]->role_spec;
    switch (r->roletype) {
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC: out.push_back("public"); break;
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_USER: out.push_back("current_user"); break;
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_ROLE: out.push_back("current_role"); break;
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_SESSION_USER: out.push_back("session_user"); break;
      default: out.push_back(r->rolename ? r->rolename : ""); break;
    }
  }
  return out;
}

// USING (...) and WITH CHECK (...) as written.
template <class P>
void policy_printed(P& p, const LowerContext& ctx) {
  size_t using_at = slice::keyword(ctx.text, "using", ctx.begin), check_at = slice::keyword(ctx.text, "check", ctx.begin);
  if (p.using_expr && using_at != slice::npos) p.using_printed = slice::paren_inside(ctx.text, using_at);
  if (p.check_expr && check_at != slice::npos) p.check_printed = slice::paren_inside(ctx.text, check_at);
}
}  // namespace

ast::Node lower_create_trigger(PgQuery__CreateTrigStmt* s, LowerContext& ctx) {
  ast::CreateTrigger t;
  t.name = s->trigname ? s->trigname : "";
  t.table = qualname_of(s->relation, ctx);
  t.replace = s->replace;
  t.is_constraint = s->isconstraint;
  if (s->constrrel) t.from_table = qualname_of(s->constrrel, ctx);
  t.row = s->row;
  t.timing = s->timing;
  t.events = s->events;
  t.columns = strings_of(s->columns, s->n_columns);
  if (s->when_clause) t.when = ctx.expr(s->when_clause);
  t.function = strings_of(s->funcname, s->n_funcname);
  t.args = strings_of(s->args, s->n_args);
  t.deferrable = s->deferrable;
  t.initially_deferred = s->initdeferred;
  // Transition tables, OLD first as pg_get_triggerdef prints them.
  for (bool is_new : {false, true})
    for (size_t i = 0; i < s->n_transition_rels; ++i) {
      if (s->transition_rels[i]->node_case != PG_QUERY__NODE__NODE_TRIGGER_TRANSITION) continue;
      const PgQuery__TriggerTransition* tt = s->transition_rels[i]->trigger_transition;
      if (tt->is_new != is_new || !tt->name) continue;
      t.referencing += std::string(t.referencing.empty() ? "" : " ") + (is_new ? "NEW" : "OLD") + " TABLE AS " + quote_ident(tt->name);
    }
  t.printed = ctx.statement_printed();
  return t;
}

ast::Node lower_create_policy(PgQuery__CreatePolicyStmt* s, LowerContext& ctx) {
  ast::CreatePolicy p;
  p.name = s->policy_name ? s->policy_name : "";
  p.table = qualname_of(s->table, ctx);
  if (s->cmd_name && *s->cmd_name) p.cmd = s->cmd_name;
  p.permissive = s->permissive;
  p.roles = roles_of(s->roles, s->n_roles);
  if (s->qual) p.using_expr = ctx.expr(s->qual);
  if (s->with_check) p.check_expr = ctx.expr(s->with_check);
  policy_printed(p, ctx);
  return p;
}

ast::Node lower_alter_policy(PgQuery__AlterPolicyStmt* s, LowerContext& ctx) {
  ast::AlterPolicy p;
  p.name = s->policy_name ? s->policy_name : "";
  p.table = qualname_of(s->table, ctx);
  if (s->n_roles) p.roles = roles_of(s->roles, s->n_roles);
  if (s->qual) p.using_expr = ctx.expr(s->qual);
  if (s->with_check) p.check_expr = ctx.expr(s->with_check);
  policy_printed(p, ctx);
  return p;
}

}  // namespace pgdrift
