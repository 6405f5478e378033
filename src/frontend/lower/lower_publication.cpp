// CREATE PUBLICATION, ALTER PUBLICATION.
#include "frontend/lower/lower.h"
#include "frontend/source_slice.h"

namespace pgdrift {

namespace {
void objects_of(PgQuery__Node** items, size_t n, ast::PublicationStmt& p, LowerContext& ctx) {
  PgQuery__PublicationObjSpecType last = PG_QUERY__PUBLICATION_OBJ_SPEC_TYPE__PUBLICATIONOBJ_TABLE;
  for (size_t i = 0; i < n; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_PUBLICATION_OBJ_SPEC) continue;
    const PgQuery__PublicationObjSpec* o = items[i]->publication_obj_spec;
    PgQuery__PublicationObjSpecType type = o->pubobjtype;
    if (type == PG_QUERY__PUBLICATION_OBJ_SPEC_TYPE__PUBLICATIONOBJ_CONTINUATION) type = last;  // FOR TABLE a, b
    last = type;
    if (type == PG_QUERY__PUBLICATION_OBJ_SPEC_TYPE__PUBLICATIONOBJ_TABLE) {
      ast::PubTable t;
      if (o->pubtable && o->pubtable->relation) {
        t.table = qualname_of(o->pubtable->relation, ctx);
        t.columns = strings_of(o->pubtable->columns, o->pubtable->n_columns);
        if (o->pubtable->where_clause) {
          t.where = ctx.expr(o->pubtable->where_clause);
          size_t w = slice::keyword(ctx.text, "where", static_cast<size_t>(std::max(0, o->pubtable->relation->location)));
          if (w != slice::npos) t.where_printed = slice::paren_inside(ctx.text, w);
        }
      } else if (o->name) {
        t.table = qualname_of_list({o->name}, ctx.stmt_span);
      }
      p.tables.push_back(std::move(t));
    } else if (type == PG_QUERY__PUBLICATION_OBJ_SPEC_TYPE__PUBLICATIONOBJ_TABLES_IN_SCHEMA) {
      p.schemas.push_back(o->name ? o->name : "");
    } else if (type == PG_QUERY__PUBLICATION_OBJ_SPEC_TYPE__PUBLICATIONOBJ_TABLES_IN_CUR_SCHEMA) {
      p.schemas.push_back("");
    }
  }
}
}  // namespace

ast::Node lower_create_publication(PgQuery__CreatePublicationStmt* s, LowerContext& ctx) {
  ast::PublicationStmt p;
  p.name = s->pubname ? s->pubname : "";
  p.all_tables = s->for_all_tables;
  p.options = def_options_of(s->options, s->n_options);
  objects_of(s->pubobjects, s->n_pubobjects, p, ctx);
  return p;
}

ast::Node lower_alter_publication(PgQuery__AlterPublicationStmt* s, LowerContext& ctx) {
  ast::PublicationStmt p;
  p.name = s->pubname ? s->pubname : "";
  p.options = def_options_of(s->options, s->n_options);
  switch (s->action) {
    case PG_QUERY__ALTER_PUBLICATION_ACTION__AP_AddObjects: p.action = 'a'; break;
    case PG_QUERY__ALTER_PUBLICATION_ACTION__AP_DropObjects: p.action = 'd'; break;
    case PG_QUERY__ALTER_PUBLICATION_ACTION__AP_SetObjects: p.action = 's'; break;
    default: p.action = 'o'; break;
  }
  if (s->n_options && !s->n_pubobjects) p.action = 'o';
  objects_of(s->pubobjects, s->n_pubobjects, p, ctx);
  return p;
}

}  // namespace pgdrift
