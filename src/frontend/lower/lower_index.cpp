// CREATE INDEX.
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_create_index(PgQuery__IndexStmt* s, LowerContext& ctx) {
  ast::CreateIndex ix;
  ix.name = s->idxname ? s->idxname : "";
  ix.table = qualname_of(s->relation, ctx);
  ix.only = s->relation && !s->relation->inh;
  ix.unique = s->unique;
  ix.nulls_not_distinct = s->nulls_not_distinct;
  ix.if_not_exists = s->if_not_exists;
  ix.concurrent = s->concurrent;
  ix.method = s->access_method && *s->access_method ? s->access_method : "btree";
  for (size_t i = 0; i < s->n_index_params; ++i)
    if (s->index_params[i]->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM)
      ix.elems.push_back(index_elem_of(s->index_params[i]->index_elem, ctx));
  for (size_t i = 0; i < s->n_index_including_params; ++i)
    if (s->index_including_params[i]->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM)
      ix.include.push_back(index_elem_of(s->index_including_params[i]->index_elem, ctx));
  if (s->where_clause) ix.where = ctx.expr(s->where_clause);
  for (size_t i = 0; i < s->n_options; ++i) {
    if (s->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = s->options[i]->def_elem;
    ix.options.emplace_back(d->defname, d->arg ? str_of(d->arg) : "true");
  }
  ix.printed = ctx.statement_printed();
  return ix;
}

}  // namespace pgdrift
