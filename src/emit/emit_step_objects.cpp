// Steps for schemas, extensions, enum types and sequences.
#include "emit/sql_defs.h"
#include "emit/step_block.h"

namespace pgdrift {

using namespace catalog;

std::string emit_schema_step(const Step& s) {
  const Schema& sc = *s.obj.schema;
  std::string q = quote_ident(sc.name);
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_schema(" + lit(sc.name) + ") THEN");
  b.line("CREATE SCHEMA " + q + ";", 2);
  b.log("create schema", lit("DROP SCHEMA " + q));
  b.line("END IF;");
  // PostgreSQL gives public the comment "standard public schema", which pg_dump leaves out:
  // only a comment the desired schema states is enforced there.
  if (sc.name != "public" || !sc.comment.empty()) comment_guard(b, "schema", "SCHEMA " + q, sc.name, "", "", sc.comment);
  return b.text();
}

std::string emit_extension_step(const Step& s) {
  const Extension& e = *s.obj.extension;
  std::string q = quote_ident(e.name);
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_extension(" + lit(e.name) + ") THEN");
  b.line("CREATE EXTENSION " + q + " WITH SCHEMA " + quote_ident(e.schema) + ";", 2);
  b.log("create extension", lit("DROP EXTENSION " + q));
  b.line("END IF;");
  return b.text();
}

std::string emit_enum_step(const Step& s) {
  const EnumType& e = *s.obj.enum_type;
  std::string q = qualified(e.schema, e.name);
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_type(" + args2(e.schema, e.name) + ") THEN");
  std::string labels;
  for (size_t i = 0; i < e.labels.size(); ++i) labels += (i ? ", " : "") + lit(e.labels[i]);
  b.line("CREATE TYPE " + q + " AS ENUM (" + labels + ");", 2);
  b.log("create type", lit("DROP TYPE " + q));
  b.line("END IF;");
  // Missing labels go next to their neighbour in the desired order; PostgreSQL cannot remove
  // labels, so these actions have no undo.
  for (size_t i = 0; i < e.labels.size(); ++i) {
    b.line("IF NOT pgdrift.has_enum_label(" + args3(e.schema, e.name, e.labels[i]) + ") THEN");
    if (i == 0 && e.labels.size() > 1) {  // first label: before the second, if that one is there yet
      b.line("IF pgdrift.has_enum_label(" + args3(e.schema, e.name, e.labels[1]) + ") THEN", 2);
      b.line("ALTER TYPE " + q + " ADD VALUE IF NOT EXISTS " + lit(e.labels[0]) + " BEFORE " + lit(e.labels[1]) + ";", 3);
      b.line("ELSE", 2);
      b.line("ALTER TYPE " + q + " ADD VALUE IF NOT EXISTS " + lit(e.labels[0]) + ";", 3);
      b.line("END IF;", 2);
    } else {
      std::string where = i > 0 ? " AFTER " + lit(e.labels[i - 1]) : "";
      b.line("ALTER TYPE " + q + " ADD VALUE IF NOT EXISTS " + lit(e.labels[i]) + where + ";", 2);
    }
    b.log("add enum value " + e.labels[i], "NULL");
    b.line("END IF;");
  }
  comment_guard(b, "type", "TYPE " + q, e.schema, e.name, "", e.comment);
  return b.text();
}

std::string emit_sequence_step(const Step& s) {
  const Sequence& q = *s.obj.sequence;
  std::string id = qualified(q.schema, q.name);
  std::string opts = sequence_options_sql(q.params);
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_sequence(" + args2(q.schema, q.name) + ") THEN");
  b.line(std::string("CREATE ") + (q.unlogged ? "UNLOGGED " : "") + "SEQUENCE " + id + " " + opts + ";", 2);
  b.log("create sequence", lit("DROP SEQUENCE " + id));
  b.line("ELSIF pgdrift.sequence_options(" + args2(q.schema, q.name) + ") IS DISTINCT FROM " + lit(opts) + " THEN");
  b.line("pgd_old := pgdrift.sequence_options(" + args2(q.schema, q.name) + ");", 2);
  b.line("ALTER SEQUENCE " + id + " " + opts + ";", 2);
  b.log("alter sequence", fmt_lit("ALTER SEQUENCE " + id + " ") + " || pgd_old");
  b.line("END IF;");
  if (q.owner_table.second.empty()) {  // owned sequences get a SequenceOwner step after their table
    b.line("IF pgdrift.sequence_owner(" + args2(q.schema, q.name) + ") IS NOT NULL THEN");
    b.line("pgd_old := pgdrift.sequence_owner(" + args2(q.schema, q.name) + ");", 2);
    b.line("ALTER SEQUENCE " + id + " OWNED BY NONE;", 2);
    b.log("set sequence owner", fmt_lit("ALTER SEQUENCE " + id + " OWNED BY ") + " || pgd_old");
    b.line("END IF;");
  }
  comment_guard(b, "sequence", "SEQUENCE " + id, q.schema, q.name, "", q.comment);
  return b.text();
}

std::string emit_sequence_owner_step(const Step& s) {
  const Sequence& q = *s.obj.sequence;
  std::string id = qualified(q.schema, q.name);
  std::string owner = key_text(q.owner_table) + "." + quote_ident(q.owner_column);
  StepBlock b(s);
  b.line("IF pgdrift.sequence_owner(" + args2(q.schema, q.name) + ") IS DISTINCT FROM " + lit(owner) + " THEN");
  b.line("pgd_old := pgdrift.sequence_owner(" + args2(q.schema, q.name) + ");", 2);
  b.line("ALTER SEQUENCE " + id + " OWNED BY " + owner + ";", 2);
  b.log("set sequence owner", fmt_lit("ALTER SEQUENCE " + id + " OWNED BY ") + " || coalesce(pgd_old, 'NONE')");
  b.line("END IF;");
  return b.text();
}

}  // namespace pgdrift
