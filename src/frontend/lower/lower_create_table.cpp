// CREATE TABLE.
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::PartitionSpec partition_spec_of(const PgQuery__PartitionSpec* p, const LowerContext& ctx) {
  ast::PartitionSpec spec;
  spec.strategy = p->strategy ? p->strategy : "";
  for (size_t i = 0; i < p->n_part_params; ++i) {
    if (p->part_params[i]->node_case != PG_QUERY__NODE__NODE_PARTITION_ELEM) continue;
    const PgQuery__PartitionElem* e = p->part_params[i]->partition_elem;
    ast::PartitionKey k;
    if (e->name && *e->name) k.column = e->name;
    if (e->expr) k.expr = ctx.expr(e->expr);
    k.collation = strings_of(e->collation, e->n_collation);
    k.opclass = strings_of(e->opclass, e->n_opclass);
    spec.keys.push_back(std::move(k));
  }
  return spec;
}

ast::PartitionBound partition_bound_of(const PgQuery__PartitionBoundSpec* b, const LowerContext& ctx) {
  ast::PartitionBound out;
  out.strategy = b->strategy ? b->strategy : "";
  out.is_default = b->is_default;
  out.modulus = b->modulus;
  out.remainder = b->remainder;
  auto exprs = [&](PgQuery__Node** items, size_t n) {
    std::vector<Expr> v;
    for (size_t i = 0; i < n; ++i) v.push_back(ctx.expr(items[i]));
    return v;
  };
  out.in_values = exprs(b->listdatums, b->n_listdatums);
  out.from = exprs(b->lowerdatums, b->n_lowerdatums);
  out.to = exprs(b->upperdatums, b->n_upperdatums);
  return out;
}

ast::Node lower_create_table(PgQuery__CreateStmt* s, LowerContext& ctx) {
  ast::CreateTable t;
  t.name = qualname_of(s->relation, ctx);
  t.if_not_exists = s->if_not_exists;
  const char* persistence = s->relation ? s->relation->relpersistence : nullptr;
  t.unlogged = persistence && *persistence == 'u';
  if (s->access_method) t.access_method = s->access_method;
  if (persistence && *persistence == 't') {
    ctx.warn(DiagKind::ignored_stmt, -1, "temporary table is not part of the schema");
    return ast::Ignored{ast::IgnoredWhy::NotSchema};
  }
  if (s->of_typename) t.of_type = qualname_of_list(strings_of(s->of_typename->names, s->of_typename->n_names), ctx.stmt_span);
  if (s->partspec) t.partition_by = partition_spec_of(s->partspec, ctx);
  std::vector<ast::QualName> parents;
  for (size_t i = 0; i < s->n_inh_relations; ++i)
    if (s->inh_relations[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
      parents.push_back(qualname_of(s->inh_relations[i]->range_var, ctx));
  if (s->partbound) {
    t.bound = partition_bound_of(s->partbound, ctx);
    if (!parents.empty()) t.partition_of = parents.front();
  } else {
    t.inherits = parents;
  }
  t.options = def_options_of(s->options, s->n_options);
  for (size_t i = 0; i < s->n_table_elts; ++i) {
    PgQuery__Node* e = s->table_elts[i];
    switch (e->node_case) {
      case PG_QUERY__NODE__NODE_COLUMN_DEF:
        t.columns.push_back(column_def_of(e->column_def, ctx));
        break;
      case PG_QUERY__NODE__NODE_CONSTRAINT:
        t.constraints.push_back(constraint_of(e->constraint, ctx));
        break;
      case PG_QUERY__NODE__NODE_TABLE_LIKE_CLAUSE: {
        ast::TableLike like;
        like.source = qualname_of(e->table_like_clause->relation, ctx);
        like.options = e->table_like_clause->options;
        t.likes.emplace_back(t.columns.size(), like);
        break;
      }
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
