// CREATE DOMAIN, ALTER DOMAIN, CREATE TYPE ... AS (composite), CREATE TYPE ... AS RANGE.
#include <algorithm>
#include <cstring>

#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_create_domain(PgQuery__CreateDomainStmt* s, LowerContext& ctx) {
  ast::CreateDomain d;
  d.name = qualname_of_list(strings_of(s->domainname, s->n_domainname), ctx.stmt_span);
  d.base = type_ref_of(s->type_name, ctx);
  if (s->coll_clause) d.collation = strings_of(s->coll_clause->collname, s->coll_clause->n_collname);
  for (size_t i = 0; i < s->n_constraints; ++i) {
    if (s->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) continue;
    size_t limit = i + 1 < s->n_constraints && s->constraints[i + 1]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT
                       ? static_cast<size_t>(std::max(0, s->constraints[i + 1]->constraint->location))
                       : std::string_view::npos;
    d.constraints.push_back(constraint_of(s->constraints[i]->constraint, ctx, limit));
  }
  return d;
}

ast::Node lower_alter_domain(PgQuery__AlterDomainStmt* s, LowerContext& ctx) {
  ast::AlterDomain a;
  a.name = qualname_of_list(strings_of(s->type_name, s->n_type_name), ctx.stmt_span);
  a.action = s->subtype && *s->subtype ? *s->subtype : 'T';
  a.constraint_name = s->name ? s->name : "";
  a.missing_ok = s->missing_ok;
  if (a.action == 'C' && s->def && s->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
    a.constraint = constraint_of(s->def->constraint, ctx);
  if (a.action == 'T' && s->def) {
    a.default_expr = ctx.expr(s->def);
    a.default_printed = expression_printed(s->def, ctx);
  }
  return a;
}

ast::Node lower_create_composite(PgQuery__CompositeTypeStmt* s, LowerContext& ctx) {
  ast::CreateComposite c;
  c.name = qualname_of(s->typevar, ctx);
  for (size_t i = 0; i < s->n_coldeflist; ++i)
    if (s->coldeflist[i]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
      c.attributes.push_back(column_def_of(s->coldeflist[i]->column_def, ctx));
  return c;
}

ast::Node lower_create_range(PgQuery__CreateRangeStmt* s, LowerContext& ctx) {
  ast::CreateRange r;
  r.name = qualname_of_list(strings_of(s->type_name, s->n_type_name), ctx.stmt_span);
  for (size_t i = 0; i < s->n_params; ++i) {
    if (s->params[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = s->params[i]->def_elem;
    std::string n = d->defname;
    if (n == "subtype" && d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
      r.subtype = type_ref_of(d->arg->type_name, ctx);
    else if (n == "subtype_opclass" && d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST)
      r.subtype_opclass = strings_of(d->arg->list->items, d->arg->list->n_items);
    else if (n == "collation" && d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST)
      r.collation = strings_of(d->arg->list->items, d->arg->list->n_items);
    else if (n == "multirange_type_name") r.multirange_name = str_of(d->arg->node_case == PG_QUERY__NODE__NODE_LIST && d->arg->list->n_items ? d->arg->list->items[d->arg->list->n_items - 1] : d->arg);
    else if (n == "canonical") r.canonical = def_names_of(d->arg);
    else if (n == "subtype_diff") r.subtype_diff = def_names_of(d->arg);
  }
  return r;
}

}  // namespace pgdrift
