#include "frontend/query_canon.h"

#include <map>
#include <optional>

#include "frontend/expr_walk.h"
#include "frontend/query_scope.h"
#include "frontend/tree_build.h"

namespace pgdrift::query_detail {

namespace {

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

}  // namespace

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

}  // namespace pgdrift::query_detail

namespace pgdrift {

using namespace query_detail;

namespace {
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
