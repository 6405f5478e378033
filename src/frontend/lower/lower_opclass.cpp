// CREATE OPERATOR CLASS, CREATE OPERATOR FAMILY, ALTER OPERATOR FAMILY ... ADD | DROP.
#include "frontend/lower/lower.h"

namespace pgdrift {

namespace {
std::vector<ast::TypeRef> types_of(PgQuery__Node** items, size_t n, const LowerContext& ctx) {
  std::vector<ast::TypeRef> out;
  for (size_t i = 0; i < n; ++i)
    if (items[i]->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) out.push_back(type_ref_of(items[i]->type_name, ctx));
  return out;
}

std::vector<ast::OpClassItem> items_of(PgQuery__Node** items, size_t n, const LowerContext& ctx) {
  std::vector<ast::OpClassItem> out;
  for (size_t i = 0; i < n; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_CREATE_OP_CLASS_ITEM) continue;
    const PgQuery__CreateOpClassItem* c = items[i]->create_op_class_item;
    ast::OpClassItem it;
    it.kind = static_cast<ast::OpClassItem::Kind>(c->itemtype);
    it.number = c->number;
    if (c->name) {
      it.name = strings_of(c->name->objname, c->name->n_objname);
      it.args = types_of(c->name->objargs, c->name->n_objargs, ctx);
      it.args_written = !c->name->args_unspecified && c->name->n_objargs > 0;
    }
    it.class_args = types_of(c->class_args, c->n_class_args, ctx);
    it.order_family = strings_of(c->order_family, c->n_order_family);
    if (c->storedtype) it.storage = type_ref_of(c->storedtype, ctx);
    out.push_back(std::move(it));
  }
  return out;
}
}  // namespace

ast::QualName opclass_name_of(const std::vector<std::string>& names, SourceSpan span) {
  if (names.size() < 2) return qualname_of_list(names, span);
  ast::QualName q = qualname_of_list(std::vector<std::string>(names.begin() + 1, names.end()), span);
  q.name += "/" + names.front();
  return q;
}

ast::Node lower_create_opclass(PgQuery__CreateOpClassStmt* s, LowerContext& ctx) {
  ast::OpClassStmt o;
  o.name = qualname_of_list(strings_of(s->opclassname, s->n_opclassname), ctx.stmt_span);
  o.method = s->amname ? s->amname : "";
  if (s->n_opfamilyname) o.family = qualname_of_list(strings_of(s->opfamilyname, s->n_opfamilyname), ctx.stmt_span);
  if (s->datatype) o.type = type_ref_of(s->datatype, ctx);
  o.is_default = s->is_default;
  o.items = items_of(s->items, s->n_items, ctx);
  return o;
}

ast::Node lower_create_opfamily(PgQuery__CreateOpFamilyStmt* s, LowerContext& ctx) {
  ast::OpClassStmt o;
  o.op = ast::OpClassStmt::Op::CreateFamily;
  o.name = qualname_of_list(strings_of(s->opfamilyname, s->n_opfamilyname), ctx.stmt_span);
  o.method = s->amname ? s->amname : "";
  return o;
}

ast::Node lower_alter_opfamily(PgQuery__AlterOpFamilyStmt* s, LowerContext& ctx) {
  ast::OpClassStmt o;
  o.op = s->is_drop ? ast::OpClassStmt::Op::DropFromFamily : ast::OpClassStmt::Op::AddToFamily;
  o.name = qualname_of_list(strings_of(s->opfamilyname, s->n_opfamilyname), ctx.stmt_span);
  o.method = s->amname ? s->amname : "";
  o.items = items_of(s->items, s->n_items, ctx);
  return o;
}

}  // namespace pgdrift
