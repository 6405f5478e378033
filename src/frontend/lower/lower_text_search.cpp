// CREATE / ALTER TEXT SEARCH DICTIONARY and CONFIGURATION.
#include "frontend/lower/lower.h"

namespace pgdrift {

namespace {
// (name = value, name, ...): names as the parser folded them; a bare name (ALTER: remove it) has
// no value.
std::vector<std::pair<std::string, std::optional<std::string>>> ts_options_of(PgQuery__Node** items, size_t n) {
  std::vector<std::pair<std::string, std::optional<std::string>>> out;
  for (size_t i = 0; i < n; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = items[i]->def_elem;
    std::optional<std::string> value;
    if (d->arg) value = def_word_of(d->arg);
    out.emplace_back(d->defname ? d->defname : "", value);
  }
  return out;
}
}  // namespace

ast::Node lower_create_ts_dictionary(PgQuery__DefineStmt* s, LowerContext& ctx) {
  ast::TsDictionaryStmt d;
  d.name = qualname_of_list(strings_of(s->defnames, s->n_defnames), ctx.stmt_span);
  for (size_t i = 0; i < s->n_definition; ++i) {
    if (s->definition[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* e = s->definition[i]->def_elem;
    std::string name = e->defname ? e->defname : "";
    if (name == "template") d.template_name = def_names_of(e->arg);  // PostgreSQL compares the name exactly
    else d.options.emplace_back(name, e->arg ? std::optional<std::string>(def_word_of(e->arg)) : std::nullopt);
  }
  return d;
}

ast::Node lower_alter_ts_dictionary(PgQuery__AlterTSDictionaryStmt* s, LowerContext& ctx) {
  ast::TsDictionaryStmt d;
  d.name = qualname_of_list(strings_of(s->dictname, s->n_dictname), ctx.stmt_span);
  d.options = ts_options_of(s->options, s->n_options);
  d.alter = true;
  return d;
}

ast::Node lower_create_ts_config(PgQuery__DefineStmt* s, LowerContext& ctx) {
  ast::CreateTsConfig c;
  c.name = qualname_of_list(strings_of(s->defnames, s->n_defnames), ctx.stmt_span);
  for (size_t i = 0; i < s->n_definition; ++i) {
    if (s->definition[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = s->definition[i]->def_elem;
    std::string name = lower_ascii(d->defname ? d->defname : "");
    if (name == "parser") c.parser = def_names_of(d->arg);
    else if (name == "copy") c.copy = def_names_of(d->arg);
    else ctx.warn(DiagKind::unsupported_clause, -1, "text search configuration option '" + name + "' is not known");
  }
  return c;
}

ast::Node lower_alter_ts_config(PgQuery__AlterTSConfigurationStmt* s, LowerContext& ctx) {
  using A = ast::AlterTsConfig::Action;
  ast::AlterTsConfig a;
  a.name = qualname_of_list(strings_of(s->cfgname, s->n_cfgname), ctx.stmt_span);
  switch (s->kind) {
    case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ADD_MAPPING: a.action = A::Add; break;
    case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN: a.action = A::Alter; break;
    case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_REPLACE_DICT:
    case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_REPLACE_DICT_FOR_TOKEN: a.action = A::Replace; break;
    case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_DROP_MAPPING: a.action = A::Drop; break;
    default:
      ctx.warn(DiagKind::unsupported_stmt, -1, "this alter text search configuration action is not modelled; statement ignored");
      return ast::Unsupported{};
  }
  a.tokens = strings_of(s->tokentype, s->n_tokentype);
  for (size_t i = 0; i < s->n_dicts; ++i) a.dicts.push_back(def_names_of(s->dicts[i]));
  a.missing_ok = s->missing_ok;
  return a;
}

}  // namespace pgdrift
