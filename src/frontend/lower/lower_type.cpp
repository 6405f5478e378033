// CREATE TYPE ... AS ENUM, ALTER TYPE ... ADD VALUE / RENAME VALUE.
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_create_enum(PgQuery__CreateEnumStmt* s, LowerContext& ctx) {
  ast::CreateEnum e;
  e.name = qualname_of_list(strings_of(s->type_name, s->n_type_name), ctx.stmt_span);
  e.labels = strings_of(s->vals, s->n_vals);
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
