// CREATE [OR REPLACE] FUNCTION / PROCEDURE and ALTER FUNCTION.
#include <algorithm>
#include <cstring>

#include "base/number.h"
#include "frontend/lower/lower.h"
#include "frontend/source_slice.h"

namespace pgdrift {

namespace {
char mode_of(PgQuery__FunctionParameterMode m) {
  switch (m) {
    case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT: return 'o';
    case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_INOUT: return 'b';
    case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_VARIADIC: return 'v';
    case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE: return 't';
    default: return 'i';
  }
}

bool bool_arg(const PgQuery__DefElem* d) {
  std::string v = str_of(d->arg);
  return v.empty() || v == "true" || v == "1";
}

// One option of CREATE/ALTER FUNCTION; returns false when it is not an attribute (AS, ...).
bool attr_option(const PgQuery__DefElem* d, ast::FuncAttrs& a, const LowerContext& ctx) {
  std::string n = d->defname;
  if (n == "language") a.language = str_of(d->arg);
  else if (n == "volatility") a.volatility = str_of(d->arg).empty() ? 'v' : str_of(d->arg)[0];
  else if (n == "strict") a.strict = bool_arg(d);
  else if (n == "security") a.security_definer = bool_arg(d);
  else if (n == "leakproof") a.leakproof = bool_arg(d);
  else if (n == "parallel") a.parallel = str_of(d->arg).empty() ? 'u' : str_of(d->arg)[0];
  else if (n == "cost") a.cost = to_double(str_of(d->arg));  // nullopt out of range: PostgreSQL refuses it
  else if (n == "rows") a.rows = to_double(str_of(d->arg));
  else if (n == "set" && d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT &&
           d->arg->variable_set_stmt->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_CURRENT)
    a.set_config.emplace_back(d->arg->variable_set_stmt->name, ast::kFromCurrent);
  else if (n == "set" && d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT) {
    const PgQuery__VariableSetStmt* v = d->arg->variable_set_stmt;
    std::string value;
    for (size_t i = 0; i < v->n_args; ++i) value += (i ? ", " : "") + str_of(v->args[i]);
    a.set_config.emplace_back(v->name ? v->name : "", value);
  } else if (n == "window" || n == "support") {
    ctx.warn(DiagKind::unsupported_clause, d->location, "function option '" + n + "' is not modelled");
  } else {
    return false;
  }
  return true;
}

// The argument list, the result and a SQL-standard body as written (pg_dump prints them with
// pg_get_function_arguments, pg_get_function_result and pg_get_function_sqlbody).
void function_printed(ast::CreateFunction& f, const LowerContext& ctx) {
  std::string_view t = ctx.text;
  size_t kw = slice::keyword(t, f.is_procedure ? "procedure" : "function", ctx.begin);
  if (kw == slice::npos) return;
  size_t open = t.find('(', kw);
  if (open == std::string_view::npos) return;
  f.args_printed = slice::paren_inside(t, open);
  size_t after_args = slice::paren_close(t, open);
  size_t body = std::min(slice::keyword(t, "begin", after_args), slice::keyword(t, "return", after_args));
  if (f.sql_standard_body && body != slice::npos) f.body_printed = slice::trimmed(t, body);
  size_t returns = slice::keyword(t, "returns", after_args);
  if (returns == slice::npos) return;
  size_t from = slice::token_end(t, returns), to = t.size();
  for (const char* w : {"language", "immutable", "stable", "volatile", "strict", "called", "security", "external",
                        "parallel", "cost", "rows", "support", "set", "as", "window", "leakproof", "not", "transform",
                        "begin", "return"})
    to = std::min(to, slice::keyword(t, w, from));
  f.result_printed = slice::trimmed(t, from, to);
}
}  // namespace

ast::FuncSig func_sig_of(const PgQuery__ObjectWithArgs* o, const LowerContext& ctx) {
  ast::FuncSig sig;
  if (!o) return sig;
  sig.name = qualname_of_list(strings_of(o->objname, o->n_objname), ctx.stmt_span);
  sig.args_unspecified = o->args_unspecified;
  for (size_t i = 0; i < o->n_objargs; ++i)
    if (o->objargs[i]->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) sig.arg_types.push_back(type_ref_of(o->objargs[i]->type_name, ctx));
  return sig;
}

ast::Node lower_create_function(PgQuery__CreateFunctionStmt* s, LowerContext& ctx) {
  ast::CreateFunction f;
  f.name = qualname_of_list(strings_of(s->funcname, s->n_funcname), ctx.stmt_span);
  f.is_procedure = s->is_procedure;
  f.replace = s->replace;
  for (size_t i = 0; i < s->n_parameters; ++i) {
    if (s->parameters[i]->node_case != PG_QUERY__NODE__NODE_FUNCTION_PARAMETER) continue;
    const PgQuery__FunctionParameter* p = s->parameters[i]->function_parameter;
    ast::FuncParam fp;
    fp.name = p->name ? p->name : "";
    fp.type = type_ref_of(p->arg_type, ctx);
    fp.mode = mode_of(p->mode);
    if (p->defexpr) fp.default_expr = ctx.expr(p->defexpr);
    f.params.push_back(std::move(fp));
  }
  if (s->return_type) f.returns = type_ref_of(s->return_type, ctx);
  for (size_t i = 0; i < s->n_options; ++i) {
    if (s->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = s->options[i]->def_elem;
    if (std::strcmp(d->defname, "as") == 0) {
      auto parts = d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST
                       ? strings_of(d->arg->list->items, d->arg->list->n_items) : std::vector<std::string>{str_of(d->arg)};
      for (size_t k = 0; k < parts.size(); ++k) f.body += (k ? ", " : "") + parts[k];
    } else if (std::strcmp(d->defname, "transform") == 0 && d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST) {
      for (size_t k = 0; k < d->arg->list->n_items; ++k)
        if (d->arg->list->items[k]->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
          f.transforms.push_back(type_ref_of(d->arg->list->items[k]->type_name, ctx));
    } else if (!attr_option(d, f.attrs, ctx)) {
      ctx.warn(DiagKind::unsupported_clause, d->location, "function option '" + std::string(d->defname) + "' is not modelled");
    }
  }
  if (s->sql_body) {
    f.sql_standard_body = true;
    f.sql_body = ctx.expr(s->sql_body);
  }
  function_printed(f, ctx);
  return f;
}

ast::Node lower_alter_function(PgQuery__AlterFunctionStmt* s, LowerContext& ctx) {
  ast::AlterFunction a;
  a.func = func_sig_of(s->func, ctx);
  for (size_t i = 0; i < s->n_actions; ++i)
    if (s->actions[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM) attr_option(s->actions[i]->def_elem, a.attrs, ctx);
  return a;
}

}  // namespace pgdrift
