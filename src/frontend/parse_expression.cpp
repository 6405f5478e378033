// Parsing a standalone expression (used by the catalog to synthesize serial defaults).
#include "frontend/expr.h"
#include "frontend/pg_parse.h"

namespace pgdrift {

std::optional<Expr> parse_expression(const std::string& sql) {
  ParseFailure err;
  std::optional<ParseOutput> out = parse_sql("SELECT " + sql, err);
  if (!out || out->tree->n_stmts != 1) return std::nullopt;
  PgQuery__Node* stmt = out->tree->stmts[0]->stmt;
  if (stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT || stmt->select_stmt->n_target_list != 1) return std::nullopt;
  PgQuery__Node* target = stmt->select_stmt->target_list[0];
  if (target->node_case != PG_QUERY__NODE__NODE_RES_TARGET) return std::nullopt;
  return Expr(out->arena, target->res_target->val, SourceSpan{});
}

}  // namespace pgdrift
