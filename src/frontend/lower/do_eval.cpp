// Constant evaluation for DO blocks (do_eval.h): literals, variables, ||, integer arithmetic,
// casts to text and integer types, ARRAY[...] and '{...}' arrays, and the string functions
// dynamic DDL is built with (format, quote_ident, quote_literal, quote_nullable, concat,
// concat_ws, replace, lower/upper of ASCII text, array_to_string), as PostgreSQL 15 computes them.
#include "frontend/lower/do_eval.h"

#include <cstring>

#include "base/number.h"
#include "base/sql_ident.h"
#include "frontend/lower/lower.h"
#include "frontend/pg_parse.h"

namespace pgdrift::do_eval {

namespace {
constexpr size_t kMaxRows = 10000;  // a loop longer than this is not unrolled

using Result = std::optional<Value>;

std::string lower_name(const PgQuery__Node* n) { return n && n->node_case == PG_QUERY__NODE__NODE_STRING ? n->string->sval : ""; }

// '{a,"b c",NULL}' as PostgreSQL's array input reads a one-dimensional text array.
Result array_literal(const std::string& s) {
  if (s.size() < 2 || s.front() != '{' || s.back() != '}') return std::nullopt;
  Value out;
  out.kind = Value::Kind::Array;
  std::string body = s.substr(1, s.size() - 2), item;
  bool quoted = false, any = false, was_quoted = false;
  auto flush = [&] {
    auto first = item.find_first_not_of(' '), last = item.find_last_not_of(' ');
    std::string t = was_quoted ? item : (first == std::string::npos ? "" : item.substr(first, last - first + 1));
    out.items.push_back(!was_quoted && (t == "NULL" || t == "null") ? Value::null() : Value::scalar(t));
    item.clear();
    was_quoted = false;
  };
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\\' && i + 1 < body.size()) { item += body[++i]; continue; }
    if (c == '"') { quoted = !quoted; was_quoted = true; any = true; continue; }
    if (!quoted && (c == '{' || c == '}')) return std::nullopt;  // more than one dimension
    if (!quoted && c == ',') { flush(); continue; }
    item += c;
    any = any || c != ' ';
  }
  if (quoted) return std::nullopt;
  if (any) flush();
  return out;
}

bool is_integer(const std::string& s) {
  size_t i = s.size() > 1 && (s[0] == '-' || s[0] == '+') ? 1 : 0;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// An integer the evaluator computes with: at most 12 characters, so sums and products of two
// stay far inside 64 bits.
std::optional<long long> small_integer(const std::string& s) {
  return is_integer(s) && s.size() <= 12 ? to_int64(s) : std::nullopt;
}

// format(fmt, args...): %s, %I, %L, %% and %n$ positions; widths and flags give up.
Result format(const std::vector<Value>& args) {
  if (args.empty() || args[0].kind != Value::Kind::Scalar) return std::nullopt;
  const std::string& f = args[0].text;
  std::string out;
  size_t next = 1;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] != '%') { out += f[i]; continue; }
    if (++i == f.size()) return std::nullopt;
    if (f[i] == '%') { out += '%'; continue; }
    size_t arg = next;
    if (f[i] >= '1' && f[i] <= '9') {
      size_t j = i, n = 0;
      while (j < f.size() && f[j] >= '0' && f[j] <= '9') n = n * 10 + static_cast<size_t>(f[j++] - '0');
      if (j == f.size() || f[j] != '$') return std::nullopt;
      arg = n, i = j + 1;
      if (i == f.size()) return std::nullopt;
    }
    next = arg + 1;
    if (arg >= args.size()) return std::nullopt;
    const Value& v = args[arg];
    if (v.kind == Value::Kind::Array || v.kind == Value::Kind::Record) return std::nullopt;
    bool null = v.kind == Value::Kind::Null;
    switch (f[i]) {
      case 's': out += null ? "" : v.text; break;
      case 'I': if (null) return std::nullopt; out += quote_ident(v.text); break;
      case 'L': out += null ? "NULL" : quote_literal(v.text); break;
      default: return std::nullopt;
    }
  }
  return Value::scalar(out);
}

bool ascii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

Result call(const std::string& name, const std::vector<Value>& a) {
  auto scalars = [&](size_t n) {
    if (a.size() != n) return false;
    for (const Value& v : a)
      if (v.kind == Value::Kind::Array || v.kind == Value::Kind::Record) return false;
    return true;
  };
  bool any_null = false;
  for (const Value& v : a) any_null = any_null || v.kind == Value::Kind::Null;
  if (name == "format") return format(a);
  if (name == "quote_nullable" && scalars(1)) return Value::scalar(any_null ? "NULL" : quote_literal(a[0].text));
  if ((name == "concat" || name == "concat_ws") && !a.empty()) {
    std::string out;
    bool first = true;
    for (size_t i = name == "concat" ? 0 : 1; i < a.size(); ++i) {
      if (a[i].kind == Value::Kind::Null) continue;
      if (a[i].kind != Value::Kind::Scalar) return std::nullopt;
      if (!first && name == "concat_ws") out += a[0].text;
      out += a[i].text;
      first = false;
    }
    if (name == "concat_ws" && a[0].kind == Value::Kind::Null) return Value::null();
    return Value::scalar(out);
  }
  if (name == "array_to_string" && a.size() == 2 && a[0].kind == Value::Kind::Array && a[1].kind == Value::Kind::Scalar) {
    std::string out;
    bool first = true;
    for (const Value& v : a[0].items) {
      if (v.kind != Value::Kind::Scalar) continue;
      out += (first ? "" : a[1].text) + v.text;
      first = false;
    }
    return Value::scalar(out);
  }
  if (name == "quote_ident" || name == "quote_literal" || name == "lower" || name == "upper") {
    if (!scalars(1)) return std::nullopt;
    if (any_null) return Value::null();
    std::string s = a[0].text;
    if (name == "quote_ident") return Value::scalar(quote_ident(s));
    if (name == "quote_literal") return Value::scalar(quote_literal(s));
    if (!ascii(s)) return std::nullopt;  // PostgreSQL folds by the database's locale
    for (char& c : s) c = static_cast<char>(name == "lower" ? std::tolower(static_cast<unsigned char>(c)) : std::toupper(static_cast<unsigned char>(c)));
    return Value::scalar(s);
  }
  if (name == "replace" && scalars(3)) {
    if (any_null) return Value::null();
    std::string s = a[0].text;
    if (a[1].text.empty()) return Value::scalar(s);
    for (size_t p = s.find(a[1].text); p != std::string::npos; p = s.find(a[1].text, p + a[2].text.size()))
      s.replace(p, a[1].text.size(), a[2].text);
    return Value::scalar(s);
  }
  return std::nullopt;
}

struct Evaluator {
  const Env& env;

  Result node(const PgQuery__Node* n) const;
  Result column(const PgQuery__ColumnRef* c) const;
  Result op(const PgQuery__AExpr* e) const;
  Result cast(const PgQuery__TypeCast* c) const;
  Result function(const PgQuery__FuncCall* f) const;
};

Result Evaluator::node(const PgQuery__Node* n) const {
  if (!n) return std::nullopt;
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_A_CONST: {
      const PgQuery__AConst* c = n->a_const;
      if (c->isnull) return Value::null();
      switch (c->val_case) {
        case PG_QUERY__A__CONST__VAL_SVAL: return Value::scalar(c->sval->sval);
        case PG_QUERY__A__CONST__VAL_IVAL: return Value::scalar(std::to_string(c->ival->ival));
        case PG_QUERY__A__CONST__VAL_FVAL: return Value::scalar(c->fval->fval);
        case PG_QUERY__A__CONST__VAL_BOOLVAL: return Value::scalar(c->boolval->boolval ? "true" : "false");
        default: return std::nullopt;
      }
    }
    case PG_QUERY__NODE__NODE_COLUMN_REF: return column(n->column_ref);
    case PG_QUERY__NODE__NODE_A_EXPR: return op(n->a_expr);
    case PG_QUERY__NODE__NODE_TYPE_CAST: return cast(n->type_cast);
    case PG_QUERY__NODE__NODE_FUNC_CALL: return function(n->func_call);
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR: {
      Value out;
      out.kind = Value::Kind::Array;
      for (size_t i = 0; i < n->a_array_expr->n_elements; ++i) {
        Result v = node(n->a_array_expr->elements[i]);
        if (!v || v->kind == Value::Kind::Array || v->kind == Value::Kind::Record) return std::nullopt;
        out.items.push_back(std::move(*v));
      }
      return out;
    }
    default: return std::nullopt;
  }
}

Result Evaluator::column(const PgQuery__ColumnRef* c) const {
  if (c->n_fields < 1 || c->n_fields > 2) return std::nullopt;
  auto it = env.find(lower_name(c->fields[0]));
  if (it == env.end()) return std::nullopt;
  if (c->n_fields == 1) return it->second;
  if (it->second.kind != Value::Kind::Record) return std::nullopt;
  const Value* f = it->second.field(lower_name(c->fields[1]));
  if (!f) return std::nullopt;
  return *f;
}

Result Evaluator::op(const PgQuery__AExpr* e) const {
  if (e->kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP || e->n_name != 1 || !e->lexpr) return std::nullopt;
  std::string name = lower_name(e->name[0]);
  Result l = node(e->lexpr), r = node(e->rexpr);
  if (!l || !r || l->kind == Value::Kind::Array || r->kind == Value::Kind::Array || l->kind == Value::Kind::Record ||
      r->kind == Value::Kind::Record)
    return std::nullopt;
  bool compare = name == "=" || name == "<>" || name == "!=" || name == "<" || name == ">" || name == "<=" || name == ">=";
  if (name != "||" && name != "+" && name != "-" && name != "*" && !compare) return std::nullopt;
  if (l->kind == Value::Kind::Null || r->kind == Value::Kind::Null) return Value::null();
  if (name == "||") return Value::scalar(l->text + r->text);
  if (compare) {  // integers by value; texts only for (in)equality (an order would need the collation)
    std::optional<long long> a = small_integer(l->text), b = small_integer(r->text);
    bool numbers = a && b;
    if (!numbers && name != "=" && name != "<>" && name != "!=") return std::nullopt;
    int c = numbers ? (*a < *b ? -1 : *a > *b ? 1 : 0) : (l->text == r->text ? 0 : 1);
    bool out = name == "=" ? c == 0 : name == "<>" || name == "!=" ? c != 0 : name == "<" ? c < 0 : name == ">" ? c > 0 : name == "<=" ? c <= 0 : c >= 0;
    return Value::scalar(out ? "true" : "false");
  }
  std::optional<long long> a = small_integer(l->text), b = small_integer(r->text);
  if (!a || !b) return std::nullopt;
  long long x = *a, y = *b;
  return Value::scalar(std::to_string(name == "+" ? x + y : name == "-" ? x - y : x * y));
}

Result Evaluator::cast(const PgQuery__TypeCast* c) const {
  Result v = node(c->arg);
  if (!v || !c->type_name || c->type_name->n_names == 0) return std::nullopt;
  std::string type = lower_name(c->type_name->names[c->type_name->n_names - 1]);
  bool array = c->type_name->n_array_bounds > 0;
  bool text = type == "text" || type == "varchar" || type == "name" || type == "bpchar";
  bool integer = type == "int2" || type == "int4" || type == "int8";
  if (array) {
    if (!text || v->kind == Value::Kind::Null) return v;
    if (v->kind == Value::Kind::Array) return v;
    return v->kind == Value::Kind::Scalar ? array_literal(v->text) : std::nullopt;
  }
  if (v->kind == Value::Kind::Null) return v;
  if (v->kind != Value::Kind::Scalar) return std::nullopt;
  if (text && type != "bpchar" && c->type_name->n_typmods == 0) return v;
  if (integer && is_integer(v->text))
    if (std::optional<long long> n = to_int64(v->text)) return Value::scalar(std::to_string(*n));
  return std::nullopt;
}

Result Evaluator::function(const PgQuery__FuncCall* f) const {
  std::vector<std::string> name = strings_of(f->funcname, f->n_funcname);
  if (name.empty() || name.size() > 2 || (name.size() == 2 && name[0] != "pg_catalog")) return std::nullopt;
  if (f->agg_star || f->agg_distinct || f->func_variadic || f->over || f->agg_filter || f->n_agg_order) return std::nullopt;
  std::vector<Value> args;
  for (size_t i = 0; i < f->n_args; ++i) {
    Result v = node(f->args[i]);
    if (!v) return std::nullopt;
    args.push_back(std::move(*v));
  }
  return call(name.back(), args);
}

const PgQuery__SelectStmt* single_select(const std::string& sql, std::optional<ParseOutput>& holder) {
  ParseFailure err;
  holder = parse_sql(sql, err);
  if (!holder || holder->tree->n_stmts != 1) return nullptr;
  const PgQuery__Node* n = holder->tree->stmts[0]->stmt;
  if (n->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return nullptr;
  const PgQuery__SelectStmt* s = n->select_stmt;
  if (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE || s->where_clause || s->n_group_clause || s->having_clause ||
      s->n_sort_clause || s->limit_count || s->n_values_lists || s->n_distinct_clause || s->with_clause)
    return nullptr;
  return s;
}

// The name PostgreSQL gives an output column: its alias, a column's or function's name, else ?column?.
std::string output_name(const PgQuery__ResTarget* t) {
  if (t->name && *t->name) return t->name;
  const PgQuery__Node* v = t->val;
  if (v && v->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && v->column_ref->n_fields > 0)
    return lower_name(v->column_ref->fields[v->column_ref->n_fields - 1]);
  if (v && v->node_case == PG_QUERY__NODE__NODE_FUNC_CALL && v->func_call->n_funcname > 0)
    return lower_name(v->func_call->funcname[v->func_call->n_funcname - 1]);
  return "?column?";
}

// The values generate_series(a, b[, step]) or unnest(array) returns, and the column's name.
std::optional<std::vector<Value>> series(const PgQuery__RangeFunction* rf, const Env& env, std::string& column) {
  if (rf->n_functions != 1 || rf->ordinality || rf->lateral || rf->is_rowsfrom) return std::nullopt;
  const PgQuery__Node* item = rf->functions[0];
  if (item->node_case == PG_QUERY__NODE__NODE_LIST && item->list->n_items > 0) item = item->list->items[0];
  if (!item || item->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return std::nullopt;
  const PgQuery__FuncCall* f = item->func_call;
  std::vector<std::string> name = strings_of(f->funcname, f->n_funcname);
  if (name.empty() || (name.size() == 2 && name[0] != "pg_catalog")) return std::nullopt;
  column = rf->alias && rf->alias->n_colnames > 0 ? lower_name(rf->alias->colnames[0])
           : rf->alias                              ? std::string(rf->alias->aliasname)
                                                    : name.back();
  Evaluator ev{env};
  std::vector<Value> args;
  for (size_t i = 0; i < f->n_args; ++i) {
    Result v = ev.node(f->args[i]);
    if (!v) return std::nullopt;
    args.push_back(std::move(*v));
  }
  if (name.back() == "unnest" && args.size() == 1 && args[0].kind == Value::Kind::Array) return args[0].items;
  if (name.back() != "generate_series" || args.size() < 2 || args.size() > 3) return std::nullopt;
  std::optional<long long> from = as_integer(args[0]), to = as_integer(args[1]);
  std::optional<long long> step = args.size() == 3 ? as_integer(args[2]) : 1;
  if (!from || !to || !step || *step == 0) return std::nullopt;
  std::vector<Value> out;
  for (long long i = *from; *step > 0 ? i <= *to : i >= *to; i += *step) {
    if (out.size() == kMaxRows) return std::nullopt;
    out.push_back(Value::scalar(std::to_string(i)));
  }
  return out;
}
}  // namespace

const Value* Value::field(const std::string& name) const {
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return &items[i];
  return nullptr;
}

std::optional<Value> coerce(Value v, const std::string& declared_type) {
  std::string t = declared_type;
  while (!t.empty() && t.back() == ' ') t.pop_back();
  bool array = t.size() > 2 && t.compare(t.size() - 2, 2, "[]") == 0;
  if (v.kind == Value::Kind::Null || v.kind == Value::Kind::Record) return v;
  if (array) return v.kind == Value::Kind::Array ? std::optional<Value>(v) : array_literal(v.text);
  if (v.kind == Value::Kind::Array) return t == "record" ? std::nullopt : std::optional<Value>();  // printed as '{...}': not followed
  if (t == "int" || t == "integer" || t == "int4" || t == "bigint" || t == "int8" || t == "smallint" || t == "int2") {
    std::optional<long long> n = small_integer(v.text);
    return n ? std::optional<Value>(Value::scalar(std::to_string(*n))) : std::nullopt;
  }
  if (t == "text" || t == "varchar" || t == "name" || t == "character varying" || t.rfind("varchar(", 0) == 0 || t == "UNKNOWN" || t == "record")
    return v;
  return std::nullopt;  // another type prints its values its own way
}

std::optional<long long> as_integer(const Value& v) {
  if (v.kind != Value::Kind::Scalar) return std::nullopt;
  return small_integer(v.text);
}

std::optional<Value> eval(const std::string& expr, const Env& env) {
  std::optional<ParseOutput> holder;
  const PgQuery__SelectStmt* s = single_select("SELECT " + expr, holder);
  if (!s || s->n_target_list != 1 || s->n_from_clause) return std::nullopt;
  return Evaluator{env}.node(s->target_list[0]->res_target->val);
}

std::optional<std::vector<Value>> eval_rows(const std::string& query, const Env& env) {
  std::optional<ParseOutput> holder;
  const PgQuery__SelectStmt* s = single_select(query, holder);
  if (!s || s->n_from_clause > 1) return std::nullopt;
  std::vector<Value> inputs(1);  // one row without FROM
  std::string column, alias;
  if (s->n_from_clause == 1) {
    const PgQuery__Node* from = s->from_clause[0];
    if (from->node_case != PG_QUERY__NODE__NODE_RANGE_FUNCTION) return std::nullopt;
    auto values = series(from->range_function, env, column);
    if (!values) return std::nullopt;
    inputs = std::move(*values);
    if (from->range_function->alias) alias = from->range_function->alias->aliasname;
  }
  std::vector<Value> rows;
  for (const Value& in : inputs) {
    Env scope = env;
    if (!column.empty()) {
      scope[column] = in;
      if (!alias.empty() && alias != column) {
        Value rec;
        rec.kind = Value::Kind::Record;
        rec.add_field(column, in);
        scope[alias] = rec;
      }
    }
    Value row;
    row.kind = Value::Kind::Record;
    for (size_t i = 0; i < s->n_target_list; ++i) {
      const PgQuery__ResTarget* t = s->target_list[i]->res_target;
      Result v = Evaluator{scope}.node(t->val);
      if (!v) return std::nullopt;
      row.add_field(output_name(t), std::move(*v));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace pgdrift::do_eval
