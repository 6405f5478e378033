#include "frontend/expr.h"

#include <algorithm>
#include <cstring>

#include "base/sql_ident.h"
#include "frontend/expr_memo.h"
#include "frontend/expr_normalize.h"
#include "frontend/expr_walk.h"
#include "frontend/pg_parse.h"
#include "frontend/query_canon.h"

namespace pgdrift {

namespace {
const PgQuery__Node* as_node(const void* p) { return static_cast<const PgQuery__Node*>(p); }

const PgQuery__Node* strip_casts(const PgQuery__Node* n) {
  while (n && n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) n = n->type_cast->arg;
  return n;
}

std::string string_of(const PgQuery__Node* n) {
  return n && n->node_case == PG_QUERY__NODE__NODE_STRING ? n->string->sval : "";
}

void add_ref(std::vector<ResolvedName>& out, std::string schema, std::string name) {
  if (name.empty() || schema.empty() || schema == "pg_catalog") return;
  ResolvedName r{std::move(schema), std::move(name)};
  for (const ResolvedName& x : out)
    if (x.schema == r.schema && x.name == r.name) return;
  out.push_back(std::move(r));
}

void add_names(std::vector<ResolvedName>& out, PgQuery__Node** names, size_t n) {
  if (n >= 2) add_ref(out, string_of(names[n - 2]), string_of(names[n - 1]));
}

// The user objects a tree whose names were resolved (normalize_expr) names.
ExprRefs collect_refs(PgQuery__Node* root) {
  ExprRefs refs;
  visit_messages(&root->base, [&](ProtobufCMessage* m) {
    if (m->descriptor == &pg_query__func_call__descriptor) {
      auto* f = reinterpret_cast<PgQuery__FuncCall*>(m);
      add_names(refs.functions, f->funcname, f->n_funcname);
      // nextval('seq'), currval, setval: the literal names a sequence (a regclass argument)
      std::string fn = f->n_funcname ? string_of(f->funcname[f->n_funcname - 1]) : "";
      const PgQuery__Node* arg = f->n_args ? strip_casts(f->args[0]) : nullptr;
      if ((fn == "nextval" || fn == "currval" || fn == "setval") && arg && arg->node_case == PG_QUERY__NODE__NODE_A_CONST &&
          arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
        std::vector<std::string> parts = split_name_literal(arg->a_const->sval->sval);
        if (parts.size() >= 2) add_ref(refs.relations, parts[parts.size() - 2], parts.back());
      }
    } else if (m->descriptor == &pg_query__type_name__descriptor) {
      auto* t = reinterpret_cast<PgQuery__TypeName*>(m);
      add_names(refs.types, t->names, t->n_names);
    } else if (m->descriptor == &pg_query__range_var__descriptor) {
      auto* r = reinterpret_cast<PgQuery__RangeVar*>(m);
      add_ref(refs.relations, r->schemaname ? r->schemaname : "", r->relname ? r->relname : "");
    } else if (m->descriptor == &pg_query__type_cast__descriptor) {
      auto* c = reinterpret_cast<PgQuery__TypeCast*>(m);
      const PgQuery__TypeName* t = c->type_name;
      bool regclass = t && t->n_names && string_of(t->names[t->n_names - 1]) == "regclass";
      const PgQuery__Node* a = c->arg;
      if (regclass && a && a->node_case == PG_QUERY__NODE__NODE_A_CONST && a->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
        std::vector<std::string> parts = split_name_literal(a->a_const->sval->sval);
        if (parts.size() >= 2) add_ref(refs.relations, parts[parts.size() - 2], parts.back());
      }
    }
  });
  return refs;
}

Printed rewrite_and_deparse(const void* node, const ExprResolver& resolver, PrintRequest request) {
  return memo_print(node, request, resolver, [&](const ExprResolver& r) {
    Arena arena;
    PgQuery__Node* root = clone_node(as_node(node), arena);
    normalize_expr(root, arena, r, request == PrintRequest::canonical);
    Printed out;
    if (request == PrintRequest::sql) out.refs = collect_refs(root);
    out.text = deparse_expr(root);
    return out;
  });
}
}  // namespace

std::string Expr::canonical(const ExprResolver& resolver) const {
  return rewrite_and_deparse(node_, resolver, PrintRequest::canonical).text;
}

std::string Expr::sql(const ExprResolver& resolver) const {
  return rewrite_and_deparse(node_, resolver, PrintRequest::sql).text;
}

std::string Expr::sql(const ExprResolver& resolver, ExprRefs& refs) const {
  Printed p = rewrite_and_deparse(node_, resolver, PrintRequest::sql);
  refs = std::move(p.refs);
  return std::move(p.text);
}

namespace {
std::string deparse_statements(const PgQuery__Node* n) {
  if (!n) return "";
  if (n->node_case == PG_QUERY__NODE__NODE_LIST) {
    std::string out;
    for (size_t i = 0; i < n->list->n_items; ++i) {
      std::string part = deparse_statements(n->list->items[i]);
      if (!part.empty()) out += (out.empty() ? "" : "; ") + part;
    }
    return out;
  }
  if (n->node_case == PG_QUERY__NODE__NODE_RETURN_STMT) return "RETURN " + deparse_expr(n->return_stmt->returnval);
  return deparse_statement(n);
}
}  // namespace

std::string Expr::canonical_statements(const ExprResolver& resolver, ExprRefs* refs) const {
  Arena arena;
  PgQuery__Node* root = clone_node(as_node(node_), arena);
  prepare_statements(root, arena, resolver);
  normalize_expr(root, arena, resolver, true);
  if (refs) *refs = collect_refs(root);
  visit_messages(&root->base, [&](ProtobufCMessage* m) {  // UPDATE/INSERT/DELETE targets too
    if (m->descriptor == &pg_query__range_var__descriptor)
      reinterpret_cast<PgQuery__RangeVar*>(m)->schemaname = arena.strdup("");
  });
  return deparse_statements(root);
}

QueryShape Expr::query(const ExprResolver& resolver, const std::vector<std::string>& column_names) const {
  QueryShape out;
  Arena arena;
  PgQuery__Node* canon = clone_node(as_node(node_), arena);
  const PgQuery__Node* n = as_node(node_);
  bool values = n->node_case == PG_QUERY__NODE__NODE_SELECT_STMT && n->select_stmt->n_values_lists;
  PreparedQuery prepared = prepare_query(canon, arena, resolver, column_names);
  // A VALUES view runs as written (its columns named by the view's column list): PostgreSQL
  // prints it differently from the equivalent SELECT ... FROM (VALUES ...).
  PgQuery__Node* runnable = values ? clone_node(n, arena) : clone_node(canon, arena);
  normalize_expr(canon, arena, resolver, true, true);
  normalize_expr(runnable, arena, resolver, false, true);
  out.canonical = deparse_statement(canon);
  out.sql = deparse_statement(runnable);
  out.refs = collect_refs(runnable);
  out.columns = std::move(prepared.columns);
  out.relations = std::move(prepared.relations);
  return out;
}

std::string Expr::statements_sql() const { return deparse_statements(as_node(node_)); }

std::string Expr::statement_sql(const ExprResolver& resolver, ExprRefs* refs) const {
  Arena arena;
  PgQuery__Node* root = clone_node(as_node(node_), arena);
  normalize_expr(root, arena, resolver, false);
  visit_messages(&root->base, [&](ProtobufCMessage* m) {
    if (m->descriptor != &pg_query__range_var__descriptor) return;
    auto* r = reinterpret_cast<PgQuery__RangeVar*>(m);
    if ((r->schemaname && *r->schemaname) || !r->relname) return;
    ResolvedName q = resolver.relation({r->relname});
    if (!q.schema.empty()) r->schemaname = arena.strdup(q.schema);
  });
  if (refs) *refs = collect_refs(root);
  return deparse_statements(root);
}

std::vector<std::string> Expr::columns() const {
  std::vector<std::string> out;
  visit_tree(const_cast<PgQuery__Node*>(as_node(node_)), [&](PgQuery__Node* n) {
    if (n->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return;
    PgQuery__ColumnRef* ref = n->column_ref;
    if (ref->n_fields == 0) return;
    PgQuery__Node* last = ref->fields[ref->n_fields - 1];
    if (last->node_case == PG_QUERY__NODE__NODE_STRING) out.emplace_back(last->string->sval);
  });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<std::vector<std::string>> Expr::nextval_sequence() const {
  const PgQuery__Node* n = as_node(node_);
  if (n->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return std::nullopt;
  const PgQuery__FuncCall* f = n->func_call;
  if (f->n_funcname == 0 || f->n_args != 1) return std::nullopt;
  const PgQuery__Node* last = f->funcname[f->n_funcname - 1];
  if (last->node_case != PG_QUERY__NODE__NODE_STRING || std::strcmp(last->string->sval, "nextval") != 0)
    return std::nullopt;
  const PgQuery__Node* arg = strip_casts(f->args[0]);
  if (!arg || arg->node_case != PG_QUERY__NODE__NODE_A_CONST ||
      arg->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL)
    return std::nullopt;
  return split_name_literal(arg->a_const->sval->sval);
}

namespace {
std::string figure(const PgQuery__Node* n) {
  if (!n) return "";
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_FUNC_CALL: {
      const PgQuery__FuncCall* f = n->func_call;
      const PgQuery__Node* last = f->n_funcname ? f->funcname[f->n_funcname - 1] : nullptr;
      return last && last->node_case == PG_QUERY__NODE__NODE_STRING ? last->string->sval : "";
    }
    case PG_QUERY__NODE__NODE_COLUMN_REF: {
      const PgQuery__ColumnRef* r = n->column_ref;
      const PgQuery__Node* last = r->n_fields ? r->fields[r->n_fields - 1] : nullptr;
      return last && last->node_case == PG_QUERY__NODE__NODE_STRING ? last->string->sval : "";
    }
    case PG_QUERY__NODE__NODE_TYPE_CAST: {
      std::string inner = figure(n->type_cast->arg);
      const PgQuery__TypeName* t = n->type_cast->type_name;
      if (!inner.empty() || !t || t->n_names == 0) return inner;
      const PgQuery__Node* last = t->names[t->n_names - 1];
      return last->node_case == PG_QUERY__NODE__NODE_STRING ? last->string->sval : "";
    }
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE: return figure(n->collate_clause->arg);
    case PG_QUERY__NODE__NODE_CASE_EXPR: return "case";
    case PG_QUERY__NODE__NODE_COALESCE_EXPR: return "coalesce";
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR: return "array";
    case PG_QUERY__NODE__NODE_ROW_EXPR: return "row";
    case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
      return n->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST ? "greatest" : "least";
    case PG_QUERY__NODE__NODE_A_EXPR:
      return n->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF ? "nullif" : "";
    default: return "";
  }
}
}  // namespace

std::string Expr::figure_colname(const std::string& unknown) const {
  std::string name = figure(as_node(node_));
  return name.empty() ? unknown : name;
}

std::string Expr::as_column() const {
  const PgQuery__Node* n = as_node(node_);
  if (n->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return "";
  const PgQuery__ColumnRef* ref = n->column_ref;
  if (ref->n_fields != 1 || ref->fields[0]->node_case != PG_QUERY__NODE__NODE_STRING) return "";
  return ref->fields[0]->string->sval;
}

}  // namespace pgdrift
