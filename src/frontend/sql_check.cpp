#include "frontend/sql_check.h"

#include <cstring>

#include "frontend/pg_parse.h"

namespace pgdrift {

namespace {
std::string option(PgQuery__Node** opts, size_t n, const char* name) {
  for (size_t i = 0; i < n; ++i) {
    if (opts[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = opts[i]->def_elem;
    if (std::strcmp(d->defname, name) != 0 || !d->arg) continue;
    if (d->arg->node_case == PG_QUERY__NODE__NODE_STRING) return d->arg->string->sval;
    if (d->arg->node_case == PG_QUERY__NODE__NODE_LIST && d->arg->list->n_items &&
        d->arg->list->items[0]->node_case == PG_QUERY__NODE__NODE_STRING)
      return d->arg->list->items[0]->string->sval;
  }
  return "";
}

// The PL/pgSQL body of a DO block or a plpgsql function, as a CREATE FUNCTION the PL/pgSQL
// parser takes; "" when the statement has none.
std::string plpgsql_function(const PgQuery__Node* stmt) {
  std::string body;
  if (stmt->node_case == PG_QUERY__NODE__NODE_DO_STMT) {
    body = option(stmt->do_stmt->args, stmt->do_stmt->n_args, "as");
  } else if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT) {
    const PgQuery__CreateFunctionStmt* f = stmt->create_function_stmt;
    if (option(f->options, f->n_options, "language") != "plpgsql") return "";
    body = option(f->options, f->n_options, "as");
  }
  if (body.empty()) return "";
  std::string tag = "$pgdrift_check$";
  return "CREATE FUNCTION pgdrift_check() RETURNS void LANGUAGE plpgsql AS " + tag + body + tag;
}
}  // namespace

std::vector<std::string> sql_script_errors(std::string_view script) {
  std::vector<std::string> errors;
  ParseFailure err;
  std::optional<ParseOutput> parsed = parse_sql(script, err);
  if (!parsed) return {"at byte " + std::to_string(err.byte_offset) + ": " + err.message};
  for (size_t i = 0; i < parsed->tree->n_stmts; ++i) {
    const PgQuery__RawStmt* raw = parsed->tree->stmts[i];
    if (!raw->stmt) continue;
    std::string fn = plpgsql_function(raw->stmt);
    if (fn.empty()) continue;
    PgQueryPlpgsqlParseResult r = pg_query_parse_plpgsql(fn.c_str());
    if (r.error)
      errors.push_back(std::string(script.substr(static_cast<size_t>(raw->stmt_location), 80)) + ": " + r.error->message);
    pg_query_free_plpgsql_parse_result(r);
  }
  return errors;
}

}  // namespace pgdrift
