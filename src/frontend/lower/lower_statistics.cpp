// CREATE STATISTICS and ALTER STATISTICS ... SET STATISTICS.
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_create_statistics(PgQuery__CreateStatsStmt* s, LowerContext& ctx) {
  ast::StatisticsStmt st;
  st.name = qualname_of_list(strings_of(s->defnames, s->n_defnames), ctx.stmt_span);
  st.if_not_exists = s->if_not_exists;
  st.kinds = strings_of(s->stat_types, s->n_stat_types);
  if (s->n_relations == 1 && s->relations[0]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) st.table = qualname_of(s->relations[0]->range_var, ctx);
  for (size_t i = 0; i < s->n_exprs; ++i) {
    if (s->exprs[i]->node_case != PG_QUERY__NODE__NODE_STATS_ELEM) continue;
    PgQuery__StatsElem* e = s->exprs[i]->stats_elem;
    ast::StatisticsStmt::Element el;
    if (e->name && *e->name) el.column = e->name;
    else if (e->expr) {
      el.expr = ctx.expr(e->expr);
      el.printed = expression_printed(e->expr, ctx);
    }
    st.elements.push_back(std::move(el));
  }
  return st;
}

ast::Node lower_alter_statistics(PgQuery__AlterStatsStmt* s, LowerContext& ctx) {
  ast::StatisticsStmt st;
  st.name = qualname_of_list(strings_of(s->defnames, s->n_defnames), ctx.stmt_span);
  st.alter = true;
  st.target = s->stxstattarget;
  st.if_not_exists = s->missing_ok;
  return st;
}

}  // namespace pgdrift
