// COMMENT ON ... IS ...
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_comment(PgQuery__CommentStmt* s, LowerContext& ctx) {
  ast::Comment c;
  c.kind = obj_kind_of(s->objtype);
  if (s->comment && *s->comment) c.text = s->comment;  // '' removes a comment, like NULL
  std::vector<std::string> names;
  const PgQuery__Node* o = s->object;
  if (!o) return ast::Unsupported{};
  if (c.kind == ast::ObjKind::Operator) {
    c.op = operator_sig_of(o, ctx);
    return c.op ? ast::Node(c) : ast::Node(ast::Unsupported{});
  }
  if (c.kind == ast::ObjKind::Cast) {
    c.cast = cast_types_of(o, ctx);
    return c.cast ? ast::Node(c) : ast::Node(ast::Unsupported{});
  }
  if (c.kind == ast::ObjKind::Transform) {
    c.transform = transform_of(o, ctx);
    return c.transform ? ast::Node(c) : ast::Node(ast::Unsupported{});
  }
  if (o->node_case == PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) {
    c.func = func_sig_of(o->object_with_args, ctx);
    c.object = c.func->name;
    return c;
  }
  if (o->node_case == PG_QUERY__NODE__NODE_LIST) names = strings_of(o->list->items, o->list->n_items);
  else if (o->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) names = strings_of(o->type_name->names, o->type_name->n_names);
  else names = {str_of(o)};
  switch (c.kind) {
    case ast::ObjKind::Column:
    case ast::ObjKind::Constraint:
    case ast::ObjKind::Trigger:
    case ast::ObjKind::Rule:
    case ast::ObjKind::Policy:
      if (names.size() < 2) return ast::Unsupported{};
      c.sub = names.back();
      names.pop_back();
      [[fallthrough]];
    case ast::ObjKind::Table: case ast::ObjKind::Index: case ast::ObjKind::Sequence:
    case ast::ObjKind::Type: case ast::ObjKind::Schema: case ast::ObjKind::Extension:
    case ast::ObjKind::View: case ast::ObjKind::MatView: case ast::ObjKind::Publication:
    case ast::ObjKind::Server: case ast::ObjKind::ForeignTable: case ast::ObjKind::Collation:
    case ast::ObjKind::EventTrigger: case ast::ObjKind::Statistics: case ast::ObjKind::TsDictionary: case ast::ObjKind::TsConfig:
    case ast::ObjKind::Wrapper: case ast::ObjKind::AccessMethod: case ast::ObjKind::Language:
    case ast::ObjKind::Conversion: case ast::ObjKind::TsParser: case ast::ObjKind::TsTemplate:
      c.object = qualname_of_list(names, ctx.stmt_span);
      return c;
    case ast::ObjKind::OpClass: case ast::ObjKind::OpFamily:
      c.object = opclass_name_of(names, ctx.stmt_span);
      return c;
    default:
      ctx.warn(DiagKind::unsupported_stmt, -1, "comment on this kind of object is not modelled yet; statement ignored");
      return ast::Unsupported{};
  }
}

}  // namespace pgdrift
