// CREATE AGGREGATE (the current syntax, and the old one with BASETYPE).
#include "frontend/lower/lower.h"

namespace pgdrift {

namespace {
ast::AggOption option_of(const PgQuery__DefElem* d, const LowerContext& ctx) {
  ast::AggOption o;
  o.name = lower_ascii(d->defname ? d->defname : "");
  const PgQuery__Node* a = d->arg;
  if (!a) o.text = "true";  // FINALFUNC_EXTRA, HYPOTHETICAL
  else if (a->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) o.type = type_ref_of(a->type_name, ctx);
  else if (a->node_case == PG_QUERY__NODE__NODE_LIST) o.type = ast::TypeRef{strings_of(a->list->items, a->list->n_items), {}, {}, false, false, false, {}};
  else o.text = str_of(a);
  return o;
}

ast::FuncParam param_of(const PgQuery__Node* n, const LowerContext& ctx) {
  ast::FuncParam p;
  if (n->node_case == PG_QUERY__NODE__NODE_FUNCTION_PARAMETER) {
    p.name = n->function_parameter->name ? n->function_parameter->name : "";
    p.type = type_ref_of(n->function_parameter->arg_type, ctx);
    if (n->function_parameter->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_VARIADIC) p.mode = 'v';
  } else if (n->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
    p.type = type_ref_of(n->type_name, ctx);
  }
  return p;
}
}  // namespace

ast::Node lower_define(PgQuery__DefineStmt* s, LowerContext& ctx) {
  ast::CreateAggregate a;
  a.name = qualname_of_list(strings_of(s->defnames, s->n_defnames), ctx.stmt_span);
  a.replace = s->replace;
  for (size_t i = 0; i < s->n_definition; ++i)
    if (s->definition[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM) a.options.push_back(option_of(s->definition[i]->def_elem, ctx));
  if (s->oldstyle) {  // CREATE AGGREGATE name (BASETYPE = t, ...): one argument of that type
    for (auto it = a.options.begin(); it != a.options.end(); ++it)
      if (it->name == "basetype" && it->type) {
        if (!(it->type->names.size() == 1 && it->type->names[0] == "any")) a.params.push_back(ast::FuncParam{"", *it->type, 'i', std::nullopt});
        a.options.erase(it);
        break;
      }
    return a;
  }
  // args: (list of parameters, number of direct arguments or -1)
  if (s->n_args >= 1 && s->args[0]->node_case == PG_QUERY__NODE__NODE_LIST) {
    const PgQuery__List* l = s->args[0]->list;
    for (size_t i = 0; i < l->n_items; ++i) a.params.push_back(param_of(l->items[i], ctx));
  }
  if (s->n_args >= 2 && s->args[1]->node_case == PG_QUERY__NODE__NODE_INTEGER) a.direct_args = s->args[1]->integer->ival;
  return a;
}

}  // namespace pgdrift
