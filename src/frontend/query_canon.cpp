#include "frontend/query_canon.h"

#include <map>
#include <optional>

#include "frontend/expr_walk.h"
#include "frontend/tree_build.h"

namespace pgdrift {

namespace {

// One output column of a FROM item and the range table entry name that qualifies it
// ("" for the merged column of a FULL JOIN ... USING, which PostgreSQL prints bare).
struct Col {
  std::string name, qualifier;
};
using Cols = std::optional<std::vector<Col>>;  // nullopt: columns unknown

struct Entry {
  std::string written;  // the name the query uses for it (alias or relation name)
  std::string printed;  // unique across query levels, as pg_get_viewdef prints it
  Cols cols;
};

struct Scope {
  const Scope* parent = nullptr;
  std::vector<Entry> entries;
  std::vector<Cols> items;  // output columns of each top-level FROM item, for unqualified names
  std::map<std::string, std::vector<std::string>> ctes;

  bool uses(const std::string& printed) const {
    for (const Scope* s = this; s; s = s->parent)
      for (const Entry& e : s->entries)
        if (e.printed == printed) return true;
    return false;
  }
  const std::vector<std::string>* cte(const std::string& name) const {
    for (const Scope* s = this; s; s = s->parent)
      if (auto it = s->ctes.find(name); it != s->ctes.end()) return &it->second;
    return nullptr;
  }
};

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

std::optional<int> ordinal_of(const PgQuery__Node* n) {
  if (n && n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL)
    return n->a_const->ival->ival;
  return std::nullopt;
}

std::string bare_name(const PgQuery__Node* n) {
  if (!n || n->node_case != PG_QUERY__NODE__NODE_COLUMN_REF || n->column_ref->n_fields != 1) return "";
  const PgQuery__Node* f = n->column_ref->fields[0];
  return f->node_case == PG_QUERY__NODE__NODE_STRING ? f->string->sval : "";
}

void clear_names(PgQuery__SelectStmt* s) {
  if (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE) {
    if (s->larg) clear_names(s->larg);
    if (s->rarg) clear_names(s->rarg);
    return;
  }
  for (size_t i = 0; i < s->n_target_list; ++i)
    if (s->target_list[i]->node_case == PG_QUERY__NODE__NODE_RES_TARGET) s->target_list[i]->res_target->name = nullptr;
}

class QueryCanon {
 public:
  QueryCanon(Arena& a, const ExprResolver& r) : a_(a), r_(r) {}
  std::vector<std::string> select(PgQuery__SelectStmt* s, const Scope* parent, const std::vector<std::string>& names);
  std::vector<ResolvedName> relations;

 private:
  Arena& a_;
  const ExprResolver& r_;

  std::string unique_name(const std::string& base, const Scope& sc) const;
  void with_clause(PgQuery__WithClause* w, Scope& sc, bool names_only);
  Cols from_item(PgQuery__Node* n, Scope& sc);
  Cols range_var(PgQuery__RangeVar* rv, Scope& sc);
  Cols range_function(PgQuery__RangeFunction* f, Scope& sc);
  Cols join(PgQuery__JoinExpr* j, Scope& sc);
  void targets(PgQuery__SelectStmt* s, Scope& sc, const std::vector<std::string>& names);
  void sort_items(PgQuery__Node** items, size_t n, PgQuery__SelectStmt* s, Scope& sc, bool group);
  void expr(PgQuery__Node*& n, Scope& sc);
  void qualify(PgQuery__Node*& n, const Scope& sc);
};

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

// A column reference made explicit: `c` -> `t.c` (searching enclosing query levels),
// `s.t.c` -> `t.c`, `t` (a whole row) -> `t.*`, names of renamed entries -> their new names.
void QueryCanon::qualify(PgQuery__Node*& n, const Scope& sc) {
  PgQuery__ColumnRef* ref = n->column_ref;
  auto fields = string_list(ref->fields, ref->n_fields);
  if (fields.size() != ref->n_fields || fields.empty()) return;  // t.* handled by targets()
  if (fields.size() >= 2) {
    const std::string& t = fields[fields.size() - 2];
    for (const Scope* s = &sc; s; s = s->parent)
      for (const Entry& e : s->entries)
        if (e.written == t) {
          n = column_ref(a_, e.printed, fields.back());
          return;
        }
    return;
  }
  const std::string& c = fields[0];
  for (const Scope* s = &sc; s; s = s->parent) {
    std::vector<const Col*> hits;
    bool unknown = false;
    for (const Cols& item : s->items) {
      if (!item) { unknown = true; continue; }
      for (const Col& col : *item)
        if (col.name == c) hits.push_back(&col);
    }
    if (!hits.empty()) {
      if (!hits[0]->qualifier.empty()) n = column_ref(a_, hits[0]->qualifier, c);
      return;
    }
    for (const Entry& e : s->entries)
      if (e.written == c && e.cols) {  // a whole-row reference
        n = star_ref(a_, e.printed);
        return;
      }
    if (unknown) {
      if (s->entries.size() == 1) n = column_ref(a_, s->entries[0].printed, c);
      return;
    }
  }
}

void QueryCanon::expr(PgQuery__Node*& n, Scope& sc) {
  if (!n || n->node_case == PG_QUERY__NODE__NODE__NOT_SET) return;
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_REF: qualify(n, sc); return;
    case PG_QUERY__NODE__NODE_SELECT_STMT: select(n->select_stmt, &sc, {}); return;
    default: for_each_child_slot(node_message(n), [&](PgQuery__Node*& child) { expr(child, sc); });
  }
}

// Expands `*` and `t.*`, qualifies and names every output column.
void QueryCanon::targets(PgQuery__SelectStmt* s, Scope& sc, const std::vector<std::string>& names) {
  std::vector<PgQuery__Node*> out;
  for (size_t i = 0; i < s->n_target_list; ++i) {
    PgQuery__Node* item = s->target_list[i];
    PgQuery__ResTarget* t = item->node_case == PG_QUERY__NODE__NODE_RES_TARGET ? item->res_target : nullptr;
    PgQuery__ColumnRef* ref = t && t->val && t->val->node_case == PG_QUERY__NODE__NODE_COLUMN_REF ? t->val->column_ref : nullptr;
    bool star = ref && ref->n_fields && ref->fields[ref->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR;
    if (!star) { out.push_back(item); continue; }
    std::vector<Col> expanded;
    bool known = true;
    if (ref->n_fields == 1) {
      for (const Cols& c : sc.items) {
        if (!c) known = false;
        else expanded.insert(expanded.end(), c->begin(), c->end());
      }
    } else {
      auto qual = string_list(ref->fields, ref->n_fields - 1);
      known = false;
      for (const Entry& e : sc.entries)
        if (!qual.empty() && e.written == qual.back() && e.cols) { expanded = *e.cols; known = true; }
    }
    if (!known) { out.push_back(item); continue; }
    for (const Col& c : expanded) {
      PgQuery__ResTarget init = PG_QUERY__RES_TARGET__INIT;
      PgQuery__Node* rt = make_node(a_);
      rt->node_case = PG_QUERY__NODE__NODE_RES_TARGET;
      rt->res_target = a_.make(init);
      rt->res_target->val = column_ref(a_, c.qualifier, c.name);
      rt->res_target->name = a_.strdup(c.name);
      out.push_back(rt);
    }
  }
  s->target_list = make_array(a_, out);
  s->n_target_list = out.size();
  for (size_t i = 0; i < s->n_target_list; ++i) {
    if (s->target_list[i]->node_case != PG_QUERY__NODE__NODE_RES_TARGET) continue;
    PgQuery__ResTarget* t = s->target_list[i]->res_target;
    std::string name = t->name && *t->name ? t->name : "";
    if (name.empty() && t->val) name = Expr(nullptr, t->val, {}).figure_colname();
    if (name == "expr" && bare_name(t->val) != "expr") name = "?column?";
    if (i < names.size()) name = names[i];
    expr(t->val, sc);
    t->name = a_.strdup(name);
  }
}

// ORDER BY / GROUP BY / DISTINCT ON items: ordinals and output names become the expressions
// (ORDER BY prefers output names, GROUP BY input columns, as PostgreSQL resolves them).
void QueryCanon::sort_items(PgQuery__Node** items, size_t n, PgQuery__SelectStmt* s, Scope& sc, bool group) {
  auto target = [&](size_t k) -> PgQuery__ResTarget* {
    PgQuery__Node* t = k < s->n_target_list ? s->target_list[k] : nullptr;
    return t && t->node_case == PG_QUERY__NODE__NODE_RES_TARGET ? t->res_target : nullptr;
  };
  for (size_t i = 0; i < n; ++i) {
    PgQuery__Node** slot = &items[i];
    if (!*slot) continue;
    if ((*slot)->node_case == PG_QUERY__NODE__NODE_SORT_BY) slot = &(*slot)->sort_by->node;
    if (!*slot || (*slot)->node_case == PG_QUERY__NODE__NODE__NOT_SET) continue;
    if (auto k = ordinal_of(*slot); k && *k >= 1 && target(*k - 1)) {
      *slot = clone_node(target(*k - 1)->val, a_);
      continue;
    }
    std::string name = bare_name(*slot);
    PgQuery__Node* before = *slot;
    if (group) expr(*slot, sc);
    if (!name.empty() && (!group || *slot == before)) {
      bool replaced = false;
      for (size_t k = 0; k < s->n_target_list && !replaced; ++k)
        if (target(k) && target(k)->name && name == target(k)->name) {
          *slot = clone_node(target(k)->val, a_);
          replaced = true;
        }
      if (replaced) continue;
    }
    if (!group) expr(*slot, sc);
  }
}

std::vector<std::string> QueryCanon::select(PgQuery__SelectStmt* s, const Scope* parent,
                                            const std::vector<std::string>& names) {
  Scope sc;
  sc.parent = parent;
  with_clause(s->with_clause, sc, true);
  if (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE) {
    with_clause(s->with_clause, sc, false);
    std::vector<std::string> cols = s->larg ? select(s->larg, &sc, names) : std::vector<std::string>{};
    if (s->rarg) {  // later branches' output names mean nothing
      select(s->rarg, &sc, {});
      clear_names(s->rarg);
    }
    return cols;
  }
  if (s->n_values_lists) {
    size_t width = 0;
    for (size_t i = 0; i < s->n_values_lists; ++i) {
      expr(s->values_lists[i], sc);
      if (s->values_lists[i]->node_case == PG_QUERY__NODE__NODE_LIST) width = s->values_lists[i]->list->n_items;
    }
    std::vector<std::string> cols;
    for (size_t i = 0; i < width; ++i) cols.push_back(i < names.size() ? names[i] : "column" + std::to_string(i + 1));
    return cols;
  }
  for (size_t i = 0; i < s->n_from_clause; ++i) sc.items.push_back(from_item(s->from_clause[i], sc));
  with_clause(s->with_clause, sc, false);
  targets(s, sc, names);
  expr(s->where_clause, sc);
  sort_items(s->group_clause, s->n_group_clause, s, sc, true);
  expr(s->having_clause, sc);
  for (size_t i = 0; i < s->n_window_clause; ++i) expr(s->window_clause[i], sc);
  sort_items(s->sort_clause, s->n_sort_clause, s, sc, false);
  sort_items(s->distinct_clause, s->n_distinct_clause, s, sc, false);
  expr(s->limit_offset, sc);
  expr(s->limit_count, sc);
  std::vector<std::string> cols;
  for (size_t i = 0; i < s->n_target_list; ++i)
    if (s->target_list[i]->node_case == PG_QUERY__NODE__NODE_RES_TARGET) cols.push_back(s->target_list[i]->res_target->name);
  return cols;
}

// A view defined by VALUES is stored as SELECT "*VALUES*".column1 AS a ... FROM (VALUES ...) "*VALUES*".
void wrap_values(PgQuery__Node* select, Arena& a, const std::vector<std::string>& names) {
  PgQuery__SelectStmt* values = select->select_stmt;
  size_t width = values->values_lists[0]->node_case == PG_QUERY__NODE__NODE_LIST ? values->values_lists[0]->list->n_items : 0;
  PgQuery__Node* inner = make_node(a);
  inner->node_case = PG_QUERY__NODE__NODE_SELECT_STMT;
  inner->select_stmt = values;
  PgQuery__Alias ainit = PG_QUERY__ALIAS__INIT;
  PgQuery__RangeSubselect rinit = PG_QUERY__RANGE_SUBSELECT__INIT;
  PgQuery__Node* from = make_node(a);
  from->node_case = PG_QUERY__NODE__NODE_RANGE_SUBSELECT;
  from->range_subselect = a.make(rinit);
  from->range_subselect->subquery = inner;
  from->range_subselect->alias = a.make(ainit);
  from->range_subselect->alias->aliasname = a.strdup("*VALUES*");
  std::vector<PgQuery__Node*> targets;
  for (size_t i = 0; i < width; ++i) {
    PgQuery__ResTarget tinit = PG_QUERY__RES_TARGET__INIT;
    PgQuery__Node* t = make_node(a);
    t->node_case = PG_QUERY__NODE__NODE_RES_TARGET;
    t->res_target = a.make(tinit);
    std::string col = "column" + std::to_string(i + 1);
    t->res_target->val = column_ref(a, "*VALUES*", col);
    t->res_target->name = a.strdup(i < names.size() ? names[i] : col);
    targets.push_back(t);
  }
  PgQuery__SelectStmt sinit = PG_QUERY__SELECT_STMT__INIT;
  PgQuery__SelectStmt* outer = a.make(sinit);
  outer->op = PG_QUERY__SET_OPERATION__SETOP_NONE;
  outer->limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_DEFAULT;
  outer->target_list = make_array(a, targets);
  outer->n_target_list = targets.size();
  outer->from_clause = make_array(a, {from});
  outer->n_from_clause = 1;
  select->select_stmt = outer;
}

}  // namespace

PreparedQuery prepare_query(PgQuery__Node* select, Arena& arena, const ExprResolver& resolver,
                            const std::vector<std::string>& column_names) {
  PreparedQuery out;
  if (!select || select->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return out;
  QueryCanon canon(arena, resolver);
  if (select->select_stmt->n_values_lists && select->select_stmt->op == PG_QUERY__SET_OPERATION__SETOP_NONE)
    wrap_values(select, arena, column_names);
  out.columns = canon.select(select->select_stmt, nullptr, column_names);
  out.relations = std::move(canon.relations);
  return out;
}

}  // namespace pgdrift
