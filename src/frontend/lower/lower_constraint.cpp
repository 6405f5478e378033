// Constraints and column definitions, shared by CREATE TABLE and ALTER TABLE.
#include "frontend/lower/lower.h"
#include "frontend/source_slice.h"

namespace pgdrift {

namespace {
// The constraint's text as written, from its kind keyword (after "CONSTRAINT name") to its end;
// a DEFAULT's or GENERATED's expression alone.
std::string printed_of(const ast::Constraint& k, int32_t location, size_t limit, const LowerContext& ctx) {
  std::string_view t = ctx.text;
  if (location < 0 || static_cast<size_t>(location) >= t.size()) return "";
  size_t at = static_cast<size_t>(location);
  if (slice::keyword(t, "constraint", at) == at)
    at = slice::skip_space(t, slice::token_end(t, slice::skip_space(t, slice::token_end(t, at))));
  size_t end = slice::element_end(t, at, limit);
  switch (k.kind) {
    case ast::ConstraintKind::Default: return slice::trimmed(t, slice::token_end(t, at), end);
    case ast::ConstraintKind::Generated: {
      size_t as = slice::keyword(t, "as", at);
      return as < end ? slice::paren_inside(t.substr(0, end), as) : "";
    }
    case ast::ConstraintKind::Check: case ast::ConstraintKind::PrimaryKey: case ast::ConstraintKind::Unique:
    case ast::ConstraintKind::Exclude: case ast::ConstraintKind::ForeignKey:
      return slice::trimmed(t, at, end);
    default: return "";
  }
}

char letter(const char* s, char dflt) { return s && *s ? *s : dflt; }

ast::ConstraintKind kind_of(PgQuery__ConstrType t) {
  switch (t) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_NULL: return ast::ConstraintKind::Null;
    case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL: return ast::ConstraintKind::NotNull;
    case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT: return ast::ConstraintKind::Default;
    case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY: return ast::ConstraintKind::Identity;
    case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED: return ast::ConstraintKind::Generated;
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY: return ast::ConstraintKind::PrimaryKey;
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE: return ast::ConstraintKind::Unique;
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION: return ast::ConstraintKind::Exclude;
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN: return ast::ConstraintKind::ForeignKey;
    default: return ast::ConstraintKind::Check;
  }
}

void lower_exclusions(const PgQuery__Constraint* c, ast::Constraint& out, const LowerContext& ctx) {
  for (size_t i = 0; i < c->n_exclusions; ++i) {
    const PgQuery__Node* pair = c->exclusions[i];
    if (pair->node_case != PG_QUERY__NODE__NODE_LIST || pair->list->n_items != 2) continue;
    const PgQuery__Node* elem = pair->list->items[0];
    const PgQuery__Node* ops = pair->list->items[1];
    if (elem->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM) continue;
    std::vector<std::string> op = ops->node_case == PG_QUERY__NODE__NODE_LIST
                                      ? strings_of(ops->list->items, ops->list->n_items)
                                      : std::vector<std::string>{};
    out.exclusions.emplace_back(index_elem_of(elem->index_elem, ctx), op.empty() ? "" : op.back());
  }
}
}  // namespace

ast::Constraint constraint_of(const PgQuery__Constraint* c, const LowerContext& ctx, size_t limit) {
  ast::Constraint out;
  out.kind = kind_of(c->contype);
  out.name = c->conname ? c->conname : "";
  out.span = ctx.span_at(c->location);
  out.columns = strings_of(c->keys, c->n_keys);
  out.include = strings_of(c->including, c->n_including);
  out.nulls_not_distinct = c->nulls_not_distinct;
  if (c->raw_expr) out.expr = ctx.expr(c->raw_expr, c->location);
  out.no_inherit = c->is_no_inherit;
  out.not_valid = c->skip_validation;
  out.deferrable = c->deferrable;
  out.initially_deferred = c->initdeferred;
  out.using_index = c->indexname ? c->indexname : "";
  bool index_backed = out.kind == ast::ConstraintKind::PrimaryKey || out.kind == ast::ConstraintKind::Unique ||
                      out.kind == ast::ConstraintKind::Exclude;
  if (index_backed) out.index_options = def_options_of(c->options, c->n_options);
  switch (out.kind) {
    case ast::ConstraintKind::ForeignKey:
      out.ref_table = qualname_of(c->pktable, ctx);
      out.columns = strings_of(c->fk_attrs, c->n_fk_attrs);
      out.ref_columns = strings_of(c->pk_attrs, c->n_pk_attrs);
      out.match = letter(c->fk_matchtype, 's');
      out.on_update = letter(c->fk_upd_action, 'a');
      out.on_delete = letter(c->fk_del_action, 'a');
      out.on_delete_set_columns = strings_of(c->fk_del_set_cols, c->n_fk_del_set_cols);
      break;
    case ast::ConstraintKind::Exclude:
      out.access_method = c->access_method && *c->access_method ? c->access_method : "btree";
      lower_exclusions(c, out, ctx);
      if (c->where_clause) out.where = ctx.expr(c->where_clause);
      break;
    case ast::ConstraintKind::Identity:
      out.identity = letter(c->generated_when, 'a');
      out.identity_options = seq_options_of(c->options, c->n_options, ctx);
      break;
    default: break;
  }
  out.printed = printed_of(out, c->location, limit, ctx);
  return out;
}

ast::ColumnDef column_def_of(const PgQuery__ColumnDef* c, const LowerContext& ctx) {
  ast::ColumnDef out;
  out.name = c->colname ? c->colname : "";
  out.type = type_ref_of(c->type_name, ctx);
  out.span = ctx.span_at(c->location, static_cast<uint32_t>(out.name.size()));
  if (c->coll_clause) out.collation = strings_of(c->coll_clause->collname, c->coll_clause->n_collname);
  if (c->compression) out.compression = c->compression;
  // The type as written ends where the collation, the first constraint or the column ends.
  if (c->type_name && c->type_name->location >= 0) {
    size_t from = static_cast<size_t>(c->type_name->location), to = slice::element_end(ctx.text, from);
    if (c->coll_clause && c->coll_clause->location > c->type_name->location) to = std::min(to, static_cast<size_t>(c->coll_clause->location));
    for (size_t i = 0; i < c->n_constraints; ++i)
      if (c->constraints[i]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT && c->constraints[i]->constraint->location > c->type_name->location)
        to = std::min(to, static_cast<size_t>(c->constraints[i]->constraint->location));
    out.type_printed = slice::trimmed(ctx.text, from, to);
  }
  for (size_t i = 0; i < c->n_constraints; ++i) {
    if (c->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) continue;
    const PgQuery__Constraint* k = c->constraints[i]->constraint;
    // A column constraint ends where the next one starts.
    size_t limit = slice::npos;
    if (i + 1 < c->n_constraints && c->constraints[i + 1]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
        c->constraints[i + 1]->constraint->location > k->location)
      limit = static_cast<size_t>(c->constraints[i + 1]->constraint->location);
    // DEFERRABLE / INITIALLY DEFERRED after a column constraint apply to the one before.
    switch (k->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE:
        if (!out.constraints.empty()) out.constraints.back().deferrable = true;
        continue;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE:
        if (!out.constraints.empty()) out.constraints.back().deferrable = false;
        continue;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
        if (!out.constraints.empty()) {
          out.constraints.back().initially_deferred = true;
          out.constraints.back().deferrable = true;
        }
        continue;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE:
        if (!out.constraints.empty()) out.constraints.back().initially_deferred = false;
        continue;
      default: break;
    }
    ast::Constraint con = constraint_of(k, ctx, limit);
    if (con.columns.empty() && con.kind != ast::ConstraintKind::Check) con.columns = {out.name};
    out.constraints.push_back(std::move(con));
  }
  return out;
}

}  // namespace pgdrift
