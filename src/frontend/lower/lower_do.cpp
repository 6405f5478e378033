// DO blocks: the PL/pgSQL body is parsed with pg_query_parse_plpgsql; IF statements whose
// conditions are catalog guards (pgdrift.has_table(...), the reconciler's own templates) keep
// their structure, and the SQL inside is lowered like any statement, so the catalog can apply
// it when the guard holds. Where every input is a constant (do_eval.h), variables are followed,
// loops (FOR i IN a..b, FOREACH x IN ARRAY, FOR r IN SELECT ... FROM generate_series/unnest)
// unrolled and EXECUTE's string computed, so the statements it runs are lowered too. Dynamic SQL
// of unknown value and other control flow are reported (W103).
#include <cstring>

#include "frontend/json_dom.h"
#include "frontend/lower/do_eval.h"
#include "frontend/lower/lower.h"

namespace pgdrift {

namespace {
constexpr size_t kMaxIterations = 10000;  // loop iterations unrolled in one DO block

struct DoLowering {
  LowerContext& ctx;
  const JsonValue* datums = nullptr;
  do_eval::Env env{};
  int conditional = 0;    // inside an IF branch: what is assigned there becomes unknown
  size_t iterations = 0;  // unrolled so far
  bool warned_dynamic = false;

  std::vector<ast::PlStmt> block(const JsonValue* stmts);
  std::optional<ast::PlStmt> statement(const JsonValue& s);
  std::optional<ast::PlStmt> sql(const std::string& text);
  std::optional<ast::PlStmt> execute(const JsonValue& v);
  std::optional<ast::PlStmt> loop(const std::string& kind, const JsonValue& v);
  std::optional<ast::PlStmt> constant_if(const JsonValue& v);
  struct Iteration {
    std::vector<std::string> vars;  // the loop's variables
    bool whole_row = false;         // FOR r IN SELECT ...: r is the row, else each variable a column
    do_eval::Value value;
  };
  std::optional<ast::PlStmt> unroll(std::vector<Iteration>& steps, const JsonValue* body);
  void assign(const JsonValue& v);
  void declare();
  const JsonValue* datum(const JsonValue* varno) const;
  ast::GuardCond guard(const std::string& cond);
  void dynamic(const std::string& what) {
    if (warned_dynamic) return;
    warned_dynamic = true;
    ctx.warn(DiagKind::dynamic_sql, -1, "do block " + what + ": its effect on the schema is not simulated");
  }
};

const std::string* expr_query(const JsonValue* e) {
  const JsonValue* x = e ? e->get("PLpgSQL_expr") : nullptr;
  const JsonValue* q = x ? x->get("query") : nullptr;
  return q ? &q->text : nullptr;
}

std::vector<ast::PlStmt> DoLowering::block(const JsonValue* stmts) {
  std::vector<ast::PlStmt> out;
  if (!stmts || !stmts->is_array()) return out;
  for (const JsonValue& s : stmts->items)
    if (auto p = statement(s)) out.push_back(std::move(*p));
  return out;
}

std::optional<ast::PlStmt> DoLowering::statement(const JsonValue& s) {
  if (!s.is_object() || s.keys.empty()) return std::nullopt;
  const std::string& kind = s.keys[0];
  const JsonValue& v = s.items[0];
  if (kind == "PLpgSQL_stmt_execsql") {
    const std::string* q = expr_query(v.get("sqlstmt"));
    return q ? sql(*q) : std::nullopt;
  }
  if (kind == "PLpgSQL_stmt_block") {
    auto inner = std::make_shared<ast::PlIf>();
    inner->branches.emplace_back(ast::GuardCond{"true", {}, false}, block(v.get("body")));
    return ast::PlStmt{nullptr, inner};
  }
  if (kind == "PLpgSQL_stmt_if") {
    if (auto taken = constant_if(v)) return taken;
    ++conditional;
    auto branch = std::make_shared<ast::PlIf>();
    const std::string* c = expr_query(v.get("cond"));
    branch->branches.emplace_back(guard(c ? *c : ""), block(v.get("then_body")));
    if (const JsonValue* elsifs = v.get("elsif_list"); elsifs && elsifs->is_array()) {
      for (const JsonValue& e : elsifs->items) {
        const JsonValue* body = e.get("PLpgSQL_if_elsif");
        if (!body) continue;
        const std::string* ec = expr_query(body->get("cond"));
        branch->branches.emplace_back(guard(ec ? *ec : ""), block(body->get("stmts")));
      }
    }
    branch->else_body = block(v.get("else_body"));
    --conditional;
    return ast::PlStmt{nullptr, branch};
  }
  if (kind == "PLpgSQL_stmt_assign") {
    assign(v);
    return std::nullopt;
  }
  if (kind == "PLpgSQL_stmt_perform" || kind == "PLpgSQL_stmt_raise" || kind == "PLpgSQL_stmt_return")
    return std::nullopt;  // no schema change
  if (kind == "PLpgSQL_stmt_dynexecute") return execute(v);
  if (kind == "PLpgSQL_stmt_fori" || kind == "PLpgSQL_stmt_foreach_a" || kind == "PLpgSQL_stmt_fors") return loop(kind, v);
  dynamic("uses " + kind.substr(kind.rfind('_') + 1));
  return std::nullopt;
}

std::string refname(const JsonValue* d) {
  if (!d || !d->is_object() || d->keys.empty()) return "";
  const JsonValue* n = d->items[0].get("refname");
  return n ? n->text : "";
}

// The type a variable is declared with, as written ("text", "int ", "text[]"); "record" for a record.
std::string type_name(const JsonValue* d) {
  if (!d || !d->is_object() || d->keys.empty()) return "";
  if (d->keys[0] == "PLpgSQL_rec") return "record";
  const JsonValue* t = d->items[0].get("datatype");
  const JsonValue* pt = t ? t->get("PLpgSQL_type") : nullptr;
  const JsonValue* name = pt ? pt->get("typname") : nullptr;
  return name ? name->text : "";
}

bool is_record(const JsonValue* d) { return type_name(d) == "record"; }

const JsonValue* DoLowering::datum(const JsonValue* varno) const {
  size_t i = varno ? static_cast<size_t>(std::atol(varno->text.c_str())) : 0;  // absent: 0
  return datums && datums->is_array() && i < datums->items.size() ? &datums->items[i] : nullptr;
}

// Variables start NULL or with their DEFAULT, when that is constant.
void DoLowering::declare() {
  if (!datums || !datums->is_array()) return;
  for (const JsonValue& d : datums->items) {
    std::string name = refname(&d);
    if (name.empty() || d.keys[0] == "PLpgSQL_row") continue;
    const std::string* init = expr_query(d.items[0].get("default_val"));
    std::optional<do_eval::Value> v = init ? do_eval::eval(*init, env) : do_eval::Value::null();
    if (v) v = do_eval::coerce(std::move(*v), type_name(&d));
    if (v) env[name] = std::move(*v);
  }
}

// "t := expr": the variable holds expr's value when it is constant and the assignment surely runs.
void DoLowering::assign(const JsonValue& v) {
  std::string name = refname(datum(v.get("varno")));
  const std::string* q = expr_query(v.get("expr"));
  if (name.empty()) return;
  env.erase(name);
  size_t at = q ? q->find(":=") : std::string::npos;
  if (q && at == std::string::npos) at = q->find('=');
  if (conditional || at == std::string::npos) return;
  std::optional<do_eval::Value> value = do_eval::eval(q->substr(at + (q->compare(at, 2, ":=") == 0 ? 2 : 1)), env);
  if (value) value = do_eval::coerce(std::move(*value), type_name(datum(v.get("varno"))));
  if (value) env[name] = std::move(*value);
}

// EXECUTE of a string whose value is known: the statements it holds.
std::optional<ast::PlStmt> DoLowering::execute(const JsonValue& v) {
  const std::string* q = expr_query(v.get("query"));
  const JsonValue* params = v.get("params");
  std::optional<do_eval::Value> text = q && !(params && params->is_array() && !params->items.empty()) ? do_eval::eval(*q, env) : std::nullopt;
  if (!text || text->kind != do_eval::Value::Kind::Scalar || v.get("into")) {
    dynamic("runs dynamic sql (EXECUTE)");
    return std::nullopt;
  }
  return sql(text->text);
}

// An IF whose every condition is constant (i = 1 inside an unrolled loop): the branch taken,
// lowered as plain statements; nullopt when some condition is not constant.
std::optional<ast::PlStmt> DoLowering::constant_if(const JsonValue& v) {
  std::vector<std::pair<const std::string*, const JsonValue*>> branches{{expr_query(v.get("cond")), v.get("then_body")}};
  if (const JsonValue* elsifs = v.get("elsif_list"); elsifs && elsifs->is_array())
    for (const JsonValue& e : elsifs->items)
      if (const JsonValue* b = e.get("PLpgSQL_if_elsif")) branches.emplace_back(expr_query(b->get("cond")), b->get("stmts"));
  const JsonValue* taken = nullptr;
  for (const auto& [cond, body] : branches) {  // every condition, in order: the first true one is taken
    std::optional<do_eval::Value> c = cond ? do_eval::eval(*cond, env) : std::nullopt;
    if (!c || c->kind == do_eval::Value::Kind::Array || c->kind == do_eval::Value::Kind::Record) return std::nullopt;
    if (!taken && c->text == "true") taken = body;
  }
  auto all = std::make_shared<ast::PlIf>();
  all->branches.emplace_back(ast::GuardCond{"true", {}, false}, block(taken ? taken : v.get("else_body")));
  return ast::PlStmt{nullptr, all};
}

// Whether a loop's body leaves it early (EXIT, CONTINUE, RETURN): not unrolled then.
bool leaves_early(const JsonValue* body) {
  if (!body) return false;
  for (size_t i = 0; i < body->keys.size(); ++i)
    if (body->keys[i] == "PLpgSQL_stmt_exit" || body->keys[i] == "PLpgSQL_stmt_return") return true;
  for (const JsonValue& x : body->items)
    if (leaves_early(&x)) return true;
  return false;
}

// A loop over constants, unrolled: its body once per value, in order.
std::optional<ast::PlStmt> DoLowering::loop(const std::string& kind, const JsonValue& v) {
  using do_eval::Value;
  std::vector<Iteration> steps;
  auto unknown = [&] {
    dynamic("loops over values pgdrift cannot compute");
    return std::nullopt;
  };
  if (leaves_early(v.get("body"))) {
    dynamic("leaves a loop early (EXIT, CONTINUE, RETURN)");
    return std::nullopt;
  }
  if (kind == "PLpgSQL_stmt_fori") {  // FOR i IN [REVERSE] a..b [BY c]
    auto bound = [&](const char* key) -> std::optional<long long> {
      const std::string* q = expr_query(v.get(key));
      auto value = q ? do_eval::eval(*q, env) : std::nullopt;
      return value ? do_eval::as_integer(*value) : std::nullopt;
    };
    std::optional<long long> lo = bound("lower"), hi = bound("upper"), by = v.get("step") ? bound("step") : 1;
    bool reverse = v.get("reverse") != nullptr;
    if (!lo || !hi || !by || *by <= 0) return unknown();
    for (long long i = *lo; reverse ? i >= *hi : i <= *hi; i += reverse ? -*by : *by) {
      if (steps.size() > kMaxIterations) return unknown();
      steps.push_back({{refname(v.get("var"))}, false, Value::scalar(std::to_string(i))});
    }
  } else if (kind == "PLpgSQL_stmt_foreach_a") {  // FOREACH x IN ARRAY a
    const std::string* q = expr_query(v.get("expr"));
    auto array = q && !v.get("slice") ? do_eval::eval(*q, env) : std::nullopt;
    if (!array || array->kind != Value::Kind::Array) return unknown();
    for (const Value& x : array->items) steps.push_back({{refname(datum(v.get("varno")))}, false, x});
  } else {  // FOR r IN SELECT ... / FOR a, b IN SELECT ...
    const std::string* q = expr_query(v.get("query"));
    auto rows = q ? do_eval::eval_rows(*q, env) : std::nullopt;
    const JsonValue* target = v.get("var");
    const JsonValue* row = target ? target->get("PLpgSQL_row") : nullptr;
    const JsonValue* fields = row ? row->get("fields") : nullptr;
    if (!rows || !fields || !fields->is_array()) return unknown();
    std::vector<std::string> names;
    bool record = fields->items.size() == 1 && is_record(datum(fields->items[0].get("varno")));
    for (const JsonValue& f : fields->items) names.push_back(f.get("name") ? f.get("name")->text : "");
    for (Value& r : *rows) {
      if (!record && r.names.size() != names.size()) return unknown();
      steps.push_back({names, record, std::move(r)});
    }
  }
  return unroll(steps, v.get("body"));
}

std::optional<ast::PlStmt> DoLowering::unroll(std::vector<Iteration>& steps, const JsonValue* body) {
  iterations += steps.size();
  if (iterations > kMaxIterations) {
    dynamic("loops more than " + std::to_string(kMaxIterations) + " times");
    return std::nullopt;
  }
  auto all = std::make_shared<ast::PlIf>();
  std::vector<ast::PlStmt> out;
  for (Iteration& it : steps) {
    if (it.whole_row || it.value.kind != do_eval::Value::Kind::Record) env[it.vars[0]] = std::move(it.value);
    else
      for (size_t i = 0; i < it.vars.size(); ++i) env[it.vars[i]] = it.value.items[i];
    for (ast::PlStmt& st : block(body)) out.push_back(std::move(st));
  }
  all->branches.emplace_back(ast::GuardCond{"true", {}, false}, std::move(out));
  return ast::PlStmt{nullptr, all};
}

std::optional<ast::PlStmt> DoLowering::sql(const std::string& text) {
  ParseFailure err;
  std::optional<ParseOutput> parsed = parse_sql(text, err);
  if (!parsed || parsed->tree->n_stmts != 1) {
    dynamic("has a statement pgdrift cannot parse");
    return std::nullopt;
  }
  // Spans of inner statements point at the DO statement (their text is not in the file).
  LowerContext inner{ctx.diags, ctx.exprs, SourceSpan{ctx.stmt_span.file, ctx.stmt_span.offset, 0},
                     statement_tag(text), text, 0};
  ast::Node node = lower_statement(parsed->tree->stmts[0]->stmt, inner);
  if (std::holds_alternative<ast::Ignored>(node)) return std::nullopt;
  return ast::PlStmt{std::make_shared<ast::Stmt>(ast::Stmt{std::move(node), inner.tag, ctx.stmt_span}), nullptr};
}

// NOT? pgdrift.has_xxx('a', 'b', ...) with string literal arguments; anything else is unknown.
ast::GuardCond DoLowering::guard(const std::string& cond) {
  ast::GuardCond g;
  ParseFailure err;
  std::optional<ParseOutput> parsed = parse_sql("SELECT " + cond, err);
  if (!parsed || parsed->tree->n_stmts != 1) return g;
  const PgQuery__Node* n = parsed->tree->stmts[0]->stmt;
  if (n->node_case != PG_QUERY__NODE__NODE_SELECT_STMT || n->select_stmt->n_target_list != 1) return g;
  n = n->select_stmt->target_list[0]->res_target->val;
  if (n && n->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && n->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR &&
      n->bool_expr->n_args == 1) {
    g.negated = true;
    n = n->bool_expr->args[0];
  }
  if (!n || n->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) {
    ast::GuardCond user = catalog_query_guard(n);
    if (user.known()) user.negated = user.negated != g.negated;
    return user;
  }
  auto name = strings_of(n->func_call->funcname, n->func_call->n_funcname);
  if (name.size() != 2 || name[0] != "pgdrift" || name[1].rfind("has_", 0) != 0) return g;
  for (size_t i = 0; i < n->func_call->n_args; ++i) {
    const PgQuery__Node* a = n->func_call->args[i];
    if (a->node_case != PG_QUERY__NODE__NODE_A_CONST || a->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL) return ast::GuardCond{};
    g.args.emplace_back(a->a_const->sval->sval);
  }
  g.function = name[1];
  return g;
}

std::string body_of(const PgQuery__DoStmt* s, std::string& language) {
  std::string body;
  language = "plpgsql";
  for (size_t i = 0; i < s->n_args; ++i) {
    if (s->args[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = s->args[i]->def_elem;
    if (std::strcmp(d->defname, "as") == 0) body = str_of(d->arg);
    if (std::strcmp(d->defname, "language") == 0) language = str_of(d->arg);
  }
  return body;
}
}  // namespace

ast::Node lower_do(PgQuery__DoStmt* s, LowerContext& ctx) {
  std::string language;
  std::string body = body_of(s, language);
  if (language != "plpgsql") {
    ctx.warn(DiagKind::dynamic_sql, -1, "do block in " + language + ": its effect on the schema is not simulated");
    return ast::Unsupported{};
  }
  std::string tag = "pgdrift_body";
  while (body.find("$" + tag + "$") != std::string::npos) tag += "_";
  std::string fn = "CREATE FUNCTION pgdrift_do() RETURNS void LANGUAGE plpgsql AS $" + tag + "$" + body + "$" + tag + "$";
  PgQueryPlpgsqlParseResult r = pg_query_parse_plpgsql(fn.c_str());
  std::optional<JsonValue> json;
  if (!r.error && r.plpgsql_funcs) json = parse_json(r.plpgsql_funcs);
  if (r.error) ctx.diags.report(DiagKind::syntax_error, ctx.stmt_span, std::string("in do block: ") + r.error->message);
  pg_query_free_plpgsql_parse_result(r);
  if (!json || !json->is_array() || json->items.empty()) return ast::Unsupported{};
  const JsonValue* fnv = json->items[0].get("PLpgSQL_function");
  const JsonValue* action = fnv ? fnv->get("action") : nullptr;
  const JsonValue* blk = action ? action->get("PLpgSQL_stmt_block") : nullptr;
  DoLowering lowering{ctx, fnv->get("datums")};
  lowering.declare();
  return ast::DoBlock{lowering.block(blk ? blk->get("body") : nullptr)};
}

}  // namespace pgdrift
