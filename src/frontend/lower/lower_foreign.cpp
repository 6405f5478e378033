// CREATE / ALTER FOREIGN DATA WRAPPER, CREATE / ALTER SERVER, CREATE FOREIGN TABLE (a table whose rows a foreign-data wrapper reads)
// and CREATE / ALTER / DROP USER MAPPING.
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

namespace {
std::vector<ast::OptionChange> option_changes_of(PgQuery__Node** items, size_t n) {
  std::vector<ast::OptionChange> out;
  for (size_t i = 0; i < n; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = items[i]->def_elem;
    std::string action = d->defaction == PG_QUERY__DEF_ELEM_ACTION__DEFELEM_SET ? "set" : d->defaction == PG_QUERY__DEF_ELEM_ACTION__DEFELEM_DROP ? "drop" : "";
    out.push_back({action, d->defname ? d->defname : "", d->arg ? str_of(d->arg) : ""});
  }
  return out;
}
}  // namespace

ast::Node lower_wrapper(const char* name, PgQuery__Node** funcs, size_t n_funcs, PgQuery__Node** options, size_t n_options, bool alter) {
  ast::WrapperStmt w;
  w.name = name ? name : "";
  w.alter = alter;
  for (size_t i = 0; i < n_funcs; ++i) {
    if (funcs[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = funcs[i]->def_elem;
    std::vector<std::string> f;
    if (d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST) f = strings_of(d->arg->list->items, d->arg->list->n_items);
    if (d->defname && std::string(d->defname) == "handler") w.handler = f;
    if (d->defname && std::string(d->defname) == "validator") w.validator = f;
  }
  w.options = option_changes_of(options, n_options);
  return w;
}

ast::Node lower_alter_server(PgQuery__AlterForeignServerStmt* s, LowerContext&) {
  ast::AlterServer a;
  a.name = s->servername ? s->servername : "";
  if (s->has_version) a.version = s->version ? s->version : "";
  a.options = option_changes_of(s->options, s->n_options);
  return a;
}

namespace {
// The three USER MAPPING statements share their fields.
ast::UserMappingStmt user_mapping_of(ast::UserMappingStmt::Op op, const PgQuery__RoleSpec* user, const char* server,
                                     PgQuery__Node** options, size_t n_options, bool if_exists) {
  return ast::UserMappingStmt{op, role_of(user), server ? server : "", option_changes_of(options, n_options), if_exists};
}
}  // namespace

ast::Node lower_create_user_mapping(PgQuery__CreateUserMappingStmt* s, LowerContext&) {
  return user_mapping_of(ast::UserMappingStmt::Op::Create, s->user, s->servername, s->options, s->n_options, s->if_not_exists);
}

ast::Node lower_alter_user_mapping(PgQuery__AlterUserMappingStmt* s, LowerContext&) {
  return user_mapping_of(ast::UserMappingStmt::Op::Alter, s->user, s->servername, s->options, s->n_options, false);
}

ast::Node lower_drop_user_mapping(PgQuery__DropUserMappingStmt* s, LowerContext&) {
  return user_mapping_of(ast::UserMappingStmt::Op::Drop, s->user, s->servername, nullptr, 0, s->missing_ok);
}

}  // namespace pgdrift
