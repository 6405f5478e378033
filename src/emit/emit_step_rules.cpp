// Steps for functions, triggers and policies: created when missing; when the server describes
// the existing one differently from the desired one (probed in pg_temp), replaced.
#include "emit/sql_defs.h"
#include "emit/step_block.h"

namespace pgdrift {

using namespace catalog;

std::string emit_function_step(const Step& s) {
  const Function& f = *s.obj.function;
  std::string kind = f.procedure ? "PROCEDURE" : "FUNCTION";
  std::string def = function_sql(f);
  std::string head = "CREATE OR REPLACE " + kind + " " + qualified(f.schema, f.name) + "(";
  std::string probe = "CREATE " + kind + " pg_temp.pgdrift_probe_fn(" + def.substr(head.size());
  std::string sig = qualified(f.schema, f.name) + "(" + f.identity + ")";
  std::string args = lit(f.schema) + ", " + lit(f.name) + ", " + lit(f.identity);
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_function(" + args + ") THEN");
  b.line(def + ";", 2);
  b.log("create " + std::string(f.procedure ? "procedure" : "function"), lit("DROP ROUTINE " + sig));
  b.line("ELSIF pgdrift.function_text(pgdrift.function_oid(" + args + ")) IS DISTINCT FROM pgdrift.probe_function(" + lit(probe) +
         ", " + lit(f.identity) + ", " + lit(quote_ident(f.name)) + ") THEN");
  b.line("pgd_old := pgdrift.function_sql(pgdrift.function_oid(" + args + "));", 2);
  b.line("BEGIN", 2);
  b.line(def + ";", 3);
  b.line("EXCEPTION WHEN invalid_function_definition THEN  -- another result type: replace it", 2);
  b.line("DROP ROUTINE " + sig + " CASCADE;", 3);
  b.line(def + ";", 3);
  b.line("END;", 2);
  b.log("replace function", "pgd_old");
  b.line("END IF;");
  comment_guard(b, "function", kind + " " + sig, f.schema, f.name, f.identity, f.comment);
  return b.text();
}

namespace {
const char* enable_clause(char c) {
  switch (c) {
    case 'D': return "DISABLE";
    case 'A': return "ENABLE ALWAYS";
    case 'R': return "ENABLE REPLICA";
    default: return "ENABLE";
  }
}
}  // namespace

std::string emit_trigger_step(const Step& s) {
  const Table& t = *s.obj.table;
  const Trigger& tr = *s.obj.trigger;
  std::string table = qualified(t.schema, t.name), name = quote_ident(tr.name);
  std::string args = args3(t.schema, t.name, tr.name);
  std::string def = tr.definition(table);
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_trigger(" + args + ") THEN");
  b.line(def + ";", 2);
  b.log("create trigger", lit("DROP TRIGGER " + name + " ON " + table));
  b.line("ELSIF pgdrift.trigger_text(pgdrift.trigger_oid(" + args + ")) IS DISTINCT FROM pgdrift.probe_trigger(" +
         args2(t.schema, t.name) + ", " + lit(tr.definition("@TABLE@")) + ") THEN");
  b.line("pgd_old := pgdrift.trigger_sql(" + args + ");", 2);
  b.line("DROP TRIGGER " + name + " ON " + table + ";", 2);
  b.line(def + ";", 2);
  b.log("replace trigger", lit("DROP TRIGGER IF EXISTS " + name + " ON " + table + "; ") + " || pgd_old");
  b.line("END IF;");
  b.line("IF pgdrift.trigger_enabled(" + args + ") IS DISTINCT FROM " + lit(std::string(1, tr.enabled)) + " THEN");
  b.line("pgd_old := pgdrift.trigger_enabled(" + args + ");", 2);
  b.line("ALTER TABLE " + table + " " + enable_clause(tr.enabled) + " TRIGGER " + name + ";", 2);
  b.log("set trigger state", "'ALTER TABLE " + table + " ' || CASE pgd_old WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS' "
                             "WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END || " + lit(" TRIGGER " + name));
  b.line("END IF;");
  comment_guard(b, "trigger", "TRIGGER " + name + " ON " + table, t.schema, t.name, tr.name, tr.comment);
  return b.text();
}

std::string emit_policy_step(const Step& s) {
  const Table& t = *s.obj.table;
  const Policy& p = *s.obj.policy;
  std::string table = qualified(t.schema, t.name), name = quote_ident(p.name);
  std::string args = args3(t.schema, t.name, p.name);
  std::string def = p.definition(table);
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_policy(" + args + ") THEN");
  b.line(def + ";", 2);
  b.log("create policy", lit("DROP POLICY " + name + " ON " + table));
  b.line("ELSIF pgdrift.policy_text(pgdrift.rel(" + args2(t.schema, t.name) + ", '{r,p}'), " + lit(p.name) +
         ") IS DISTINCT FROM pgdrift.probe_policy(" + args2(t.schema, t.name) + ", " + lit(p.definition("@TABLE@")) + ") THEN");
  b.line("pgd_old := pgdrift.policy_sql(" + args + ");", 2);
  b.line("DROP POLICY " + name + " ON " + table + ";", 2);
  b.line(def + ";", 2);
  b.log("replace policy", lit("DROP POLICY IF EXISTS " + name + " ON " + table + "; ") + " || pgd_old");
  b.line("END IF;");
  comment_guard(b, "policy", "POLICY " + name + " ON " + table, t.schema, t.name, p.name, p.comment);
  return b.text();
}

}  // namespace pgdrift
