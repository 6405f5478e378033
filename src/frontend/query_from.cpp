// FROM items of a view's query: relations (schema-qualified, columns from the catalog), CTEs,
// sub-selects, functions, XMLTABLE and joins (USING / NATURAL), each named uniquely across
// query levels as pg_get_viewdef names them.
#include "frontend/expr_walk.h"
#include "frontend/query_scope.h"
#include "frontend/tree_build.h"

namespace pgdrift::query_detail {

std::vector<std::string> names_of(const Cols& c) {
  std::vector<std::string> out;
  if (c)
    for (const Col& col : *c) out.push_back(col.name);
  return out;
}

Cols qualified_by(const std::vector<std::string>& names, const std::string& q) {
  std::vector<Col> out;
  for (const auto& n : names) out.push_back({n, q});
  return out;
}

// Alias column names (t(a, b)) rename the first columns.
void apply_alias_columns(Cols& cols, const PgQuery__Alias* alias) {
  if (!alias || !cols) return;
  auto names = string_list(alias->colnames, alias->n_colnames);
  for (size_t i = 0; i < names.size() && i < cols->size(); ++i) (*cols)[i].name = names[i];
}

PgQuery__Node* column_ref(Arena& a, const std::string& qualifier, const std::string& column) {
  PgQuery__ColumnRef init = PG_QUERY__COLUMN_REF__INIT;
  PgQuery__Node* n = make_node(a);
  n->node_case = PG_QUERY__NODE__NODE_COLUMN_REF;
  n->column_ref = a.make(init);
  if (qualifier.empty()) {
    n->column_ref->fields = make_list(a, {make_string(a, column)});
    n->column_ref->n_fields = 1;
  } else {
    n->column_ref->fields = make_list(a, {make_string(a, qualifier), make_string(a, column)});
    n->column_ref->n_fields = 2;
  }
  return n;
}

PgQuery__Node* star_ref(Arena& a, const std::string& qualifier) {
  PgQuery__AStar sinit = PG_QUERY__A__STAR__INIT;
  PgQuery__Node* star = make_node(a);
  star->node_case = PG_QUERY__NODE__NODE_A_STAR;
  star->a_star = a.make(sinit);
  PgQuery__Node* n = column_ref(a, qualifier, "x");
  n->column_ref->fields[1] = star;
  return n;
}

std::string QueryCanon::unique_name(const std::string& base, const Scope& sc) const {
  if (!sc.uses(base)) return base;
  for (int i = 1;; ++i)
    if (std::string n = base + "_" + std::to_string(i); !sc.uses(n)) return n;
}

// CTE bodies are named after the query that holds them (a recursive CTE's reference to
// itself becomes r_1 when the outer query reads r): a first pass on a copy only learns each
// CTE's columns, the second rewrites the bodies once the outer FROM entries are named.
void QueryCanon::with_clause(PgQuery__WithClause* w, Scope& sc, bool names_only) {
  for (size_t i = 0; w && i < w->n_ctes; ++i) {
    if (w->ctes[i]->node_case != PG_QUERY__NODE__NODE_COMMON_TABLE_EXPR) continue;
    PgQuery__CommonTableExpr* c = w->ctes[i]->common_table_expr;
    auto alias = string_list(c->aliascolnames, c->n_aliascolnames);
    if (w->recursive && !alias.empty() && names_only) sc.ctes[c->ctename] = alias;
    if (!c->ctequery || c->ctequery->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) continue;
    if (!names_only) {
      select(c->ctequery->select_stmt, &sc, {});
      continue;
    }
    size_t entries = sc.entries.size();
    std::vector<std::string> cols = select(clone_node(c->ctequery, a_)->select_stmt, &sc, {});
    sc.entries.resize(entries);
    for (size_t k = 0; k < alias.size() && k < cols.size(); ++k) cols[k] = alias[k];
    sc.ctes[c->ctename] = cols;
  }
}

Cols QueryCanon::range_var(PgQuery__RangeVar* rv, Scope& sc) {
  std::string written = rv->alias ? rv->alias->aliasname : rv->relname;
  std::vector<std::string> names;
  const std::vector<std::string>* cte = (!rv->schemaname || !*rv->schemaname) ? sc.cte(rv->relname) : nullptr;
  bool known = true;
  if (cte) {
    names = *cte;
  } else {
    std::vector<std::string> parts;
    if (rv->schemaname && *rv->schemaname) parts.push_back(rv->schemaname);
    parts.push_back(rv->relname);
    ResolvedName rn = r_.relation(parts);
    rv->schemaname = a_.strdup(rn.schema);
    relations.push_back(rn);
    auto cols = r_.relation_columns(rn);
    known = cols.has_value();
    if (cols) names = *cols;
  }
  std::string printed = unique_name(written, sc);
  if (printed == rv->relname && (!rv->alias || rv->alias->n_colnames == 0)) {
    rv->alias = nullptr;
  } else {
    if (!rv->alias) {
      PgQuery__Alias init = PG_QUERY__ALIAS__INIT;
      rv->alias = a_.make(init);
    }
    rv->alias->aliasname = a_.strdup(printed);
  }
  Cols cols = known ? qualified_by(names, printed) : Cols{};
  apply_alias_columns(cols, rv->alias);
  sc.entries.push_back({written, printed, cols});
  return cols;
}

Cols QueryCanon::range_function(PgQuery__RangeFunction* f, Scope& sc) {
  std::string fname;
  std::optional<std::vector<std::string>> composite;  // a function returning rows of a table type
  for (size_t i = 0; i < f->n_functions; ++i) {
    PgQuery__Node* item = f->functions[i];
    if (item->node_case != PG_QUERY__NODE__NODE_LIST || item->list->n_items == 0) continue;
    expr(item->list->items[0], sc);
    const PgQuery__Node* call = item->list->items[0];
    if (call->node_case == PG_QUERY__NODE__NODE_FUNC_CALL && call->func_call->n_funcname) {
      auto parts = string_list(call->func_call->funcname, call->func_call->n_funcname);
      if (!parts.empty()) fname = parts.back();
      if (f->n_functions == 1) composite = r_.function_columns(parts);
    }
  }
  std::string written = f->alias ? f->alias->aliasname : fname;
  std::string printed = unique_name(written, sc);
  if (f->alias) f->alias->aliasname = a_.strdup(printed);
  Cols cols;
  if (composite && f->n_coldeflist == 0) {
    cols = qualified_by(*composite, printed);
    apply_alias_columns(cols, f->alias);
    if (f->ordinality) cols->push_back({"ordinality", printed});
  } else if (f->alias && f->alias->n_colnames) {
    cols = qualified_by(string_list(f->alias->colnames, f->alias->n_colnames), printed);
  } else if (f->n_functions == 1 && f->n_coldeflist == 0) {  // a scalar function: one column
    cols = qualified_by({written}, printed);
    if (f->ordinality) cols->push_back({"ordinality", printed});
  }
  // PostgreSQL prints every function in FROM with its alias and column names; LATERAL is
  // implied for functions.
  f->lateral = false;
  if (cols) {
    if (!f->alias) {
      PgQuery__Alias init = PG_QUERY__ALIAS__INIT;
      f->alias = a_.make(init);
      f->alias->aliasname = a_.strdup(printed);
    }
    std::vector<PgQuery__Node*> names;
    for (const Col& c : *cols) names.push_back(make_string(a_, c.name));
    f->alias->colnames = make_array(a_, names);
    f->alias->n_colnames = names.size();
  }
  sc.entries.push_back({written, printed, cols});
  return cols;
}

Cols QueryCanon::join(PgQuery__JoinExpr* j, Scope& sc) {
  Cols left = from_item(j->larg, sc), right = from_item(j->rarg, sc);
  std::vector<std::string> using_cols = string_list(j->using_clause, j->n_using_clause);
  if (j->is_natural && left && right) {  // NATURAL is printed as USING (the common columns)
    for (const Col& l : *left)
      for (const Col& r : *right)
        if (l.name == r.name) using_cols.push_back(l.name);
    std::vector<PgQuery__Node*> items;
    for (const auto& c : using_cols) items.push_back(make_string(a_, c));
    j->using_clause = make_array(a_, items);
    j->n_using_clause = items.size();
    j->is_natural = false;
  }
  expr(j->quals, sc);
  if (!left || !right) return Cols{};
  auto find = [](const std::vector<Col>& cols, const std::string& n) -> const Col* {
    for (const Col& c : cols)
      if (c.name == n) return &c;
    return nullptr;
  };
  std::vector<Col> out;
  for (const auto& u : using_cols) {
    const Col* l = find(*left, u);
    const Col* r = find(*right, u);
    std::string q;
    if (j->jointype == PG_QUERY__JOIN_TYPE__JOIN_RIGHT) q = r ? r->qualifier : "";
    else if (j->jointype != PG_QUERY__JOIN_TYPE__JOIN_FULL) q = l ? l->qualifier : "";
    out.push_back({u, q});
  }
  auto is_using = [&](const std::string& n) { return find(out, n) != nullptr; };
  for (const Col& c : *left)
    if (!is_using(c.name)) out.push_back(c);
  for (const Col& c : *right)
    if (!is_using(c.name)) out.push_back(c);
  if (j->alias) {
    Cols aliased = qualified_by(names_of(out), j->alias->aliasname);
    apply_alias_columns(aliased, j->alias);
    sc.entries.push_back({j->alias->aliasname, j->alias->aliasname, aliased});
    return aliased;
  }
  return out;
}

Cols QueryCanon::from_item(PgQuery__Node* n, Scope& sc) {
  if (!n) return Cols{};
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_RANGE_VAR: return range_var(n->range_var, sc);
    case PG_QUERY__NODE__NODE_RANGE_FUNCTION: return range_function(n->range_function, sc);
    case PG_QUERY__NODE__NODE_JOIN_EXPR: return join(n->join_expr, sc);
    case PG_QUERY__NODE__NODE_RANGE_TABLE_FUNC: {  // XMLTABLE(...) alias: its COLUMNS
      PgQuery__RangeTableFunc* t = n->range_table_func;
      t->lateral = false;  // implied, and printed by PostgreSQL
      expr(t->docexpr, sc);
      expr(t->rowexpr, sc);
      std::vector<std::string> names;
      for (size_t i = 0; i < t->n_columns; ++i)
        if (t->columns[i]->node_case == PG_QUERY__NODE__NODE_RANGE_TABLE_FUNC_COL) {
          names.push_back(t->columns[i]->range_table_func_col->colname);
          expr(t->columns[i]->range_table_func_col->colexpr, sc);
        }
      std::string written = t->alias ? t->alias->aliasname : "xmltable";
      std::string printed = unique_name(written, sc);
      if (t->alias) t->alias->aliasname = a_.strdup(printed);
      Cols cols = qualified_by(names, printed);
      sc.entries.push_back({written, printed, cols});
      return cols;
    }
    case PG_QUERY__NODE__NODE_RANGE_SUBSELECT: {
      PgQuery__RangeSubselect* r = n->range_subselect;
      std::vector<std::string> names;
      if (r->subquery && r->subquery->node_case == PG_QUERY__NODE__NODE_SELECT_STMT)
        names = select(r->subquery->select_stmt, r->lateral ? &sc : sc.parent, {});
      std::string written = r->alias ? r->alias->aliasname : "unnamed_subquery";
      std::string printed = unique_name(written, sc);
      if (r->alias) r->alias->aliasname = a_.strdup(printed);
      Cols cols = qualified_by(names, printed);
      apply_alias_columns(cols, r->alias);
      sc.entries.push_back({written, printed, cols});
      return cols;
    }
    default: expr(n, sc); return Cols{};
  }
}

}  // namespace pgdrift::query_detail
