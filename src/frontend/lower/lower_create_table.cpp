// CREATE TABLE.
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_create_table(PgQuery__CreateStmt* s, LowerContext& ctx) {
  ast::CreateTable t;
  t.name = qualname_of(s->relation, ctx);
  t.if_not_exists = s->if_not_exists;
  const char* persistence = s->relation ? s->relation->relpersistence : nullptr;
  t.unlogged = persistence && *persistence == 'u';
  if (persistence && *persistence == 't') {
    ctx.warn(DiagKind::ignored_stmt, -1, "temporary table is not part of the schema");
    return ast::Ignored{ast::IgnoredWhy::NotSchema};
  }
  if (s->partbound || s->partspec || s->n_inh_relations || s->of_typename) {
    ctx.warn(DiagKind::unsupported_stmt, -1,
             "partitioned, inherited and typed tables are not modelled yet; statement ignored");
    return ast::Unsupported{};
  }
  if (s->n_options)
    ctx.warn(DiagKind::unsupported_clause, -1, "table storage parameters (WITH ...) are not modelled");
  for (size_t i = 0; i < s->n_table_elts; ++i) {
    PgQuery__Node* e = s->table_elts[i];
    switch (e->node_case) {
      case PG_QUERY__NODE__NODE_COLUMN_DEF:
        t.columns.push_back(column_def_of(e->column_def, ctx));
        break;
      case PG_QUERY__NODE__NODE_CONSTRAINT:
        t.constraints.push_back(constraint_of(e->constraint, ctx));
        break;
      case PG_QUERY__NODE__NODE_TABLE_LIKE_CLAUSE:
        ctx.warn(DiagKind::unsupported_clause, e->table_like_clause->relation->location,
                 "LIKE clause is not modelled; its columns are missing");
        break;
      default:
        ctx.warn(DiagKind::unsupported_clause, -1, "table element is not modelled");
        break;
    }
  }
  for (size_t i = 0; i < s->n_constraints; ++i)
    if (s->constraints[i]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
      t.constraints.push_back(constraint_of(s->constraints[i]->constraint, ctx));
  return t;
}

}  // namespace pgdrift
