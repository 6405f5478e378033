// CREATE CAST, and the (source AS target) pair DROP CAST and COMMENT ON CAST name.
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_create_cast(PgQuery__CreateCastStmt* s, LowerContext& ctx) {
  ast::CreateCast c;
  c.source = type_ref_of(s->sourcetype, ctx);
  c.target = type_ref_of(s->targettype, ctx);
  if (s->func) c.function = func_sig_of(s->func, ctx);
  c.method = s->func ? 'f' : s->inout ? 'i' : 'b';
  c.context = s->context == PG_QUERY__COERCION_CONTEXT__COERCION_IMPLICIT     ? 'i'
              : s->context == PG_QUERY__COERCION_CONTEXT__COERCION_ASSIGNMENT ? 'a'
                                                                            : 'e';
  return c;
}

std::optional<std::pair<ast::TypeRef, ast::TypeRef>> cast_types_of(const PgQuery__Node* n, const LowerContext& ctx) {
  if (!n || n->node_case != PG_QUERY__NODE__NODE_LIST || n->list->n_items != 2) return std::nullopt;
  const PgQuery__Node* a = n->list->items[0];
  const PgQuery__Node* b = n->list->items[1];
  if (a->node_case != PG_QUERY__NODE__NODE_TYPE_NAME || b->node_case != PG_QUERY__NODE__NODE_TYPE_NAME) return std::nullopt;
  return std::make_pair(type_ref_of(a->type_name, ctx), type_ref_of(b->type_name, ctx));
}

}  // namespace pgdrift
