// Steps for domains, composite types and range types.
#include "emit/step_block.h"

namespace pgdrift {

using namespace catalog;

std::string emit_domain_step(const Step& s) {
  const Domain& d = *s.obj.domain;
  std::string id = qualified(d.schema, d.name);
  std::string create = "CREATE DOMAIN " + id + " AS " + d.base_type;
  if (!d.collation.empty()) create += " COLLATE " + d.collation;
  if (d.default_expr) create += " DEFAULT (" + d.default_expr->sql.value + ")";
  if (d.not_null) create += " NOT NULL";
  for (const auto& [n, c] : d.checks) create += " CONSTRAINT " + quote_ident(n) + " CHECK (" + c.check.sql.value + ")";
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_type(" + args2(d.schema, d.name) + ") THEN");
  b.line(create + ";", 2);
  b.log("create domain", lit("DROP DOMAIN " + id));
  b.line("END IF;");
  std::string dflt = "(SELECT pg_catalog.pg_get_expr(t.typdefaultbin, 0) FROM pg_catalog.pg_type t WHERE t.oid = " + lit(id) + "::pg_catalog.regtype)";
  if (d.default_expr) {
    b.line("IF " + dflt + " IS DISTINCT FROM pgdrift.probe_default(" + lit(d.base_type) + ", " + lit(d.default_expr->sql.value) + ") THEN");
    b.line("pgd_old := " + dflt + ";", 2);
    b.line("ALTER DOMAIN " + id + " SET DEFAULT (" + d.default_expr->sql.value + ");", 2);
    b.log("set domain default", "CASE WHEN pgd_old IS NULL THEN " + lit("ALTER DOMAIN " + id + " DROP DEFAULT") + " ELSE " +
                                    fmt_lit("ALTER DOMAIN " + id + " SET DEFAULT ") + " || pgd_old END");
    b.line("END IF;");
  } else {
    b.line("IF " + dflt + " IS NOT NULL THEN");
    b.line("pgd_old := " + dflt + ";", 2);
    b.line("ALTER DOMAIN " + id + " DROP DEFAULT;", 2);
    b.log("drop domain default", fmt_lit("ALTER DOMAIN " + id + " SET DEFAULT ") + " || pgd_old");
    b.line("END IF;");
  }
  std::string notnull = "(SELECT t.typnotnull FROM pg_catalog.pg_type t WHERE t.oid = " + lit(id) + "::pg_catalog.regtype)";
  b.line(std::string("IF ") + (d.not_null ? "NOT " : "") + notnull + " THEN");
  b.line("ALTER DOMAIN " + id + (d.not_null ? " SET NOT NULL;" : " DROP NOT NULL;"), 2);
  b.log(d.not_null ? "set not null" : "drop not null", lit("ALTER DOMAIN " + id + (d.not_null ? " DROP NOT NULL" : " SET NOT NULL")));
  b.line("END IF;");
  for (const auto& [n, c] : d.checks) {
    std::string has = "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE contypid = " + lit(id) + "::pg_catalog.regtype AND conname = " + lit(n) + ")";
    b.line("IF NOT " + has + " THEN");
    b.line("ALTER DOMAIN " + id + " ADD CONSTRAINT " + quote_ident(n) + " CHECK (" + c.check.sql.value + ")" + (c.not_valid ? " NOT VALID" : "") + ";", 2);
    b.log("add domain constraint", lit("ALTER DOMAIN " + id + " DROP CONSTRAINT " + quote_ident(n)));
    b.line("END IF;");
  }
  if (s.drop_extra_parts) {  // CHECKs only in the database, when constraints may be dropped
    std::string keep = "ARRAY[";
    for (const auto& [n, c] : d.checks) keep += (keep.size() > 6 ? ", " : "") + lit(n);
    keep += "]::text[]";
    b.line("FOR pgd_rec IN SELECT conname::text AS n, pg_catalog.pg_get_constraintdef(oid) AS def FROM pg_catalog.pg_constraint");
    b.line("WHERE contypid = " + lit(id) + "::pg_catalog.regtype AND contype = 'c' AND conname <> ALL (" + keep + ") ORDER BY 1 LOOP", 2);
    b.line("EXECUTE pg_catalog.format('ALTER DOMAIN %s DROP CONSTRAINT %I', " + lit(id) + ", pgd_rec.n);", 2);
    b.line("PERFORM pgdrift.log(" + std::to_string(s.number) + ", 'drop domain constraint', " + lit(s.id) +
           ", pg_catalog.format('ALTER DOMAIN %s ADD CONSTRAINT %I %s', " + lit(id) + ", pgd_rec.n, pgd_rec.def));", 2);
    b.line("pgd_done := true;", 2);
    b.line("END LOOP;");
  }
  comment_guard(b, "type", "DOMAIN " + id, d.schema, d.name, "", d.comment);
  return b.text();
}

std::string emit_composite_step(const Step& s) {
  const CompositeType& c = *s.obj.composite;
  std::string id = qualified(c.schema, c.name), attrs;
  for (const auto& [n, t] : c.attributes) attrs += (attrs.empty() ? "" : ", ") + quote_ident(n) + " " + t;
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_type(" + args2(c.schema, c.name) + ") THEN");
  b.line("CREATE TYPE " + id + " AS (" + attrs + ");", 2);
  b.log("create type", lit("DROP TYPE " + id));
  b.line("END IF;");
  for (const auto& [n, t] : c.attributes) {
    b.line("IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = (SELECT typrelid FROM pg_catalog.pg_type WHERE oid = " +
           lit(id) + "::pg_catalog.regtype) AND attname = " + lit(n) + " AND NOT attisdropped) THEN");
    b.line("ALTER TYPE " + id + " ADD ATTRIBUTE " + quote_ident(n) + " " + t + ";", 2);
    b.log("add attribute", lit("ALTER TYPE " + id + " DROP ATTRIBUTE " + quote_ident(n)));
    b.line("END IF;");
  }
  comment_guard(b, "type", "TYPE " + id, c.schema, c.name, "", c.comment);
  return b.text();
}

std::string emit_range_step(const Step& s) {
  const RangeType& r = *s.obj.range;
  std::string id = qualified(r.schema, r.name);
  std::string def = "CREATE TYPE " + id + " AS RANGE (SUBTYPE = " + r.subtype;
  if (!r.subtype_opclass.empty()) def += ", SUBTYPE_OPCLASS = " + r.subtype_opclass;
  if (!r.collation.empty()) def += ", COLLATION = " + r.collation;
  def += ", MULTIRANGE_TYPE_NAME = " + qualified(r.schema, r.multirange) + ")";
  StepBlock b(s);
  b.line("IF NOT pgdrift.has_type(" + args2(r.schema, r.name) + ") THEN");
  b.line(def + ";", 2);
  b.log("create type", lit("DROP TYPE " + id));
  b.line("END IF;");
  comment_guard(b, "type", "TYPE " + id, r.schema, r.name, "", r.comment);
  return b.text();
}

}  // namespace pgdrift
