// Guards of DO blocks written by people: IF [NOT] EXISTS (SELECT 1 FROM <catalog view> WHERE
// col = 'literal' AND ...) and to_regclass('x') IS [NOT] NULL, mapped to the same guard
// functions the reconciler uses (has_table, has_column, ...). Unknown shapes stay unknown.
#include <cstring>
#include <map>

#include "frontend/lower/lower.h"

namespace pgdrift {

namespace {
using Fields = std::map<std::string, std::string>;

void equalities(const PgQuery__Node* n, Fields& out) {
  if (!n) return;
  if (n->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && n->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR) {
    for (size_t i = 0; i < n->bool_expr->n_args; ++i) equalities(n->bool_expr->args[i], out);
    return;
  }
  if (n->node_case != PG_QUERY__NODE__NODE_A_EXPR || n->a_expr->kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP) return;
  auto op = strings_of(n->a_expr->name, n->a_expr->n_name);
  if (op.empty() || op.back() != "=") return;
  const PgQuery__Node* l = n->a_expr->lexpr;
  const PgQuery__Node* r = n->a_expr->rexpr;
  while (r && r->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) r = r->type_cast->arg;
  while (l && l->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) l = l->type_cast->arg;
  if (l && l->node_case == PG_QUERY__NODE__NODE_A_CONST) std::swap(l, r);
  if (!l || !r || l->node_case != PG_QUERY__NODE__NODE_COLUMN_REF || r->node_case != PG_QUERY__NODE__NODE_A_CONST) return;
  auto cols = strings_of(l->column_ref->fields, l->column_ref->n_fields);
  if (!cols.empty()) out[cols.back()] = str_of(r);
}

std::string get(const Fields& f, const char* k) {
  auto it = f.find(k);
  return it == f.end() ? "" : it->second;
}

// The catalogs of the other kinds: the kind (its registry name) and the column of the name.
struct NamedCatalog {
  const char* relation;
  const char* kind;
  const char* column;
};
constexpr NamedCatalog kNamedCatalogs[] = {
    {"pg_publication", "publication", "pubname"}, {"pg_am", "access_method", "amname"},
    {"pg_language", "language", "lanname"}, {"pg_conversion", "conversion", "conname"},
    {"pg_ts_parser", "text_search_parser", "prsname"}, {"pg_ts_template", "text_search_template", "tmplname"},
    {"pg_ts_dict", "text_search_dictionary", "dictname"}, {"pg_ts_config", "text_search_configuration", "cfgname"},
    {"pg_collation", "collation", "collname"}, {"pg_event_trigger", "event_trigger", "evtname"},
    {"pg_foreign_data_wrapper", "foreign_data_wrapper", "fdwname"}, {"pg_foreign_server", "server", "srvname"},
    {"pg_opclass", "operator_class", "opcname"}, {"pg_opfamily", "operator_family", "opfname"},
    {"pg_statistic_ext", "statistics", "stxname"}, {"pg_rewrite", "rule", "rulename"},
    {"pg_operator", "operator", "oprname"}, {"pg_type", "type", "typname"},
};

// The guard an EXISTS over one catalog relation expresses ("" schema = any schema).
ast::GuardCond exists_guard(const std::string& rel, const Fields& f) {
  ast::GuardCond g;
  for (const NamedCatalog& c : kNamedCatalogs)
    if (rel == c.relation) g = {"has_named", {c.kind, get(f, c.column)}};
  if (rel == "tables" || rel == "pg_tables")
    g = {"has_table", {get(f, "table_schema") + get(f, "schemaname"), get(f, "table_name") + get(f, "tablename")}};
  else if (rel == "columns")
    g = {"has_column", {get(f, "table_schema"), get(f, "table_name"), get(f, "column_name")}};
  else if (rel == "pg_indexes") g = {"has_index", {get(f, "schemaname"), get(f, "indexname")}};
  else if (rel == "pg_class") g = {"has_relation", {"", get(f, "relname")}};
  else if (rel == "pg_constraint") g = {"has_constraint_named", {get(f, "conname")}};
  else if (rel == "table_constraints") g = {"has_constraint_named", {get(f, "constraint_name")}};
  else if (rel == "pg_policies") g = {"has_policy", {get(f, "schemaname"), get(f, "tablename"), get(f, "policyname")}};
  else if (rel == "pg_proc" || rel == "routines") g = {"has_function_named", {get(f, "proname") + get(f, "routine_name")}};
  else if (rel == "pg_namespace" || rel == "schemata") g = {"has_schema", {get(f, "nspname") + get(f, "schema_name")}};
  else if (rel == "pg_extension") g = {"has_extension", {get(f, "extname")}};
  else if (rel == "pg_trigger" || rel == "triggers") g = {"has_trigger_named", {get(f, "tgname") + get(f, "trigger_name")}};
  for (const std::string& a : g.args)
    if (&a != &g.args.front() && a.empty()) return {};  // a name is required; only the schema may be open
  if (!g.args.empty() && g.args.back().empty()) return {};
  return g;
}
}  // namespace

ast::GuardCond catalog_query_guard(const PgQuery__Node* n) {
  bool negated = false;
  if (n && n->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && n->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR &&
      n->bool_expr->n_args == 1) {
    negated = true;
    n = n->bool_expr->args[0];
  }
  if (n && n->node_case == PG_QUERY__NODE__NODE_NULL_TEST && n->null_test->arg &&
      n->null_test->arg->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) {  // to_regclass('s.t') IS [NOT] NULL
    const PgQuery__FuncCall* f = n->null_test->arg->func_call;
    auto name = strings_of(f->funcname, f->n_funcname);
    if (name.empty() || name.back() != "to_regclass" || f->n_args != 1) return {};
    std::string target = str_of(f->args[0]);
    size_t dot = target.find('.');
    ast::GuardCond g{"has_relation", {dot == std::string::npos ? "" : target.substr(0, dot), target.substr(dot + 1)}};
    g.negated = (n->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NULL) != negated;
    return g;
  }
  if (!n || n->node_case != PG_QUERY__NODE__NODE_SUB_LINK || n->sub_link->sub_link_type != PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK ||
      !n->sub_link->subselect || n->sub_link->subselect->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
    return {};
  const PgQuery__SelectStmt* sel = n->sub_link->subselect->select_stmt;
  if (sel->n_from_clause != 1 || sel->from_clause[0]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR) return {};
  Fields fields;
  equalities(sel->where_clause, fields);
  ast::GuardCond g = exists_guard(sel->from_clause[0]->range_var->relname, fields);
  g.negated = negated;
  return g;
}

}  // namespace pgdrift
