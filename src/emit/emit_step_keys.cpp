// Steps for constraints and indexes: add when missing; when the server prints a different
// definition than the desired one (probed on a temporary table), drop and re-create.
#include "emit/step_block.h"

namespace pgdrift {

using namespace catalog;

namespace {
std::string definition_without_not_valid(const Constraint& c) {
  Constraint copy = c;
  copy.not_valid = false;
  return copy.definition();
}

// SQL expression giving the definition PostgreSQL would print for `c` on table t.
std::string expected_definition(const Table& t, const Constraint& c) {
  std::string def = definition_without_not_valid(c);
  if (c.type == ConType::ForeignKey) return lit(def);  // FKs cannot be probed on a temp table
  return "pgdrift.probe_constraint(" + args2(t.schema, t.name) + ", " + lit(def) + ")";
}
}  // namespace

std::string emit_constraint_step(const Step& s) {
  const Table& t = *s.obj.table;
  const Constraint& c = *s.obj.constraint;
  std::string table = qualified(t.schema, t.name), name = quote_ident(c.name);
  std::string args = args3(t.schema, t.name, c.name);
  std::string add = "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + c.definition() + ";";
  std::string undo_add = lit("ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + name);  // a partition's goes with its parent's
  bool keyed = c.type == ConType::PrimaryKey || c.type == ConType::Unique;
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_constraint(" + args + ") THEN");
  b.line(add, 2);
  b.log("add constraint", undo_add);
  // A foreign key to an external table without a column list cannot be compared.
  if (!(c.type == ConType::ForeignKey && c.ref_columns.empty())) {
    b.line("ELSIF pgdrift.constraint_def(" + args + ") IS DISTINCT FROM " + expected_definition(t, c) + " THEN");
    b.line("pgd_old := pgdrift.constraint_def(" + args + ");", 2);
    b.line("ALTER TABLE " + table + " DROP CONSTRAINT " + name + (keyed ? " CASCADE;" : ";"), 2);
    b.log("drop constraint", fmt_lit("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " ") + " || pgd_old");
    b.line(add, 2);
    b.log("add constraint", undo_add);
  }
  b.line("END IF;");
  if (!c.not_valid) {
    b.line("IF NOT pgdrift.constraint_validated(" + args + ") THEN");
    b.line("ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name + ";", 2);
    b.log("validate constraint", "NULL");
    b.line("END IF;");
  }
  comment_guard(b, "constraint", "CONSTRAINT " + name + " ON " + table, t.schema, t.name, c.name, c.comment);
  return b.text();
}

std::string emit_index_step(const Step& s, const Catalog& desired) {
  const Index& ix = *s.obj.index;
  std::string id = qualified(ix.schema, ix.name);
  std::string def = ix.definition();
  if (s.only) def.replace(def.find(" ON ") + 4, 0, "ONLY ");
  std::string tail = def.substr(def.find(" USING "));
  std::string probe = std::string(ix.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX") + " pgdrift_probe_idx ON @TABLE@" + tail;
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_index(" + args2(ix.schema, ix.name) + ") THEN");
  b.line(def + ";", 2);
  b.log("create index", lit("DROP INDEX IF EXISTS " + id));
  b.line("ELSIF pgdrift.index_def(" + args2(ix.schema, ix.name) + ") IS DISTINCT FROM pgdrift.probe_index(" +
         args2(ix.schema, ix.table) + ", " + lit(probe) + ") THEN");
  b.line("pgd_old := pgdrift.index_sql(" + args2(ix.schema, ix.name) + ");", 2);
  b.line("DROP INDEX " + id + ";", 2);
  b.log("drop index", "pgd_old");
  b.line(def + ";", 2);
  b.log("create index", lit("DROP INDEX IF EXISTS " + id));
  b.line("END IF;");
  comment_guard(b, "index", "INDEX " + id, ix.schema, ix.name, "", ix.comment);
  auto t = desired.tables.find({ix.schema, ix.table});
  if (t != desired.tables.end() && t->second.replica_identity == 'i' && t->second.replica_index == ix.name)
    replica_identity_guard(b, t->second, true);
  return b.text();
}

}  // namespace pgdrift
