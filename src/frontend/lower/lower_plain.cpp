// The plain kinds' CREATE statements (ast::PlainStmt): access methods, procedural languages,
// transforms, conversions, text search parsers and templates.
#include "frontend/lower/lower.h"

namespace pgdrift {

namespace {
void add_function(ast::PlainStmt& p, const char* clause, PgQuery__Node** names, size_t n, const LowerContext& ctx) {
  if (n > 0) p.functions.emplace_back(clause, qualname_of_list(strings_of(names, n), ctx.stmt_span));
}
}  // namespace

ast::Node lower_create_access_method(PgQuery__CreateAmStmt* s, LowerContext& ctx) {
  ast::PlainStmt p;
  p.kind = ast::ObjKind::AccessMethod;
  p.name = ast::QualName{"", s->amname ? s->amname : "", ctx.stmt_span};
  p.word = s->amtype && std::string(s->amtype) == "t" ? "TABLE" : "INDEX";
  add_function(p, "HANDLER", s->handler_name, s->n_handler_name, ctx);
  return p;
}

ast::Node lower_create_language(PgQuery__CreatePLangStmt* s, LowerContext& ctx) {
  ast::PlainStmt p;
  p.kind = ast::ObjKind::Language;
  p.name = ast::QualName{"", s->plname ? s->plname : "", ctx.stmt_span};
  p.replace = s->replace;
  p.flag = s->pltrusted;
  add_function(p, "HANDLER", s->plhandler, s->n_plhandler, ctx);
  add_function(p, "INLINE", s->plinline, s->n_plinline, ctx);
  add_function(p, "VALIDATOR", s->plvalidator, s->n_plvalidator, ctx);
  return p;
}

ast::Node lower_create_transform(PgQuery__CreateTransformStmt* s, LowerContext& ctx) {
  ast::PlainStmt p;
  p.kind = ast::ObjKind::Transform;
  p.name = ast::QualName{"", s->lang ? s->lang : "", ctx.stmt_span};
  p.type = type_ref_of(s->type_name, ctx);
  p.replace = s->replace;
  if (s->fromsql) p.signatures.emplace_back("FROM SQL", func_sig_of(s->fromsql, ctx));
  if (s->tosql) p.signatures.emplace_back("TO SQL", func_sig_of(s->tosql, ctx));
  return p;
}

ast::Node lower_create_conversion(PgQuery__CreateConversionStmt* s, LowerContext& ctx) {
  ast::PlainStmt p;
  p.kind = ast::ObjKind::Conversion;
  p.name = qualname_of_list(strings_of(s->conversion_name, s->n_conversion_name), ctx.stmt_span);
  p.flag = s->def;
  p.from_encoding = s->for_encoding_name ? s->for_encoding_name : "";
  p.to_encoding = s->to_encoding_name ? s->to_encoding_name : "";
  add_function(p, "FROM", s->func_name, s->n_func_name, ctx);
  return p;
}

// CREATE TEXT SEARCH PARSER / TEMPLATE: each clause names a function.
ast::Node lower_create_ts_plain(PgQuery__DefineStmt* s, LowerContext& ctx) {
  ast::PlainStmt p;
  p.kind = s->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TSPARSER ? ast::ObjKind::TsParser : ast::ObjKind::TsTemplate;
  p.name = qualname_of_list(strings_of(s->defnames, s->n_defnames), ctx.stmt_span);
  for (size_t i = 0; i < s->n_definition; ++i) {
    if (s->definition[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* e = s->definition[i]->def_elem;
    std::string clause = e->defname ? e->defname : "";
    for (char& c : clause) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    p.functions.emplace_back(clause, qualname_of_list(def_names_of(e->arg), ctx.stmt_span));
  }
  return p;
}

std::optional<std::pair<ast::TypeRef, std::string>> transform_of(const PgQuery__Node* o, const LowerContext& ctx) {
  if (!o || o->node_case != PG_QUERY__NODE__NODE_LIST || o->list->n_items != 2) return std::nullopt;
  const PgQuery__Node* type = o->list->items[0];
  if (type->node_case != PG_QUERY__NODE__NODE_TYPE_NAME) return std::nullopt;
  return std::make_pair(type_ref_of(type->type_name, ctx), str_of(o->list->items[1]));
}

}  // namespace pgdrift
