// CREATE OPERATOR, and the (left, right) argument types DROP / COMMENT ON OPERATOR name.
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_create_operator(PgQuery__DefineStmt* s, LowerContext& ctx) {
  ast::CreateOperator o;
  o.name = qualname_of_list(strings_of(s->defnames, s->n_defnames), ctx.stmt_span);
  for (size_t i = 0; i < s->n_definition; ++i) {
    if (s->definition[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = s->definition[i]->def_elem;
    std::string name = lower_ascii(d->defname ? d->defname : "");
    const PgQuery__Node* a = d->arg;
    if (name == "leftarg" && a && a->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) o.left = type_ref_of(a->type_name, ctx);
    else if (name == "rightarg" && a && a->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) o.right = type_ref_of(a->type_name, ctx);
    else if (name == "hashes" || name == "merges") o.flags.push_back(name);
    else if (a && a->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) o.names[name] = strings_of(a->type_name->names, a->type_name->n_names);
    else if (a && a->node_case == PG_QUERY__NODE__NODE_LIST) o.names[name] = strings_of(a->list->items, a->list->n_items);
    else if (a) o.names[name] = {str_of(a)};
  }
  return o;
}

std::optional<ast::OperatorSig> operator_sig_of(const PgQuery__Node* n, const LowerContext& ctx) {
  if (!n || n->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) return std::nullopt;
  const PgQuery__ObjectWithArgs* o = n->object_with_args;
  ast::OperatorSig sig;
  sig.name = qualname_of_list(strings_of(o->objname, o->n_objname), ctx.stmt_span);
  if (o->n_objargs != 2) return std::nullopt;
  if (o->objargs[0]->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) sig.left = type_ref_of(o->objargs[0]->type_name, ctx);
  if (o->objargs[1]->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) sig.right = type_ref_of(o->objargs[1]->type_name, ctx);
  return sig;
}

}  // namespace pgdrift
