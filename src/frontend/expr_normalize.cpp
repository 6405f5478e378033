#include "frontend/expr_normalize.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "base/sql_ident.h"
#include "frontend/expr_walk.h"
#include "frontend/literal_canon.h"
#include "frontend/tree_build.h"

namespace pgdrift {

namespace {

bool is_const_like(const PgQuery__Node* n) {
  if (!n) return false;
  if (n->node_case == PG_QUERY__NODE__NODE_A_CONST) return true;
  if (n->node_case != PG_QUERY__NODE__NODE_A_ARRAY_EXPR) return false;
  for (size_t i = 0; i < n->a_array_expr->n_elements; ++i)
    if (!is_const_like(n->a_array_expr->elements[i])) return false;
  return true;
}

struct Normalizer {
  Arena& arena;
  const ExprResolver& resolver;
  bool canonical;
  bool query;  // a view's query: qualifiers and output names are kept (query_canon.cpp set them)

  void run(PgQuery__Node*& n);
  void type_name(PgQuery__TypeName* t);
  void cast(PgQuery__Node*& n);
  void parenthesize(PgQuery__Node*& slot);
  void indirection(PgQuery__AIndirection* ind);
  void a_expr(PgQuery__Node*& n);
  void func_call(PgQuery__Node* n);
  void a_const(PgQuery__Node* n);
  void set_number(PgQuery__AConst* c, const std::string& text);
  void bool_literal(PgQuery__AConst* c, bool any_spelling);
  void flatten_bool(PgQuery__Node* n);
  void column_ref(PgQuery__Node* n);
  static void sort_by(PgQuery__SortBy* s);
  void typed_literal(PgQuery__TypeCast* tc, const std::vector<std::string>& tname);
  void regconfig_literal(PgQuery__Node* arg);
};

// A text search configuration's name in a literal, as regconfig prints it.
void Normalizer::regconfig_literal(PgQuery__Node* arg) {
  if (!arg || arg->node_case != PG_QUERY__NODE__NODE_A_CONST || arg->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL) return;
  if (std::optional<ResolvedName> c = resolver.text_search_config(split_name_literal(arg->a_const->sval->sval)))
    arg->a_const->sval->sval = arena.strdup(qualified(c->schema, c->name));
}

// Literals stored in their type's output form: money ('1.999' -> '$2.00') and intervals with a
// field ('90'::interval minute -> '01:30:00').
void Normalizer::typed_literal(PgQuery__TypeCast* tc, const std::vector<std::string>& tname) {
  if (!tc->arg || tc->arg->node_case != PG_QUERY__NODE__NODE_A_CONST || tname.size() != 2) return;
  PgQuery__AConst* c = tc->arg->a_const;
  std::string text;
  switch (c->val_case) {
    case PG_QUERY__A__CONST__VAL_SVAL: text = c->sval->sval; break;
    case PG_QUERY__A__CONST__VAL_IVAL: text = std::to_string(c->ival->ival); break;
    case PG_QUERY__A__CONST__VAL_FVAL: text = c->fval->fval; break;
    default: return;
  }
  std::optional<std::string> out;
  if (tname[1] == "money") out = canonical_money(text);
  if (tname[1] == "interval" && tc->type_name->n_typmods >= 1 && tc->type_name->typmods[0]->node_case == PG_QUERY__NODE__NODE_A_CONST &&
      tc->type_name->typmods[0]->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL)
    out = interval_with_field(text, tc->type_name->typmods[0]->a_const->ival->ival);
  if (!out) return;
  PgQuery__String init = PG_QUERY__STRING__INIT;
  c->val_case = PG_QUERY__A__CONST__VAL_SVAL;
  c->sval = arena.make(init);
  c->sval->sval = arena.strdup(*out);
}

// ASC, NULLS LAST after ASC, NULLS FIRST after DESC and USING < are the defaults PostgreSQL
// does not print.
void Normalizer::sort_by(PgQuery__SortBy* s) {
  if (s->sortby_dir == PG_QUERY__SORT_BY_DIR__SORTBY_USING && s->n_use_op == 1) {
    auto op = string_list(s->use_op, 1);
    if (!op.empty() && (op[0] == "<" || op[0] == ">")) {
      s->sortby_dir = op[0] == "<" ? PG_QUERY__SORT_BY_DIR__SORTBY_DEFAULT : PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
      s->n_use_op = 0;
    }
  }
  if (s->sortby_dir == PG_QUERY__SORT_BY_DIR__SORTBY_ASC) s->sortby_dir = PG_QUERY__SORT_BY_DIR__SORTBY_DEFAULT;
  bool desc = s->sortby_dir == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
  if ((desc && s->sortby_nulls == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST) ||
      (!desc && s->sortby_nulls == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST))
    s->sortby_nulls = PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_DEFAULT;
}

void Normalizer::run(PgQuery__Node*& n) {
  if (!n) return;
  for_each_child_slot(node_message(n), [&](PgQuery__Node*& child) { run(child); });
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_TYPE_CAST: cast(n); break;
    case PG_QUERY__NODE__NODE_A_INDIRECTION: indirection(n->a_indirection); break;
    case PG_QUERY__NODE__NODE_A_EXPR: a_expr(n); break;
    case PG_QUERY__NODE__NODE_FUNC_CALL: func_call(n); break;
    case PG_QUERY__NODE__NODE_A_CONST: if (canonical) a_const(n); break;
    case PG_QUERY__NODE__NODE_BOOL_EXPR: if (canonical) flatten_bool(n); break;
    case PG_QUERY__NODE__NODE_COLUMN_REF: column_ref(n); break;
    case PG_QUERY__NODE__NODE_SELECT_STMT:  // sub-selects: PostgreSQL names every output column
      if (canonical && !query)
        for (size_t i = 0; i < n->select_stmt->n_target_list; ++i)
          if (n->select_stmt->target_list[i]->node_case == PG_QUERY__NODE__NODE_RES_TARGET)
            n->select_stmt->target_list[i]->res_target->name = arena.strdup("");
      break;
    case PG_QUERY__NODE__NODE_RANGE_VAR:  // relations in function bodies: pg_dump qualifies them
      if (canonical && !query) n->range_var->schemaname = arena.strdup("");
      break;
    case PG_QUERY__NODE__NODE_SUB_LINK:  // x = ANY (SELECT ...) is stored and printed as x IN (SELECT ...)
      if (canonical && n->sub_link->sub_link_type == PG_QUERY__SUB_LINK_TYPE__ANY_SUBLINK &&
          string_list(n->sub_link->oper_name, n->sub_link->n_oper_name) == std::vector<std::string>{"="})
        n->sub_link->n_oper_name = 0;
      break;
    case PG_QUERY__NODE__NODE_SORT_BY: if (canonical) sort_by(n->sort_by); break;
    case PG_QUERY__NODE__NODE_CASE_EXPR: {  // CASE without ELSE is stored with ELSE NULL
      PgQuery__Node* d = n->case_expr->defresult;
      if (canonical && d && d->node_case == PG_QUERY__NODE__NODE_A_CONST && d->a_const->isnull) n->case_expr->defresult = nullptr;
      break;
    }
    case PG_QUERY__NODE__NODE_ROW_EXPR:  // (a, b) and ROW(a, b) are the same row
      if (canonical) n->row_expr->row_format = PG_QUERY__COERCION_FORM__COERCE_EXPLICIT_CALL;
      break;
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE: {
      PgQuery__CollateClause* c = n->collate_clause;
      auto names = string_list(c->collname, c->n_collname);
      if (names.size() == 2 && names[0] == "pg_catalog") { c->collname++; c->n_collname--; }
      break;
    }
    default: break;
  }
}

void Normalizer::type_name(PgQuery__TypeName* t) {
  ResolvedName rn = resolver.type(string_list(t->names, t->n_names));
  // libpg_query prints a pg_catalog type's name as it is, unquoted: only plain names (all of
  // PostgreSQL's own) get the prefix; an unknown "Odd name" stays unqualified and quoted.
  bool plain = std::all_of(rn.name.begin(), rn.name.end(),
                           [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
  set_name_list(arena, rn, plain ? "pg_catalog" : nullptr, &t->n_names, &t->names);
  if (t->n_array_bounds > 1) t->n_array_bounds = 1;  // dimensions are not tracked
  for (size_t i = 0; i < t->n_array_bounds; ++i) {
    PgQuery__Node* b = t->array_bounds[i];
    if (b->node_case == PG_QUERY__NODE__NODE_INTEGER) b->integer->ival = -1;
  }
}

// An empty indirection prints its argument in parentheses and parses back to the argument.
void Normalizer::parenthesize(PgQuery__Node*& slot) {
  PgQuery__AIndirection init = PG_QUERY__A__INDIRECTION__INIT;
  PgQuery__Node* wrap = make_node(arena);
  wrap->node_case = PG_QUERY__NODE__NODE_A_INDIRECTION;
  wrap->a_indirection = arena.make(init);
  wrap->a_indirection->arg = slot;
  slot = wrap;
}

// (a AND b).f, (a IS NULL)[1]: the deparser prints a field or subscript right after its
// argument, which binds it to the argument's last operand. It parenthesizes an operator, a cast
// and a row itself; a column, a call or another indirection need none.
void Normalizer::indirection(PgQuery__AIndirection* ind) {
  if (!ind->arg || ind->n_indirection == 0) return;
  switch (ind->arg->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_REF:
    case PG_QUERY__NODE__NODE_FUNC_CALL:
    case PG_QUERY__NODE__NODE_A_INDIRECTION:
    case PG_QUERY__NODE__NODE_A_EXPR:
    case PG_QUERY__NODE__NODE_TYPE_CAST:
    case PG_QUERY__NODE__NODE_ROW_EXPR: return;
    default: parenthesize(ind->arg);
  }
}

void Normalizer::cast(PgQuery__Node*& n) {
  PgQuery__TypeCast* tc = n->type_cast;
  type_name(tc->type_name);
  // (x AT TIME ZONE z)::t: the deparser would print the cast onto z; an empty indirection is
  // printed in parentheses and parsed back to the call itself.
  if (!canonical && tc->arg && tc->arg->node_case == PG_QUERY__NODE__NODE_FUNC_CALL &&
      tc->arg->func_call->funcformat == PG_QUERY__COERCION_FORM__COERCE_SQL_SYNTAX)
    parenthesize(tc->arg);
  auto tname = string_list(tc->type_name->names, tc->type_name->n_names);
  if (!tname.empty() && tname.back() == "regconfig") regconfig_literal(tc->arg);
  if (!canonical) return;
  if (tname.size() == 2 && tname[1] == "bool" && tc->arg && tc->arg->node_case == PG_QUERY__NODE__NODE_A_CONST)
    bool_literal(tc->arg->a_const, true);
  typed_literal(tc, tname);
  if (is_const_like(tc->arg)) { n = tc->arg; return; }
  // ARRAY[...]::t[] where the elements already have the type: PostgreSQL drops the cast.
  if (tc->arg && tc->arg->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR && tc->type_name->n_array_bounds > 0) {
    n = tc->arg;
    return;
  }
  // Casts PostgreSQL adds to columns (varchar -> text, integer -> numeric in arithmetic) are
  // printed like explicit ones, so no column cast takes part in comparison.
  if (tc->arg && tc->arg->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) n = tc->arg;
  // ... and to CURRENT_DATE and its kind (to_char(current_date, ...) reads a timestamptz).
  if (tc->arg && tc->arg->node_case == PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION) { n = tc->arg; return; }
  // The same for operators and function calls whose result PostgreSQL coerces to the numeric or
  // text type a function or operator expects (round(CAST(a * b AS numeric))).
  static const char* kImplicit[] = {"numeric", "int8", "int4", "int2", "float8", "float4", "text", "varchar", "bpchar"};
  if (tc->arg && (tc->arg->node_case == PG_QUERY__NODE__NODE_A_EXPR || tc->arg->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) &&
      tname.size() == 2 && tname[0] == "pg_catalog" && tc->type_name->n_array_bounds == 0 && tc->type_name->n_typmods == 0)
    for (const char* t : kImplicit)
      if (tname[1] == t) { n = tc->arg; return; }
}

void Normalizer::a_expr(PgQuery__Node*& n) {
  PgQuery__AExpr* e = n->a_expr;
  auto names = string_list(e->name, e->n_name);
  // OPERATOR(pg_catalog.=) is =; for comparison, OPERATOR(public.~) of an extension type is ~
  // as well (operators are known by their name, like functions).
  if (names.size() == 2 && (names[0] == "pg_catalog" || canonical)) { e->name++; e->n_name--; }
  if (!canonical || names.empty()) return;
  const std::string& op = names.back();
  auto* list = e->rexpr && e->rexpr->node_case == PG_QUERY__NODE__NODE_LIST ? e->rexpr->list : nullptr;
  switch (e->kind) {
    case PG_QUERY__A__EXPR__KIND__AEXPR_IN: {
      if (!list) return;
      if (list->n_items == 1) {  // x IN (v) is stored as x = v
        e->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
        e->rexpr = list->items[0];
        return;
      }
      PgQuery__AArrayExpr init = PG_QUERY__A__ARRAY_EXPR__INIT;
      PgQuery__Node* arr = make_node(arena);
      arr->node_case = PG_QUERY__NODE__NODE_A_ARRAY_EXPR;
      arr->a_array_expr = arena.make(init);
      arr->a_array_expr->n_elements = list->n_items;
      arr->a_array_expr->elements = list->items;
      e->rexpr = arr;
      e->kind = op == "<>" ? PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL : PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY;
      return;
    }
    case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN:
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN: {
      if (!list || list->n_items != 2) return;
      bool neg = e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN;
      PgQuery__Node* lo = make_op(arena, neg ? "<" : ">=", e->lexpr, list->items[0]);
      PgQuery__Node* hi = make_op(arena, neg ? ">" : "<=", e->lexpr, list->items[1]);
      n = make_bool(arena, neg ? PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR : PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR, lo, hi);
      return;
    }
    case PG_QUERY__A__EXPR__KIND__AEXPR_LIKE:
    case PG_QUERY__A__EXPR__KIND__AEXPR_ILIKE:
      e->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;  // stored as the ~~ family of operators
      return;
    default: return;
  }
}

void Normalizer::func_call(PgQuery__Node* n) {
  PgQuery__FuncCall* f = n->func_call;
  auto written = string_list(f->funcname, f->n_funcname);
  // SQL-syntax functions (TRIM(...), EXTRACT(...), POSITION(...)) are pg_catalog calls that
  // the deparser prints in their SQL form only while they stay qualified.
  if (!canonical && written.size() == 2 && written[0] == "pg_catalog") return;
  // The server keeps whether a call was written in SQL syntax (x AT TIME ZONE z, EXTRACT(...))
  // or as a call (timezone(z, x)) and prints it so: the two compare different.
  bool sql_syntax = f->funcformat == PG_QUERY__COERCION_FORM__COERCE_SQL_SYNTAX;
  if (canonical) f->funcformat = PG_QUERY__COERCION_FORM__COERCE_EXPLICIT_CALL;
  ResolvedName rn = resolver.function(written);
  // to_tsvector('docs', body): the first of two or more arguments is a regconfig
  static const char* kConfigFirst[] = {"to_tsvector", "to_tsquery", "plainto_tsquery", "phraseto_tsquery", "websearch_to_tsquery",
                                       "json_to_tsvector", "jsonb_to_tsvector"};
  if (f->n_args >= 2 && (rn.schema.empty() || rn.schema == "pg_catalog"))
    for (const char* fn : kConfigFirst)
      if (rn.name == fn) regconfig_literal(f->args[0]);
  // Functions are not modelled yet, so `f()` cannot be told from `public.f()` reliably: for
  // comparison a call is known by its name (see docs/normalization.md).
  if (canonical) rn.schema.clear();
  if (canonical && sql_syntax) rn.name = "sql syntax " + rn.name;
  set_name_list(arena, rn, nullptr, &f->n_funcname, &f->funcname);
  // f(a, VARIADIC ARRAY[b, c]) is how PostgreSQL stores f(a, b, c) for a variadic function.
  if (canonical && f->func_variadic && f->n_args > 0 &&
      f->args[f->n_args - 1]->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR) {
    PgQuery__AArrayExpr* arr = f->args[f->n_args - 1]->a_array_expr;
    size_t total = f->n_args - 1 + arr->n_elements;
    auto** args = static_cast<PgQuery__Node**>(arena.alloc(sizeof(PgQuery__Node*) * (total ? total : 1)));
    std::copy(f->args, f->args + f->n_args - 1, args);
    std::copy(arr->elements, arr->elements + arr->n_elements, args + f->n_args - 1);
    f->args = args;
    f->n_args = total;
    f->func_variadic = false;
  }
  bool seq_fn = rn.schema.empty() && (rn.name == "nextval" || rn.name == "currval" || rn.name == "setval");
  if (!seq_fn || f->n_args == 0) return;
  PgQuery__Node* arg = f->args[0];
  // nextval('s'::text) names the sequence when it runs (PostgreSQL keeps the text, resolved by
  // the search_path of the moment): left as written.
  while (arg && arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) {
    const PgQuery__TypeName* t = arg->type_cast->type_name;
    const PgQuery__Node* last = t && t->n_names ? t->names[t->n_names - 1] : nullptr;
    std::string type = last && last->node_case == PG_QUERY__NODE__NODE_STRING ? last->string->sval : "";
    if (type == "text" || type == "varchar") return;
    arg = arg->type_cast->arg;
  }
  if (!arg || arg->node_case != PG_QUERY__NODE__NODE_A_CONST ||
      arg->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL)
    return;
  ResolvedName rel = resolver.relation(split_name_literal(arg->a_const->sval->sval));
  arg->a_const->sval->sval = arena.strdup(qualified(rel.schema, rel.name));
}

void Normalizer::set_number(PgQuery__AConst* c, const std::string& text) {
  if (is_int_text(text.c_str())) {
    long v = std::strtol(text.c_str(), nullptr, 10);
    if (v >= INT_MIN && v <= INT_MAX) {
      PgQuery__Integer init = PG_QUERY__INTEGER__INIT;
      c->val_case = PG_QUERY__A__CONST__VAL_IVAL;
      c->ival = arena.make(init);
      c->ival->ival = static_cast<int32_t>(v);
      return;
    }
  }
  PgQuery__Float init = PG_QUERY__FLOAT__INIT;
  c->val_case = PG_QUERY__A__CONST__VAL_FVAL;
  c->fval = arena.make(init);
  c->fval->fval = arena.strdup(text);
}

// 'true'/'false' (and with a ::boolean cast every spelling boolin accepts) are booleans.
void Normalizer::bool_literal(PgQuery__AConst* c, bool any_spelling) {
  if (c->isnull || c->val_case != PG_QUERY__A__CONST__VAL_SVAL) return;
  std::string v = c->sval->sval;
  for (char& ch : v) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  bool t = v == "true" || (any_spelling && (v == "t" || v == "yes" || v == "y" || v == "on" || v == "1"));
  bool f = v == "false" || (any_spelling && (v == "f" || v == "no" || v == "n" || v == "off" || v == "0"));
  if (!t && !f) return;
  PgQuery__Boolean init = PG_QUERY__BOOLEAN__INIT;
  c->val_case = PG_QUERY__A__CONST__VAL_BOOLVAL;
  c->boolval = arena.make(init);
  c->boolval->boolval = t;
}


// Literals compare by value where PostgreSQL stores the value: numbers, jsonb, timestamps.
void Normalizer::a_const(PgQuery__Node* n) {
  PgQuery__AConst* c = n->a_const;
  if (c->isnull) return;
  if (c->val_case == PG_QUERY__A__CONST__VAL_FVAL) {
    set_number(c, canonical_numeric(c->fval->fval));
    return;
  }
  if (c->val_case == PG_QUERY__A__CONST__VAL_BSVAL) {
    PgQuery__String init = PG_QUERY__STRING__INIT;
    std::string bits = bits_of(c->bsval->bsval);
    c->val_case = PG_QUERY__A__CONST__VAL_SVAL;
    c->sval = arena.make(init);
    c->sval->sval = arena.strdup(bits);  // and on as a string: '1010' from a dump reads the same
  }
  if (c->val_case != PG_QUERY__A__CONST__VAL_SVAL) return;
  bool_literal(c, false);
  if (c->val_case != PG_QUERY__A__CONST__VAL_SVAL) return;
  const char* s = c->sval->sval;
  if (is_int_text(s) || is_long_int_text(s) || is_decimal_text(s)) {
    set_number(c, s);
  } else if (auto json = canonical_json(s)) {
    c->sval->sval = arena.strdup(*json);
  } else if (auto dt = canonical_datetime(s)) {
    c->sval->sval = arena.strdup(*dt);
  } else if (auto iv = canonical_interval(s)) {
    c->sval->sval = arena.strdup(*iv);
  }
}

void Normalizer::flatten_bool(PgQuery__Node* n) {
  PgQuery__BoolExpr* b = n->bool_expr;
  if (b->boolop == PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR) return;
  std::vector<PgQuery__Node*> args;
  for (size_t i = 0; i < b->n_args; ++i) {
    PgQuery__Node* a = b->args[i];
    if (a->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && a->bool_expr->boolop == b->boolop) {
      for (size_t k = 0; k < a->bool_expr->n_args; ++k) args.push_back(a->bool_expr->args[k]);
    } else {
      args.push_back(a);
    }
  }
  if (args.size() == b->n_args) return;
  auto** arr = static_cast<PgQuery__Node**>(arena.alloc(sizeof(PgQuery__Node*) * args.size()));
  std::copy(args.begin(), args.end(), arr);
  b->args = arr;
  b->n_args = args.size();
}

void Normalizer::column_ref(PgQuery__Node* n) {
  PgQuery__ColumnRef* ref = n->column_ref;
  PgQuery__Node* last = ref->n_fields ? ref->fields[ref->n_fields - 1] : nullptr;
  if (last && last->node_case == PG_QUERY__NODE__NODE_STRING) {
    std::string now = resolver.column_name(last->string->sval);
    if (now != last->string->sval) last->string->sval = arena.strdup(now);
  }
  // OLD.x and NEW.x (trigger WHEN clauses) keep their qualifier: it is part of the meaning.
  bool old_new = ref->n_fields == 2 && ref->fields[0]->node_case == PG_QUERY__NODE__NODE_STRING &&
                 (std::strcmp(ref->fields[0]->string->sval, "old") == 0 || std::strcmp(ref->fields[0]->string->sval, "new") == 0);
  if (canonical && !query && ref->n_fields > 1 && !old_new) {
    ref->fields += ref->n_fields - 1;  // t.col -> col: expressions here see one table
    ref->n_fields = 1;
  }
}

}  // namespace

void normalize_expr(PgQuery__Node*& root, Arena& arena, const ExprResolver& resolver, bool canonical, bool query) {
  Normalizer{arena, resolver, canonical, query}.run(root);
}

}  // namespace pgdrift
