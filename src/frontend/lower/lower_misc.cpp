// CREATE SCHEMA, CREATE EXTENSION, SET search_path (and its set_config form), ALTER ... SET SCHEMA.
#include "frontend/lower/lower.h"

#include <cstring>

#include "base/sql_ident.h"
#include "frontend/expr_normalize.h"

namespace pgdrift {

namespace {
std::vector<std::string> split_search_path(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    size_t b = part.find_first_not_of(" \t"), e = part.find_last_not_of(" \t");
    if (b != std::string::npos) {
      auto names = split_name_literal(part.substr(b, e - b + 1));
      if (!names.empty() && !names[0].empty()) out.push_back(names[0]);
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}
}  // namespace

ast::Node lower_create_schema(PgQuery__CreateSchemaStmt* s, LowerContext& ctx) {
  ast::CreateSchema c;
  c.name = s->schemaname ? s->schemaname : "";
  c.if_not_exists = s->if_not_exists;
  if (s->authrole && s->authrole->rolename) c.authorization = s->authrole->rolename;
  if (c.name.empty()) c.name = c.authorization;  // CREATE SCHEMA AUTHORIZATION role
  if (s->n_schema_elts)
    ctx.warn(DiagKind::unsupported_clause, -1, "objects created inside CREATE SCHEMA are not modelled");
  return c;
}

ast::Node lower_create_extension(PgQuery__CreateExtensionStmt* s, LowerContext&) {
  ast::CreateExtension e;
  e.name = s->extname ? s->extname : "";
  e.if_not_exists = s->if_not_exists;
  for (size_t i = 0; i < s->n_options; ++i) {
    if (s->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = s->options[i]->def_elem;
    if (std::strcmp(d->defname, "schema") == 0) e.schema = str_of(d->arg);
    else if (std::strcmp(d->defname, "new_version") == 0) e.version = str_of(d->arg);
  }
  return e;
}

// ALTER EXTENSION name UPDATE [TO version]: the version it states (others are other statements).
ast::Node lower_alter_extension(PgQuery__AlterExtensionStmt* s, LowerContext&) {
  ast::CreateExtension e;
  e.name = s->extname ? s->extname : "";
  e.update = true;
  for (size_t i = 0; i < s->n_options; ++i)
    if (s->options[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM && std::strcmp(s->options[i]->def_elem->defname, "new_version") == 0)
      e.version = str_of(s->options[i]->def_elem->arg);
  return e;
}

ast::Node lower_variable_set(PgQuery__VariableSetStmt* s, LowerContext& ctx) {
  if (s->name && std::strcmp(s->name, "default_table_access_method") == 0)  // where CREATE TABLE puts a table
    return ast::SetTableAccessMethod{s->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE && s->n_args ? str_of(s->args[0]) : ""};
  if (!s->name || std::strcmp(s->name, "search_path") != 0) {
    ctx.warn(DiagKind::ignored_stmt, -1, "set does not change the schema");
    return ast::Ignored{ast::IgnoredWhy::NotSchema};
  }
  ast::SetSearchPath sp;
  if (s->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE) {
    for (size_t i = 0; i < s->n_args; ++i) {
      std::string v = str_of(s->args[i]);
      if (!v.empty()) sp.schemas.push_back(v);
    }
  } else {
    sp.reset = true;
  }
  return sp;
}

// SELECT pg_catalog.set_config('search_path', '...', false) is how pg_dump sets the path.
ast::Node lower_select(PgQuery__SelectStmt* s, LowerContext& ctx) {
  auto not_schema = [&] {
    ctx.warn(DiagKind::ignored_stmt, -1, "select does not change the schema");
    return ast::Ignored{ast::IgnoredWhy::NotSchema};
  };
  if (s->n_target_list != 1 || s->n_from_clause != 0) return not_schema();
  const PgQuery__Node* t = s->target_list[0];
  if (t->node_case != PG_QUERY__NODE__NODE_RES_TARGET || !t->res_target->val ||
      t->res_target->val->node_case != PG_QUERY__NODE__NODE_FUNC_CALL)
    return not_schema();
  const PgQuery__FuncCall* f = t->res_target->val->func_call;
  auto name = strings_of(f->funcname, f->n_funcname);
  if (name.empty() || name.back() != "set_config" || f->n_args < 2 || str_of(f->args[0]) != "search_path")
    return not_schema();
  ast::SetSearchPath sp;
  sp.schemas = split_search_path(str_of(f->args[1]));
  return sp;
}

ast::Node lower_alter_object_schema(PgQuery__AlterObjectSchemaStmt* s, LowerContext& ctx) {
  ast::AlterObjectSchema a;
  a.kind = obj_kind_of(s->object_type);
  a.new_schema = s->newschema ? s->newschema : "";
  a.if_exists = s->missing_ok;
  if (s->relation) {
    a.object = qualname_of(s->relation, ctx);
  } else if (s->object && s->object->node_case == PG_QUERY__NODE__NODE_LIST) {
    a.object = qualname_of_list(strings_of(s->object->list->items, s->object->list->n_items), ctx.stmt_span);
  } else if (s->object && s->object->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
    a.object = qualname_of_list(strings_of(s->object->type_name->names, s->object->type_name->n_names), ctx.stmt_span);
  } else if (s->object && s->object->node_case == PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) {
    a.func = func_sig_of(s->object->object_with_args, ctx);
    a.object = a.func->name;
    return a;
  }
  if (a.kind != ast::ObjKind::Table && a.kind != ast::ObjKind::Sequence && a.kind != ast::ObjKind::Type) {
    ctx.warn(DiagKind::unsupported_stmt, -1, "set schema of this kind of object is not modelled yet; statement ignored");
    return ast::Unsupported{};
  }
  return a;
}

}  // namespace pgdrift
