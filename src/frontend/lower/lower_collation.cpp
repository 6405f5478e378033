// CREATE COLLATION, with its options or FROM an existing collation.
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_create_collation(PgQuery__DefineStmt* s, LowerContext& ctx) {
  ast::CreateCollation c;
  c.name = qualname_of_list(strings_of(s->defnames, s->n_defnames), ctx.stmt_span);
  c.if_not_exists = s->if_not_exists;
  for (size_t i = 0; i < s->n_definition; ++i) {
    if (s->definition[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = s->definition[i]->def_elem;
    std::string name = lower_ascii(d->defname ? d->defname : "");
    if (name == "from" && d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST)
      c.from = strings_of(d->arg->list->items, d->arg->list->n_items);
    else
      c.options.emplace_back(name, def_word_of(d->arg));
  }
  return c;
}

}  // namespace pgdrift
