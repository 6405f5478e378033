// Steps for tables and columns: create when missing, otherwise bring each attribute in line.
#include "emit/sql_defs.h"
#include "emit/step_block.h"

namespace pgdrift {

using namespace catalog;

namespace {
// An existing table that should be a partition is attached (a table attached elsewhere or
// with other bounds is left for a person: moving rows between partitions is not a schema
// change); a missing INHERIT is added.
void partition_guards(StepBlock& b, const Table& t) {
  std::string id = qualified(t.schema, t.name);
  if (!t.partition_of.second.empty()) {
    std::string parent = key_text(t.partition_of);
    b.line("IF pgdrift.partition_parent(" + args2(t.schema, t.name) + ") IS NULL THEN");
    b.line("ALTER TABLE " + parent + " ATTACH PARTITION " + id + " " + t.partition_bound + ";", 2);
    b.log("attach partition", lit("ALTER TABLE " + parent + " DETACH PARTITION " + id));
    b.line("ELSIF pgdrift.partition_parent(" + args2(t.schema, t.name) + ") <> " + lit(parent) + " THEN");
    b.line("RAISE NOTICE 'pgdrift: % is a partition of %, not of %: left alone', " + lit(id) + ", pgdrift.partition_parent(" +
               args2(t.schema, t.name) + "), " + lit(parent) + ";", 2);
    b.line("END IF;");
  }
  for (const Key& p : t.inherits) {
    b.line("IF NOT pgdrift.inherits_from(" + args2(t.schema, t.name) + ", " + args2(p.first, p.second) + ") THEN");
    b.line("ALTER TABLE " + id + " INHERIT " + key_text(p) + ";", 2);
    b.log("inherit", lit("ALTER TABLE " + id + " NO INHERIT " + key_text(p)));
    b.line("END IF;");
  }
}
}  // namespace

// REPLICA IDENTITY; USING INDEX needs the index, so the table step sets it only when the index
// is there already and the index's step sets it after creating it.
void replica_identity_guard(StepBlock& b, const Table& t, bool after_index) {
  std::string id = qualified(t.schema, t.name);
  std::string want = std::string(1, t.replica_identity) + (t.replica_identity == 'i' ? " " + t.replica_index : "");
  std::string clause = t.replica_identity == 'f' ? "FULL" : t.replica_identity == 'n' ? "NOTHING"
                       : t.replica_identity == 'i' ? "USING INDEX " + quote_ident(t.replica_index) : "DEFAULT";
  std::string cond = "pgdrift.replica_identity(" + args2(t.schema, t.name) + ") IS DISTINCT FROM " + lit(want);
  if (t.replica_identity == 'i' && !after_index) cond += " AND pgdrift.has_index(" + args2(t.schema, t.replica_index) + ")";
  b.line("IF " + cond + " THEN");
  b.line("pgd_old := pgdrift.replica_identity(" + args2(t.schema, t.name) + ");", 2);
  b.line("ALTER TABLE " + id + " REPLICA IDENTITY " + clause + ";", 2);
  b.log("set replica identity", fmt_lit("ALTER TABLE " + id + " REPLICA IDENTITY ") +
        " || CASE left(pgd_old, 1) WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING' WHEN 'i' THEN 'USING INDEX ' || "
        "pg_catalog.quote_ident(substr(pgd_old, 3)) ELSE 'DEFAULT' END");
  b.line("END IF;");
}

std::string emit_table_step(const Step& s, const Catalog& desired) {
  const Table& t = *s.obj.table;
  std::string id = qualified(t.schema, t.name);
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_table(" + args2(t.schema, t.name) + ") THEN");
  std::string create = create_table_sql(desired, t);
  std::string indented;
  for (char c : create) indented += c == '\n' ? std::string("\n    ") : std::string(1, c);
  b.line(indented + ";", 2);
  b.log("create table", lit("DROP TABLE IF EXISTS " + id));
  b.line("END IF;");
  partition_guards(b, t);
  replica_identity_guard(b, t, false);
  std::string persistence = "(SELECT relpersistence::text FROM pg_catalog.pg_class WHERE oid = pgdrift.rel(" + args2(t.schema, t.name) + ", '{r}'))";
  b.line("IF " + persistence + " IS DISTINCT FROM " + lit(t.unlogged ? "u" : "p") + " AND " + persistence + " IS NOT NULL THEN");
  b.line(std::string("ALTER TABLE ") + id + (t.unlogged ? " SET UNLOGGED;" : " SET LOGGED;"), 2);
  b.log(t.unlogged ? "set unlogged" : "set logged", lit("ALTER TABLE " + id + (t.unlogged ? " SET LOGGED" : " SET UNLOGGED")));
  b.line("END IF;");
  std::string want = std::string(t.rls_enabled ? "true" : "false") + " " + (t.rls_forced ? "true" : "false");
  b.line("IF pgdrift.table_rls(" + args2(t.schema, t.name) + ") IS DISTINCT FROM " + lit(want) + " THEN");
  b.line("pgd_old := pgdrift.table_rls(" + args2(t.schema, t.name) + ");", 2);
  b.line("ALTER TABLE " + id + (t.rls_enabled ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY, " +
         (t.rls_forced ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY;", 2);
  b.log("set row level security", "'ALTER TABLE " + id + " ' || CASE WHEN pgd_old LIKE 'true%' THEN 'ENABLE' ELSE 'DISABLE' END"
        " || ' ROW LEVEL SECURITY, ' || CASE WHEN pgd_old LIKE '% true' THEN 'FORCE' ELSE 'NO FORCE' END || ' ROW LEVEL SECURITY'");
  b.line("END IF;");
  comment_guard(b, "table", "TABLE " + id, t.schema, t.name, "", t.comment);
  return b.text();
}

namespace {
struct ColumnCtx {
  StepBlock& b;
  const Table& t;
  const Column& c;
  std::string table_sql, col_sql, args;
  std::vector<std::string> drop_readers;  // PERFORM lines dropping the desired views that read the table
  std::string alter() const { return "ALTER TABLE " + table_sql + " ALTER COLUMN " + col_sql; }
};

void drop_default_first(const ColumnCtx& x) {
  x.b.line("pgd_old := pgdrift.column_default(" + x.args + ");", 2);
  x.b.line("IF pgd_old IS NOT NULL THEN", 2);
  x.b.line(x.alter() + " DROP DEFAULT;", 3);
  x.b.log("drop default", fmt_lit(x.alter() + " SET DEFAULT ") + " || pgd_old", 3);
  x.b.line("END IF;", 2);
}

// serial -> identity: the serial's sequence often has the name the identity sequence wants.
// It goes (its counter lives on in the identity, set past max(id) below); the undo rebuilds it.
void replace_old_sequence(const ColumnCtx& x, const Sequence& s) {
  std::string seq = qualified(s.schema, s.name);
  x.b.line("IF pgdrift.has_sequence(" + args2(s.schema, s.name) + ") THEN", 2);
  x.b.line("pgd_old := pgdrift.sequence_options(" + args2(s.schema, s.name) + ");", 3);
  x.b.line("EXECUTE 'SELECT ' || " + lit("pg_catalog.format('CREATE SEQUENCE " + seq + " %s; SELECT pg_catalog.setval(%L, %s); ALTER SEQUENCE " + seq + " OWNED BY " + x.table_sql + "." + x.col_sql + "', ") +
           " || pg_catalog.quote_literal(pgd_old) || ', ' || " + lit(lit(seq)) + " || ', last_value) FROM " + seq + "' INTO pgd_old;", 3);
  x.b.line("DROP SEQUENCE " + seq + ";", 3);
  x.b.log("drop sequence", "pgd_old", 3);
  x.b.line("END IF;", 2);
}

void type_guard(const ColumnCtx& x) {
  const Column& c = x.c;
  std::string coll = c.collation.empty() ? "" : " COLLATE " + c.collation;
  x.b.line("IF pgdrift.column_type(" + x.args + ") IS DISTINCT FROM " + lit(c.type) + " OR pgdrift.column_collation(" +
           x.args + ") IS DISTINCT FROM " + lit(c.collation) + " THEN");
  drop_default_first(x);
  // PostgreSQL refuses to retype a column a view reads: the desired views that read the table
  // go first (logged); their own steps, later, create them again.
  for (const std::string& line : x.drop_readers) x.b.line(line, 2);
  x.b.line("pgd_old := pgdrift.column_type(" + x.args + ");", 2);
  // Enum and array values cast to another type only through text.
  x.b.line("IF pgdrift.column_is_enum(" + x.args + ") THEN", 2);
  x.b.line(x.alter() + " TYPE " + c.type + coll + " USING " + x.col_sql + "::text::" + c.type + ";", 3);
  x.b.line("ELSE", 2);
  x.b.line(x.alter() + " TYPE " + c.type + coll + " USING " + x.col_sql + "::" + c.type + ";", 3);
  x.b.line("END IF;", 2);
  x.b.log("alter column type", "pg_catalog.format(" + fmt_lit(x.alter() + " TYPE ") + " || '%s USING ' || " +
                                   fmt_lit(x.col_sql + "::") + " || '%s', pgd_old, pgd_old)");
  x.b.line("END IF;");
}

void identity_guard(const ColumnCtx& x, const Catalog& desired) {
  const Column& c = x.c;
  if (c.identity) {
    std::string kind = c.identity == 'a' ? "ALWAYS" : "BY DEFAULT";
    std::string seq;
    if (const Sequence* s = identity_sequence_of(desired, x.t, c.name))
      seq = " (SEQUENCE NAME " + qualified(s->schema, s->name) + " " + sequence_options_sql(s->params, false) + ")";
    x.b.line("IF pgdrift.column_identity(" + x.args + ") = '' THEN");
    drop_default_first(x);
    x.b.line("IF NOT pgdrift.column_not_null(" + x.args + ") THEN", 2);
    x.b.line(x.alter() + " SET NOT NULL;", 3);
    x.b.log("set not null", lit(x.alter() + " DROP NOT NULL"), 3);
    x.b.line("END IF;", 2);
    if (const Sequence* s = identity_sequence_of(desired, x.t, c.name)) replace_old_sequence(x, *s);
    x.b.line(x.alter() + " ADD GENERATED " + kind + " AS IDENTITY" + seq + ";", 2);
    x.b.log("add identity", lit(x.alter() + " DROP IDENTITY"));
    // Existing rows keep their ids; the identity continues after the largest one.
    x.b.line("PERFORM pg_catalog.setval(pg_catalog.pg_get_serial_sequence(" + lit(x.table_sql) + ", " + lit(c.name) +
             "), m) FROM (SELECT max(" + x.col_sql + ") AS m FROM " + x.table_sql + ") AS x WHERE m IS NOT NULL;", 2);
    x.b.line("ELSIF pgdrift.column_identity(" + x.args + ") <> " + lit(std::string(1, c.identity)) + " THEN");
    x.b.line(x.alter() + " SET GENERATED " + kind + ";", 2);
    x.b.log("set identity", lit(x.alter() + (c.identity == 'a' ? " SET GENERATED BY DEFAULT" : " SET GENERATED ALWAYS")));
    x.b.line("END IF;");
    return;
  }
  x.b.line("IF pgdrift.column_identity(" + x.args + ") <> '' THEN");
  x.b.line("pgd_old := CASE pgdrift.column_identity(" + x.args + ") WHEN 'a' THEN 'ALWAYS' ELSE 'BY DEFAULT' END;", 2);
  x.b.line(x.alter() + " DROP IDENTITY;", 2);
  x.b.log("drop identity", fmt_lit(x.alter() + " ADD GENERATED ") + " || pgd_old || ' AS IDENTITY'");
  x.b.line("END IF;");
}

void default_guard(const ColumnCtx& x) {
  const Column& c = x.c;
  if (c.identity || c.generated) return;
  if (!c.default_expr) {
    x.b.line("IF pgdrift.column_default(" + x.args + ") IS NOT NULL THEN");
    drop_default_first(x);
    x.b.line("END IF;");
    return;
  }
  const std::string& e = c.default_expr->sql.value;
  x.b.line("IF pgdrift.column_default(" + x.args + ") IS DISTINCT FROM pgdrift.probe_default(" + lit(c.type) + ", " +
           lit(e) + ") THEN");
  x.b.line("pgd_old := pgdrift.column_default(" + x.args + ");", 2);
  x.b.line(x.alter() + " SET DEFAULT (" + e + ");", 2);
  x.b.log("set default", "CASE WHEN pgd_old IS NULL THEN " + lit(x.alter() + " DROP DEFAULT") + " ELSE " +
                             fmt_lit(x.alter() + " SET DEFAULT ") + " || pgd_old END");
  x.b.line("END IF;");
}

// Generated columns hold no data of their own: one with another expression is dropped and
// added again (PostgreSQL 15 cannot change the expression). A plain column holds data: making
// it generated would lose its values, so that is only reported.
void generated_guard(const ColumnCtx& x, const Catalog& desired) {
  const Column& c = x.c;
  std::string drop_add = "ALTER TABLE " + x.table_sql + " DROP COLUMN " + x.col_sql + ", ADD COLUMN ";
  if (!c.generated) {
    x.b.line("IF pgdrift.column_generated(" + x.args + ") IS NOT NULL THEN");
    x.b.line("pgd_old := pgdrift.column_generated(" + x.args + ");", 2);
    x.b.line(x.alter() + " DROP EXPRESSION;", 2);
    x.b.log("drop expression", "pg_catalog.format(" + fmt_lit(drop_add + x.col_sql + " " + c.type + " GENERATED ALWAYS AS (") +
                                   " || '%s) STORED', pgd_old)");
    x.b.line("END IF;");
    return;
  }
  const std::string& e = c.generated->sql.value;
  x.b.line("IF pgdrift.column_generated(" + x.args + ") IS NULL THEN");
  x.b.line("RAISE WARNING 'pgdrift: column % holds data; making it generated would replace it: left as it is', " +
           lit(x.table_sql + "." + x.col_sql) + ";", 2);
  x.b.line("ELSIF pgdrift.column_generated(" + x.args + ") IS DISTINCT FROM pgdrift.probe_generated(" +
           args2(x.t.schema, x.t.name) + ", " + lit(c.type) + ", " + lit(e) + ") THEN");
  x.b.line("pgd_old := pgdrift.column_generated(" + x.args + ");", 2);
  x.b.line(drop_add + column_definition_sql(desired, x.t, c) + ";", 2);
  x.b.log("replace generated column", "pg_catalog.format(" + fmt_lit(drop_add + x.col_sql + " " + c.type + " GENERATED ALWAYS AS (") +
                                          " || '%s) STORED', pgd_old)");
  x.b.line("END IF;");
}

void not_null_guard(const ColumnCtx& x) {
  bool want = x.c.not_null;
  // A primary key the database has (drift left alone) keeps its columns NOT NULL.
  x.b.line(std::string("IF ") + (want ? "NOT " : "") + "pgdrift.column_not_null(" + x.args + ")" +
           (want ? "" : " AND NOT pgdrift.column_in_primary_key(" + x.args + ")") + " THEN");
  x.b.line(x.alter() + (want ? " SET NOT NULL;" : " DROP NOT NULL;"), 2);
  x.b.log(want ? "set not null" : "drop not null", lit(x.alter() + (want ? " DROP NOT NULL" : " SET NOT NULL")));
  x.b.line("END IF;");
}
}  // namespace

std::string emit_column_step(const Step& s, const Catalog& desired, const Catalog& actual) {
  const Table& t = *s.obj.table;
  const Column& c = *s.obj.column;
  StepBlock b(s);
  ColumnCtx x{b, t, c, qualified(t.schema, t.name), quote_ident(c.name), args3(t.schema, t.name, c.name), {}};
  // The views that read the table now (actual; only those desired too: their steps come back)
  // and in the desired schema, readers of readers first.
  for (const Catalog* cat : {&actual, &desired}) {
    std::vector<Key> readers = views_reading(*cat, Key{t.schema, t.name});
    for (auto it = readers.rbegin(); it != readers.rend(); ++it)
      if (desired.views.count(*it))
        x.drop_readers.push_back("PERFORM pgdrift.drop_view_logged(" + std::to_string(s.number) + ", " + args2(it->first, it->second) + ");");
  }
  b.line("IF NOT pgdrift.has_column(" + x.args + ") THEN");
  b.line("ALTER TABLE " + x.table_sql + " ADD COLUMN " + column_definition_sql(desired, t, c) + ";", 2);
  b.log("add column", lit("ALTER TABLE " + x.table_sql + " DROP COLUMN " + x.col_sql));
  b.line("END IF;");
  type_guard(x);
  identity_guard(x, desired);
  generated_guard(x, desired);
  default_guard(x);
  not_null_guard(x);
  comment_guard(b, "column", "COLUMN " + x.table_sql + "." + x.col_sql, t.schema, t.name, c.name, c.comment);
  return b.text();
}

}  // namespace pgdrift
