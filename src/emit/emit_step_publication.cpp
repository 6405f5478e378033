// Publications: created when missing (FOR ALL TABLES, or empty and then filled), publish
// options set, missing tables and schemas added. A table's column list or row filter that
// differs is replaced (SET TABLE would drop the others): dropped from the publication and added
// again. Tables and schemas only the database publishes are left (reported).
#include "emit/sql_defs.h"
#include "emit/step_block.h"

namespace pgdrift {

using namespace catalog;

namespace {
std::string options_sql(const Publication& p) {
  return "publish = " + lit(p.publish) + ", publish_via_partition_root = " + (p.via_root ? "true" : "false");
}

std::string options_text(const Publication& p) {  // as pgdrift.publication_options prints them
  auto has = [&](const char* op) { return p.publish.find(op) != std::string::npos ? "t" : "f"; };
  return std::string(has("insert")) + "," + has("update") + "," + has("delete") + "," + has("truncate") + "," +
         (p.via_root ? "t" : "f");
}
}  // namespace

std::string emit_publication_step(const Step& s) {
  const Publication& p = *s.obj.publication;
  std::string name = quote_ident(p.name);
  StepBlock b(s);
  b.line("IF pgdrift.publication_options(" + lit(p.name) + ") IS NULL THEN");
  b.line("CREATE PUBLICATION " + name + (p.all_tables ? " FOR ALL TABLES" : "") + " WITH (" + options_sql(p) + ");", 2);
  b.log("create publication", lit("DROP PUBLICATION " + name));
  b.line("ELSIF pgdrift.publication_options(" + lit(p.name) + ") IS DISTINCT FROM " + lit(options_text(p)) + " THEN");
  b.line("pgd_old := pgdrift.publication_options(" + lit(p.name) + ");", 2);
  b.line("ALTER PUBLICATION " + name + " SET (" + options_sql(p) + ");", 2);
  b.log("set publication options", fmt_lit("ALTER PUBLICATION " + name + " SET (publish = ") +
                                        " || pgdrift.publish_list(pgd_old) || ', publish_via_partition_root = ' || pg_catalog.split_part(pgd_old, ',', 5) || ')'");
  b.line("END IF;");
  for (const auto& [k, t] : p.tables) {
    std::string table = publication_table_sql(k, t);
    std::string only = key_text(k);
    std::string args = lit(p.name) + ", " + lit(only);
    b.line("IF pgdrift.publication_table(" + args + ") IS DISTINCT FROM pgdrift.probe_publication_table(" + lit(table) + ") THEN");
    b.line("IF pgdrift.publication_table(" + args + ") IS NOT NULL THEN", 2);
    b.line("pgd_old := pgdrift.publication_table_sql(" + args + ");", 3);
    b.line("ALTER PUBLICATION " + name + " DROP TABLE ONLY " + only + ";", 3);
    b.log("drop publication table", fmt_lit("ALTER PUBLICATION " + name + " ADD TABLE ONLY ") + " || pgd_old", 3);
    b.line("END IF;", 2);
    b.line("ALTER PUBLICATION " + name + " ADD TABLE ONLY " + table + ";", 2);
    b.log("add publication table", lit("ALTER PUBLICATION " + name + " DROP TABLE ONLY " + only));
    b.line("END IF;");
  }
  for (const std::string& schema : p.schemas) {
    b.line("IF NOT pgdrift.publication_has_schema(" + lit(p.name) + ", " + lit(schema) + ") THEN");
    b.line("ALTER PUBLICATION " + name + " ADD TABLES IN SCHEMA " + quote_ident(schema) + ";", 2);
    b.log("add publication schema", lit("ALTER PUBLICATION " + name + " DROP TABLES IN SCHEMA " + quote_ident(schema)));
    b.line("END IF;");
  }
  if (s.drop_extra_parts && !p.all_tables) {  // tables only the database publishes
    std::string keep = "ARRAY[";
    for (const auto& [k, t] : p.tables) keep += (keep.size() > 6 ? ", " : "") + lit(key_text(k));
    keep += "]::text[]";
    b.line("FOR pgd_rec IN SELECT pr.prrelid::pg_catalog.regclass::text AS t FROM pg_catalog.pg_publication_rel pr");
    b.line("JOIN pg_catalog.pg_publication pb ON pb.oid = pr.prpubid WHERE pb.pubname = " + lit(p.name) +
           " ORDER BY 1 LOOP", 2);
    b.line("CONTINUE WHEN pg_catalog.format('%s', pgd_rec.t) = ANY (" + keep + ") OR EXISTS (SELECT 1 FROM pg_catalog.unnest(" +
           keep + ") k WHERE pg_catalog.to_regclass(k) = pg_catalog.to_regclass(pgd_rec.t));", 2);
    b.line("pgd_old := pgdrift.publication_table_sql(" + lit(p.name) + ", pgd_rec.t);", 2);
    b.line("EXECUTE 'ALTER PUBLICATION " + name + " DROP TABLE ONLY ' || pgd_rec.t;", 2);
    b.line("PERFORM pgdrift.log(" + std::to_string(s.number) + ", 'drop publication table', " + lit(s.id) + ", " +
           lit("ALTER PUBLICATION " + name + " ADD TABLE ONLY ") + " || pgd_old);", 2);
    b.line("pgd_done := true;", 2);
    b.line("END LOOP;");
  }
  comment_guard(b, "publication", "PUBLICATION " + name, p.name, "", "", p.comment);
  return b.text();
}

}  // namespace pgdrift
