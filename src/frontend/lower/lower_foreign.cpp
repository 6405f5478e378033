// CREATE SERVER and CREATE FOREIGN TABLE (a table whose rows a foreign-data wrapper reads).
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_create_server(PgQuery__CreateForeignServerStmt* s, LowerContext&) {
  ast::CreateServer c;
  c.name = s->servername ? s->servername : "";
  c.type = s->servertype ? s->servertype : "";
  c.version = s->version ? s->version : "";
  c.fdw = s->fdwname ? s->fdwname : "";
  c.options = def_options_of(s->options, s->n_options);
  c.if_not_exists = s->if_not_exists;
  return c;
}

ast::Node lower_create_foreign_table(PgQuery__CreateForeignTableStmt* s, LowerContext& ctx) {
  if (!s->base_stmt) return ast::Unsupported{};
  ast::Node n = lower_create_table(s->base_stmt, ctx);
  if (auto* t = std::get_if<ast::CreateTable>(&n)) {
    t->foreign_server = s->servername ? s->servername : "";
    t->foreign_options = def_options_of(s->options, s->n_options);
  }
  return n;
}

}  // namespace pgdrift
