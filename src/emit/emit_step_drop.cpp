// Dropping objects that exist only in the database, when the user allowed it: the data is
// first copied into pgdrift_backup, and the undo statement rebuilds the object from the
// actual catalog and restores the rows.
#include "emit/sql_defs.h"
#include "emit/step_block.h"

namespace pgdrift {

using namespace catalog;

namespace {
struct Found {
  const Table* table = nullptr;
  const Column* column = nullptr;
  const Constraint* constraint = nullptr;
  const Index* index = nullptr;
  const Sequence* sequence = nullptr;
  const View* view = nullptr;
  const Trigger* trigger = nullptr;
  const Policy* policy = nullptr;
  const Function* function = nullptr;
  const Schema* schema = nullptr;
  const Extension* extension = nullptr;
  const Publication* publication = nullptr;
};

Found find(const Catalog& cat, const Step& s) {
  Found f;
  for (const auto& [k, t] : cat.tables) {
    std::string tid = key_text(k);
    if (s.object_kind == ObjectKind::Table && tid == s.id) f.table = &t;
    for (const auto& [n, c] : t.columns)
      if (s.object_kind == ObjectKind::Column && tid + "." + quote_ident(n) == s.id) { f.table = &t; f.column = &c; }
    for (const auto& [n, c] : t.constraints)
      if (s.object_kind == ObjectKind::Constraint && tid + "." + quote_ident(n) == s.id) { f.table = &t; f.constraint = &c; }
    for (const auto& [n, tr] : t.triggers)
      if (s.object_kind == ObjectKind::Trigger && tid + "." + quote_ident(n) == s.id) { f.table = &t; f.trigger = &tr; }
    for (const auto& [n, p] : t.policies)
      if (s.object_kind == ObjectKind::Policy && tid + "." + quote_ident(n) == s.id) { f.table = &t; f.policy = &p; }
  }
  for (const auto& [k, fn] : cat.functions)
    if (s.object_kind == ObjectKind::Function && qualified(fn.schema, fn.name) + "(" + fn.identity + ")" == s.id) f.function = &fn;
  for (const auto& [n, sc] : cat.schemas)
    if (s.object_kind == ObjectKind::Schema && quote_ident(n) == s.id) f.schema = &sc;
  for (const auto& [n, e] : cat.extensions)
    if (s.object_kind == ObjectKind::Extension && quote_ident(n) == s.id) f.extension = &e;
  for (const auto& [n, p] : cat.publications)
    if (s.object_kind == ObjectKind::Publication && quote_ident(n) == s.id) f.publication = &p;
  for (const auto& [k, ix] : cat.indexes)
    if (s.object_kind == ObjectKind::Index && key_text(k) == s.id) f.index = &ix;
  for (const auto& [k, q] : cat.sequences)
    if (s.object_kind == ObjectKind::Sequence && key_text(k) == s.id) f.sequence = &q;
  for (const auto& [k, v] : cat.views)
    if (s.object_kind == ObjectKind::View && key_text(k) == s.id) f.view = &v;
  return f;
}

std::vector<std::string> row_key(const Table& t) {
  for (const auto& [n, c] : t.constraints)
    if (c.type == ConType::PrimaryKey) return c.columns;
  return {};
}

std::string list(const std::vector<std::string>& cols, const std::string& prefix) {
  std::string out;
  for (size_t i = 0; i < cols.size(); ++i) out += (i ? ", " : "") + prefix + quote_ident(cols[i]);
  return out;
}

// Backup table name for this run: pgdrift_backup."<object>_run<N>".
std::string backup_name_expr(const std::string& object) {
  return "pg_catalog.format('pgdrift_backup.%I', " + lit(object + "_run") + " || current_setting('pgdrift.run_id'))";
}

void drop_column(StepBlock& b, const Table& t, const Column& c, const Catalog& actual) {
  std::string table = qualified(t.schema, t.name), col = quote_ident(c.name);
  std::vector<std::string> key = row_key(t);
  std::string key_sel = key.empty() ? "ctid::text AS pgdrift_ctid" : list(key, "");
  std::string match = key.empty() ? "t.ctid = b.pgdrift_ctid::tid" : "(" + list(key, "t.") + ") = (" + list(key, "b.") + ")";
  b.line("IF pgdrift.has_column(" + args3(t.schema, t.name, c.name) + ") THEN");
  b.line("pgd_old := " + backup_name_expr(t.name + "_" + c.name) + ";", 2);
  b.line("EXECUTE pg_catalog.format('CREATE TABLE %s AS SELECT " + key_sel + ", " + col + " FROM " + table + "', pgd_old);", 2);
  std::string restore = "UPDATE " + table + " t SET " + col + " = b." + col + " FROM @BACKUP@ b WHERE " + match;
  if (c.not_null) restore += "; ALTER TABLE " + table + " ALTER COLUMN " + col + " SET NOT NULL";
  b.log("back up column", "pg_catalog.replace(" + lit(restore) + ", '@BACKUP@', pgd_old)");
  Column nullable = c;
  nullable.not_null = false;
  b.line("ALTER TABLE " + table + " DROP COLUMN " + col + ";", 2);
  b.log("drop column", lit("ALTER TABLE " + table + " ADD COLUMN " + column_definition_sql(actual, t, nullable)));
  b.line("END IF;");
}

std::string rebuild_table_sql(const Catalog& actual, const Table& t) {
  std::string out;
  for (const auto& [k, q] : actual.sequences)
    if (!q.identity && q.owner_table == Key{t.schema, t.name})
      out += "CREATE SEQUENCE " + key_text(k) + " " + sequence_options_sql(q.params) + "; ";
  out += create_table_sql(actual, t) + "; INSERT INTO " + qualified(t.schema, t.name) + " SELECT * FROM @BACKUP@; ";
  for (const auto& [n, c] : t.constraints)
    out += "ALTER TABLE " + qualified(t.schema, t.name) + " ADD CONSTRAINT " + quote_ident(n) + " " + c.definition() + "; ";
  for (const auto& [k, ix] : actual.indexes)
    if (ix.schema == t.schema && ix.table == t.name) out += ix.definition() + "; ";
  for (const auto& [k, q] : actual.sequences)
    if (!q.identity && q.owner_table == Key{t.schema, t.name})
      out += "ALTER SEQUENCE " + key_text(k) + " OWNED BY " + qualified(t.schema, t.name) + "." + quote_ident(q.owner_column) +
             "; SELECT pg_catalog.setval(" + lit(key_text(k)) + ", coalesce((SELECT max(" + quote_ident(q.owner_column) +
             ") FROM " + qualified(t.schema, t.name) + "), 1))";
  return out;
}

void drop_table(StepBlock& b, const Table& t, const Catalog& actual) {
  std::string table = qualified(t.schema, t.name);
  b.line("IF pgdrift.has_table(" + args2(t.schema, t.name) + ") THEN");
  b.line("pgd_old := " + backup_name_expr(t.name) + ";", 2);
  b.line("EXECUTE pg_catalog.format('CREATE TABLE %s AS TABLE " + table + "', pgd_old);", 2);
  b.line("DROP TABLE " + table + " CASCADE;", 2);
  b.log("drop table", "pg_catalog.replace(" + lit(rebuild_table_sql(actual, t)) + ", '@BACKUP@', pgd_old)");
  b.line("END IF;");
}
// Objects that hold no rows: the undo creates them again as they were (never CASCADE: what
// depends on them makes the reconciler stop with PostgreSQL's error).
void drop_rule_or_container(StepBlock& b, const Found& f) {
  if (f.trigger) {
    std::string table = qualified(f.table->schema, f.table->name);
    b.line("IF pgdrift.has_trigger(" + args3(f.table->schema, f.table->name, f.trigger->name) + ") THEN");
    b.line("pgd_old := pgdrift.trigger_sql(" + args3(f.table->schema, f.table->name, f.trigger->name) + ");", 2);
    b.line("DROP TRIGGER " + quote_ident(f.trigger->name) + " ON " + table + ";", 2);
    b.log("drop trigger", "pgd_old");
  } else if (f.policy) {
    std::string table = qualified(f.table->schema, f.table->name);
    b.line("IF pgdrift.policy_sql(" + args3(f.table->schema, f.table->name, f.policy->name) + ") IS NOT NULL THEN");
    b.line("pgd_old := pgdrift.policy_sql(" + args3(f.table->schema, f.table->name, f.policy->name) + ");", 2);
    b.line("DROP POLICY " + quote_ident(f.policy->name) + " ON " + table + ";", 2);
    b.log("drop policy", "pgd_old");
  } else if (f.function) {
    std::string args = lit(f.function->schema) + ", " + lit(f.function->name) + ", " + lit(f.function->identity);
    b.line("IF pgdrift.has_function(" + args + ") THEN");
    b.line("pgd_old := pgdrift.function_sql(pgdrift.function_oid(" + args + "));", 2);
    b.line("DROP ROUTINE " + qualified(f.function->schema, f.function->name) + "(" + f.function->identity + ");", 2);
    b.log("drop function", "pgd_old");
  } else if (f.schema) {
    b.line("IF pgdrift.has_schema(" + lit(f.schema->name) + ") THEN");
    b.line("DROP SCHEMA " + quote_ident(f.schema->name) + ";", 2);
    b.log("drop schema", lit("CREATE SCHEMA " + quote_ident(f.schema->name)));
  } else {
    b.line("IF pgdrift.has_extension(" + lit(f.extension->name) + ") THEN");
    b.line("DROP EXTENSION " + quote_ident(f.extension->name) + ";", 2);
    b.log("drop extension", lit("CREATE EXTENSION " + quote_ident(f.extension->name) + " WITH SCHEMA " + quote_ident(f.extension->schema)));
  }
  b.line("END IF;");
}
}  // namespace

std::string emit_drop_step(const Step& s, const Catalog& actual) {
  Found f = find(actual, s);
  StepBlock b(s);
  if (f.publication) {
    const Publication& p = *f.publication;
    std::string name = quote_ident(p.name), undo = "CREATE PUBLICATION " + name + (p.all_tables ? " FOR ALL TABLES" : "") +
                                                  " WITH (publish = " + lit(p.publish) + ")";
    for (const auto& [k, t] : p.tables) undo += "; ALTER PUBLICATION " + name + " ADD TABLE ONLY " + publication_table_sql(k, t);
    for (const auto& sc : p.schemas) undo += "; ALTER PUBLICATION " + name + " ADD TABLES IN SCHEMA " + quote_ident(sc);
    b.line("IF pgdrift.publication_options(" + lit(p.name) + ") IS NOT NULL THEN");
    b.line("DROP PUBLICATION " + name + ";", 2);
    b.log("drop publication", lit(undo));
    b.line("END IF;");
  } else if (f.trigger || f.policy || f.function || f.schema || f.extension) {
    drop_rule_or_container(b, f);
  } else if (f.column) {
    drop_column(b, *f.table, *f.column, actual);
  } else if (f.table) {
    drop_table(b, *f.table, actual);
  } else if (f.constraint) {
    std::string table = qualified(f.table->schema, f.table->name), name = quote_ident(f.constraint->name);
    b.line("IF pgdrift.has_constraint(" + args3(f.table->schema, f.table->name, f.constraint->name) + ") THEN");
    b.line("ALTER TABLE " + table + " DROP CONSTRAINT " + name + ";", 2);
    b.log("drop constraint", lit("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + f.constraint->definition()));
    b.line("END IF;");
  } else if (f.index) {
    b.line("IF pgdrift.has_index(" + args2(f.index->schema, f.index->name) + ") THEN");
    b.line("DROP INDEX " + qualified(f.index->schema, f.index->name) + ";", 2);
    b.log("drop index", lit(f.index->definition()));
    b.line("END IF;");
  } else if (f.sequence) {
    std::string id = qualified(f.sequence->schema, f.sequence->name);
    b.line("IF pgdrift.has_sequence(" + args2(f.sequence->schema, f.sequence->name) + ") THEN");
    b.line("EXECUTE 'SELECT last_value::text FROM " + id + "' INTO pgd_old;", 2);
    b.line("DROP SEQUENCE " + id + ";", 2);
    b.log("drop sequence", fmt_lit("CREATE SEQUENCE " + id + " " + sequence_options_sql(f.sequence->params) +
                                   "; SELECT pg_catalog.setval(" + lit(id) + ", ") + " || pgd_old || ')'");
    b.line("END IF;");
  } else if (f.view) {  // holds no data of its own: the undo creates it again
    b.line("IF pgdrift.view_kind(" + args2(f.view->schema, f.view->name) + ") IS NOT NULL THEN");
    b.line("PERFORM pgdrift.drop_view_logged(" + std::to_string(s.number) + ", " + args2(f.view->schema, f.view->name) + ");", 2);
    b.line("pgd_done := true;", 2);
    b.line("END IF;");
  } else {
    b.line("RAISE NOTICE 'pgdrift: dropping this kind of object is not supported; left alone';");
  }
  return b.text();
}

}  // namespace pgdrift
