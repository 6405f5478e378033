// Steps for views and materialized views. A view is created when missing; when the server
// prints the existing one differently from the desired query (probed as a view in pg_temp),
// or its kind or options differ, it is replaced: CREATE OR REPLACE VIEW when PostgreSQL
// accepts that (same leading columns), otherwise dropped and created again together with the
// desired views that read it (their own later steps create them again). Materialized views
// are always dropped and created again; their data is derived, their indexes follow in
// later steps.
#include "emit/sql_defs.h"
#include "emit/step_block.h"

namespace pgdrift {

using namespace catalog;

namespace {
void drop_readers(StepBlock& b, const Step& s, const Catalog& desired, const View& v, int indent) {
  std::vector<Key> readers = views_reading(desired, Key{v.schema, v.name});
  for (auto it = readers.rbegin(); it != readers.rend(); ++it)  // readers of readers first
    b.line("PERFORM pgdrift.drop_view_logged(" + std::to_string(s.number) + ", " + args2(it->first, it->second) + ");", indent);
}
}  // namespace

std::string emit_view_step(const Step& s, const Catalog& desired) {
  const View& v = *s.obj.view;
  std::string id = qualified(v.schema, v.name);
  std::string kind = v.materialized ? "m" : "v";
  std::string drop = v.materialized ? "DROP MATERIALIZED VIEW IF EXISTS " : "DROP VIEW IF EXISTS ";
  StepBlock b(s);
  b.line("IF pgdrift.view_kind(" + args2(v.schema, v.name) + ") IS NULL THEN");
  b.line(view_sql(v) + ";", 2);
  b.log(v.materialized ? "create materialized view" : "create view", lit(drop + id));
  b.line("ELSIF pgdrift.view_kind(" + args2(v.schema, v.name) + ") <> " + lit(kind) + " OR pgdrift.view_text(pgdrift.rel(" +
         args2(v.schema, v.name) + ", '{v,m}')) IS DISTINCT FROM pgdrift.probe_view(" + lit(view_tail(v)) + ")");
  b.line("OR pgdrift.view_options(" + args2(v.schema, v.name) + ") IS DISTINCT FROM " + lit_or_null(view_options_text(v)) + " THEN", 2);
  std::string recreate_cond = v.materialized ? "true" : "pgdrift.view_kind(" + args2(v.schema, v.name) + ") <> 'v'";
  b.line("IF NOT " + recreate_cond + " THEN", 2);
  b.line("pgd_old := pgdrift.view_sql(" + args2(v.schema, v.name) + ");", 3);
  b.line("BEGIN", 3);
  b.line(view_sql(v, true) + ";", 4);
  b.log("replace view", "pgd_old", 4);
  b.line("EXCEPTION WHEN invalid_table_definition THEN  -- columns removed, renamed or retyped: drop and create", 3);
  drop_readers(b, s, desired, v, 4);
  b.line("PERFORM pgdrift.drop_view_logged(" + std::to_string(s.number) + ", " + args2(v.schema, v.name) + ");", 4);
  b.line(view_sql(v) + ";", 4);
  b.log("create view", lit(drop + id), 4);
  b.line("END;", 3);
  b.line("ELSE", 2);
  drop_readers(b, s, desired, v, 3);
  b.line("PERFORM pgdrift.drop_view_logged(" + std::to_string(s.number) + ", " + args2(v.schema, v.name) + ");", 3);
  b.line(view_sql(v) + ";", 3);
  b.log(v.materialized ? "create materialized view" : "create view", lit(drop + id), 3);
  b.line("END IF;", 2);
  b.line("END IF;");
  std::string on = (v.materialized ? "MATERIALIZED VIEW " : "VIEW ") + id;
  comment_guard(b, "view", on, v.schema, v.name, "", v.comment);
  for (const std::string& c : v.columns) {
    auto it = v.column_comments.find(c);
    comment_guard(b, "column", "COLUMN " + id + "." + quote_ident(c), v.schema, v.name, c,
                  it == v.column_comments.end() ? "" : it->second);
  }
  return b.text();
}

}  // namespace pgdrift
