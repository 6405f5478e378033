// CREATE TYPE ... AS ENUM, ALTER TYPE ... ADD VALUE / RENAME VALUE.
#include <regex>

#include "frontend/lower/lower.h"

namespace pgdrift {

namespace {
// 'new' /* @renamed from=old */ or 'new', -- @renamed from=old inside the label list: the label
// was renamed (sqldef's annotation).
std::map<std::string, std::string> renamed_labels(std::string_view stmt) {
  static const std::regex annotation(R"('((?:[^']|'')*)'\s*,?\s*(?:/\*|--)\s*@renamed\s+from=('(?:[^']|'')*'|[^\s*,]+))");
  std::map<std::string, std::string> out;
  auto unquote = [](std::string v) {
    if (v.size() >= 2 && v.front() == '\'') v = v.substr(1, v.size() - 2);
    for (size_t p = v.find("''"); p != std::string::npos; p = v.find("''", p + 1)) v.erase(p, 1);
    return v;
  };
  for (std::cregex_iterator it(stmt.data(), stmt.data() + stmt.size(), annotation), end; it != end; ++it)
    out[unquote("'" + (*it)[1].str() + "'")] = unquote((*it)[2].str());
  return out;
}
}  // namespace

ast::Node lower_create_enum(PgQuery__CreateEnumStmt* s, LowerContext& ctx) {
  ast::CreateEnum e;
  e.name = qualname_of_list(strings_of(s->type_name, s->n_type_name), ctx.stmt_span);
  e.labels = strings_of(s->vals, s->n_vals);
  std::string_view stmt = ctx.text.substr(ctx.begin);
  if (stmt.find("@renamed") != std::string_view::npos) e.renamed_from = renamed_labels(stmt);
  return e;
}

ast::Node lower_alter_enum(PgQuery__AlterEnumStmt* s, LowerContext& ctx) {
  ast::AlterEnum e;
  e.name = qualname_of_list(strings_of(s->type_name, s->n_type_name), ctx.stmt_span);
  e.new_value = s->new_val ? s->new_val : "";
  e.neighbor = s->new_val_neighbor ? s->new_val_neighbor : "";
  e.after = s->new_val_is_after;
  e.if_not_exists = s->skip_if_new_val_exists;
  e.old_value = s->old_val ? s->old_val : "";
  return e;
}

}  // namespace pgdrift
