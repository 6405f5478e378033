// ALTER ... RENAME (tables, columns, constraints, indexes, sequences, types, schemas).
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_rename(PgQuery__RenameStmt* s, LowerContext& ctx) {
  ast::Rename r;
  r.kind = obj_kind_of(s->rename_type);
  r.new_name = s->newname ? s->newname : "";
  r.if_exists = s->missing_ok;
  r.sub = s->subname ? s->subname : "";
  if (s->relation) {
    r.object = qualname_of(s->relation, ctx);
  } else if (r.kind == ast::ObjKind::Schema) {
    r.object.name = r.sub;
    r.object.span = ctx.stmt_span;
    r.sub.clear();
  } else if (s->object && s->object->node_case == PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) {
    r.func = func_sig_of(s->object->object_with_args, ctx);
    r.object = r.func->name;
  } else if (s->object && s->object->node_case == PG_QUERY__NODE__NODE_LIST) {
    r.object = qualname_of_list(strings_of(s->object->list->items, s->object->list->n_items), ctx.stmt_span);
  } else if (s->object && s->object->node_case == PG_QUERY__NODE__NODE_STRING) {
    r.object = qualname_of_list({s->object->string->sval}, ctx.stmt_span);
  } else if (s->object && s->object->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
    const PgQuery__TypeName* t = s->object->type_name;
    r.object = qualname_of_list(strings_of(t->names, t->n_names), ctx.stmt_span);
  }
  switch (r.kind) {
    case ast::ObjKind::Table: case ast::ObjKind::Column: case ast::ObjKind::Constraint:
    case ast::ObjKind::Index: case ast::ObjKind::Sequence: case ast::ObjKind::Type:
    case ast::ObjKind::Schema: case ast::ObjKind::Function: case ast::ObjKind::Procedure:
    case ast::ObjKind::Trigger: case ast::ObjKind::Rule: case ast::ObjKind::Policy: case ast::ObjKind::DomainConstraint:
    case ast::ObjKind::Attribute: case ast::ObjKind::View: case ast::ObjKind::MatView:
    case ast::ObjKind::Publication:
      return r;
    default:
      ctx.warn(DiagKind::unsupported_stmt, -1, "rename of this kind of object is not modelled yet; statement ignored");
      return ast::Unsupported{};
  }
}

}  // namespace pgdrift
