// DO blocks: the PL/pgSQL body is parsed with pg_query_parse_plpgsql; IF statements whose
// conditions are catalog guards (pgdrift.has_table(...), the reconciler's own templates) keep
// their structure, and the SQL inside is lowered like any statement, so the catalog can apply
// it when the guard holds. Dynamic SQL and other control flow are reported (W103).
#include <cstring>

#include "frontend/json_dom.h"
#include "frontend/lower/lower.h"

namespace pgdrift {

namespace {
struct DoLowering {
  LowerContext& ctx;
  bool warned_dynamic = false;

  std::vector<ast::PlStmt> block(const JsonValue* stmts);
  std::optional<ast::PlStmt> statement(const JsonValue& s);
  std::optional<ast::PlStmt> sql(const std::string& text);
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
  if (!s.is_object() || s.fields.empty()) return std::nullopt;
  const std::string& kind = s.fields[0].first;
  const JsonValue& v = s.fields[0].second;
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
    return ast::PlStmt{nullptr, branch};
  }
  if (kind == "PLpgSQL_stmt_perform" || kind == "PLpgSQL_stmt_assign" || kind == "PLpgSQL_stmt_raise" ||
      kind == "PLpgSQL_stmt_return")
    return std::nullopt;  // no schema change
  if (kind == "PLpgSQL_stmt_dynexecute") dynamic("runs dynamic sql (EXECUTE)");
  else dynamic("uses " + kind.substr(kind.rfind('_') + 1));
  return std::nullopt;
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
  DoLowering lowering{ctx};
  return ast::DoBlock{lowering.block(blk ? blk->get("body") : nullptr)};
}

}  // namespace pgdrift
