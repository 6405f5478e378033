// CREATE [OR REPLACE] RULE.
#include "frontend/lower/lower.h"

namespace pgdrift {

namespace {
const char* event_name(PgQuery__CmdType e) {
  switch (e) {
    case PG_QUERY__CMD_TYPE__CMD_SELECT: return "SELECT";
    case PG_QUERY__CMD_TYPE__CMD_INSERT: return "INSERT";
    case PG_QUERY__CMD_TYPE__CMD_UPDATE: return "UPDATE";
    case PG_QUERY__CMD_TYPE__CMD_DELETE: return "DELETE";
    default: return "";
  }
}
}  // namespace

ast::Node lower_create_rule(PgQuery__RuleStmt* s, LowerContext& ctx) {
  ast::CreateRule r;
  r.name = s->rulename ? s->rulename : "";
  r.relation = qualname_of(s->relation, ctx);
  r.replace = s->replace;
  r.instead = s->instead;
  r.event = event_name(s->event);
  if (r.event.empty()) {
    ctx.warn(DiagKind::unsupported_stmt, -1, "this rule event is not modelled; statement ignored");
    return ast::Unsupported{};
  }
  if (s->where_clause) r.where = ctx.expr(s->where_clause);
  for (size_t i = 0; i < s->n_actions; ++i) r.actions.push_back(ctx.expr(s->actions[i]));
  return r;
}

}  // namespace pgdrift
