// CREATE [OR REPLACE] [RECURSIVE] VIEW and CREATE MATERIALIZED VIEW.
#include <algorithm>

#include "frontend/lower/lower.h"
#include "frontend/source_slice.h"

namespace pgdrift {

namespace {
// The query as written: after the first AS outside parentheses, without a trailing
// WITH [LOCAL | CASCADED] CHECK OPTION or WITH [NO] DATA (pg_get_viewdef prints neither).
std::string query_printed(const LowerContext& ctx) {
  size_t as = slice::keyword(ctx.text, "as", ctx.begin);
  if (as == slice::npos) return "";
  size_t from = slice::token_end(ctx.text, as), to = ctx.text.size();
  for (size_t w = slice::keyword(ctx.text, "with", from); w != slice::npos; w = slice::keyword(ctx.text, "with", w + 4)) {
    size_t next = slice::skip_space(ctx.text, slice::token_end(ctx.text, w));
    for (const char* tail : {"local", "cascaded", "check", "no", "data"})
      if (slice::keyword(ctx.text, tail, next) == next) to = std::min(to, w);
  }
  return slice::trimmed(ctx.text, from, to);
}
}  // namespace

ast::Node lower_create_view(PgQuery__ViewStmt* s, LowerContext& ctx) {
  ast::CreateView v;
  v.name = qualname_of(s->view, ctx);
  v.replace = s->replace;
  v.columns = strings_of(s->aliases, s->n_aliases);
  if (s->query) v.query = ctx.expr(s->query);
  v.options = def_options_of(s->options, s->n_options);
  switch (s->with_check_option) {  // stored as the check_option option, like WITH (check_option=...)
    case PG_QUERY__VIEW_CHECK_OPTION__LOCAL_CHECK_OPTION: v.options.emplace_back("check_option", "local"); break;
    case PG_QUERY__VIEW_CHECK_OPTION__CASCADED_CHECK_OPTION: v.options.emplace_back("check_option", "cascaded"); break;
    default: break;
  }
  if (s->view && s->view->relpersistence && *s->view->relpersistence == 't')
    ctx.warn(DiagKind::ignored_stmt, -1, "temporary view is not part of the schema");
  v.query_printed = query_printed(ctx);
  return v;
}

ast::Node lower_create_matview(PgQuery__CreateTableAsStmt* s, LowerContext& ctx) {
  ast::CreateView v;
  v.materialized = true;
  v.if_not_exists = s->if_not_exists;
  const PgQuery__IntoClause* into = s->into;
  if (into) {
    v.name = qualname_of(into->rel, ctx);
    v.columns = strings_of(into->col_names, into->n_col_names);
    v.options = def_options_of(into->options, into->n_options);
    v.with_no_data = into->skip_data;
    if (into->access_method && *into->access_method) v.access_method = into->access_method;
    if (into->table_space_name && *into->table_space_name)
      ctx.warn(DiagKind::unsupported_clause, -1, "tablespaces are not modelled");
  }
  if (s->query) v.query = ctx.expr(s->query);
  v.query_printed = query_printed(ctx);
  return v;
}

namespace {
ast::TypeRef builtin_type_ref(const char* name) { return ast::TypeRef{{"pg_catalog", name}, {}, {}, false, false, false, {}}; }

// The type of an output column where the expression states it: a cast, or a constant (an
// integer is integer or bigint, a decimal numeric, a quoted string text, as PostgreSQL resolves
// them in CREATE TABLE AS); nullopt otherwise.
std::optional<ast::TypeRef> stated_type(const PgQuery__Node* v, const LowerContext& ctx) {
  if (!v) return std::nullopt;
  if (v->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) return type_ref_of(v->type_cast->type_name, ctx);
  if (v->node_case != PG_QUERY__NODE__NODE_A_CONST || v->a_const->isnull) return std::nullopt;
  switch (v->a_const->val_case) {
    case PG_QUERY__A__CONST__VAL_IVAL: return builtin_type_ref("int4");
    case PG_QUERY__A__CONST__VAL_FVAL: {  // a decimal, or an integer too large for int4
      std::string f = v->a_const->fval->fval ? v->a_const->fval->fval : "";
      bool integral = f.find_first_not_of("0123456789-") == std::string::npos;
      bool int8 = integral && f.size() <= 19 && (f.size() < 19 || f <= "9223372036854775807");
      return builtin_type_ref(int8 ? "int8" : "numeric");
    }
    case PG_QUERY__A__CONST__VAL_SVAL: return builtin_type_ref("text");
    case PG_QUERY__A__CONST__VAL_BOOLVAL: return builtin_type_ref("bool");
    default: return std::nullopt;
  }
}

// The stated types of a plain SELECT's output columns; empty when the output cannot be told
// column by column (*, UNION, VALUES).
std::vector<std::optional<ast::TypeRef>> stated_types(const PgQuery__SelectStmt* q, const LowerContext& ctx) {
  std::vector<std::optional<ast::TypeRef>> out;
  if (q->op != PG_QUERY__SET_OPERATION__SETOP_NONE || q->n_values_lists) return out;
  for (size_t i = 0; i < q->n_target_list; ++i) {
    const PgQuery__Node* t = q->target_list[i];
    if (t->node_case != PG_QUERY__NODE__NODE_RES_TARGET) return {};
    const PgQuery__Node* v = t->res_target->val;
    if (v && v->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
      const PgQuery__ColumnRef* c = v->column_ref;
      if (c->n_fields && c->fields[c->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR) return {};
    }
    out.push_back(stated_type(v, ctx));
  }
  return out;
}
}  // namespace

// CREATE TABLE ... AS SELECT: a table whose column names come from the query. Their types would
// need PostgreSQL's type inference: a column's type is known where the query states it (a cast,
// a constant), and compared then; the others are not (normalization.md).
ast::Node lower_create_table_as(PgQuery__CreateTableAsStmt* s, LowerContext& ctx) {
  const PgQuery__IntoClause* into = s->into;
  if (!into || !into->rel || !s->query || s->query->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) {
    ctx.warn(DiagKind::unsupported_stmt, -1, "this form of CREATE TABLE AS is not modelled; statement ignored");
    return ast::Unsupported{};
  }
  if (into->rel->relpersistence && *into->rel->relpersistence == 't') {
    ctx.warn(DiagKind::ignored_stmt, -1, "temporary table is not part of the schema");
    return ast::Ignored{ast::IgnoredWhy::NotSchema};
  }
  ast::CreateTable t;
  t.name = qualname_of(into->rel, ctx);
  t.if_not_exists = s->if_not_exists;
  t.unlogged = into->rel->relpersistence && *into->rel->relpersistence == 'u';
  t.as_query = ctx.expr(s->query);
  t.as_columns = strings_of(into->col_names, into->n_col_names);
  t.as_types = stated_types(s->query->select_stmt, ctx);
  bool all_known = !t.as_types.empty() && std::all_of(t.as_types.begin(), t.as_types.end(), [](const auto& x) { return x.has_value(); });
  if (!all_known) ctx.warn(DiagKind::unsupported_clause, -1, "CREATE TABLE AS: the types of columns computed by the query are not compared");
  return t;
}

}  // namespace pgdrift
