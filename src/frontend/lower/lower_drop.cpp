// DROP TABLE / INDEX / SEQUENCE / TYPE / SCHEMA / EXTENSION ...
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_drop(PgQuery__DropStmt* s, LowerContext& ctx) {
  ast::Drop d;
  d.kind = obj_kind_of(s->remove_type);
  d.if_exists = s->missing_ok;
  d.cascade = s->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;
  switch (d.kind) {
    case ast::ObjKind::Table: case ast::ObjKind::Index: case ast::ObjKind::Sequence:
    case ast::ObjKind::Type: case ast::ObjKind::Schema: case ast::ObjKind::Extension:
    case ast::ObjKind::Function: case ast::ObjKind::Procedure: case ast::ObjKind::Trigger: case ast::ObjKind::Rule: case ast::ObjKind::Aggregate:
    case ast::ObjKind::Policy: case ast::ObjKind::View: case ast::ObjKind::MatView: case ast::ObjKind::Publication:
    case ast::ObjKind::Cast: case ast::ObjKind::Server: case ast::ObjKind::ForeignTable: case ast::ObjKind::Collation:
    case ast::ObjKind::EventTrigger: case ast::ObjKind::Statistics: case ast::ObjKind::Operator:
    case ast::ObjKind::TsDictionary: case ast::ObjKind::TsConfig: case ast::ObjKind::Wrapper:
    case ast::ObjKind::OpClass: case ast::ObjKind::OpFamily:
    case ast::ObjKind::AccessMethod: case ast::ObjKind::Language: case ast::ObjKind::Transform:
    case ast::ObjKind::Conversion: case ast::ObjKind::TsParser: case ast::ObjKind::TsTemplate:
      break;
    default:
      ctx.warn(DiagKind::unsupported_stmt, -1, "drop of this kind of object is not modelled yet; statement ignored");
      return ast::Unsupported{};
  }
  for (size_t i = 0; i < s->n_objects; ++i) {
    const PgQuery__Node* o = s->objects[i];
    if (d.kind == ast::ObjKind::Operator) {
      if (auto op = operator_sig_of(o, ctx)) d.operators.push_back(*op);
      continue;
    }
    if (d.kind == ast::ObjKind::Cast) {
      if (auto c = cast_types_of(o, ctx)) d.casts.push_back(*c);
      continue;
    }
    if (d.kind == ast::ObjKind::Transform) {
      if (auto t = transform_of(o, ctx)) d.transforms.push_back(*t);
      continue;
    }
    if (o->node_case == PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) {
      d.functions.push_back(func_sig_of(o->object_with_args, ctx));
      continue;
    }
    std::vector<std::string> names;
    if (o->node_case == PG_QUERY__NODE__NODE_LIST) names = strings_of(o->list->items, o->list->n_items);
    else if (o->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) names = strings_of(o->type_name->names, o->type_name->n_names);
    else names = {str_of(o)};
    if ((d.kind == ast::ObjKind::Trigger || d.kind == ast::ObjKind::Rule || d.kind == ast::ObjKind::Policy) && names.size() >= 2) {
      std::string sub = names.back();
      names.pop_back();
      d.table_objects.emplace_back(qualname_of_list(names, ctx.stmt_span), sub);
      continue;
    }
    if (d.kind == ast::ObjKind::OpClass || d.kind == ast::ObjKind::OpFamily) d.objects.push_back(opclass_name_of(names, ctx.stmt_span));
    else d.objects.push_back(qualname_of_list(names, ctx.stmt_span));
  }
  return d;
}

}  // namespace pgdrift
