#include "emit/baseline.h"

#include <algorithm>
#include <functional>
#include <map>

#include "base/sql_ident.h"
#include "base/version.h"
#include "emit/object_sql.h"
#include "emit/report.h"
#include "emit/sql_defs.h"
#include "emit/sql_text.h"
#include "emit/baseline_order.h"

namespace pgdrift {

using namespace catalog;

namespace {
using emit_detail::Layout;

// "TABLE public.v" -> the ALTER command for its owner: views, materialized views, procedures
// and domains each have their own.
std::string alter_target(const Catalog& cat, const std::string& object) {
  size_t sp = object.find(' ');
  std::string kind = object.substr(0, sp), name = object.substr(sp + 1);
  std::optional<Key> key = parse_qualified(name);  // a lookup, not a scan per owner
  if (auto v = key && kind == "TABLE" ? cat.views.find(*key) : cat.views.end(); v != cat.views.end())
    return (v->second.materialized ? "MATERIALIZED VIEW " : "VIEW ") + name;
  if (key && kind == "TYPE" && cat.domains.count(*key)) return "DOMAIN " + name;
  if (kind == "FUNCTION") return "ROUTINE " + name;
  return object;
}

std::string grant_object(const std::string& object) {
  return object.rfind("FUNCTION ", 0) == 0 ? "ROUTINE " + object.substr(9) : object;
}

// A built-in default revoked FOR ROLE someone: default_grants lacks it whoever revoked it.
bool revoked_for_a_role(const Catalog& cat, const DefaultGrant& b) {
  for (const DefaultGrant& r : cat.revoked_builtins.value)
    if (r.kind == b.kind && r.privilege == b.privilege) return true;
  return false;
}

std::string commented(const std::string& text) {
  std::string out = "-- ";
  for (char c : text) out += c == '\n' ? std::string("\n-- ") : std::string(1, c);
  return out;
}

// The sequence a serial or identity column takes its values from, or nullptr.
const Sequence* column_sequence(const Catalog& cat, const Table& t, const Column& c) {
  if (c.identity) return identity_sequence_of(cat, t, c.name);
  if (!c.default_expr || !c.default_expr->expr.value) return nullptr;
  std::optional<std::vector<std::string>> name = c.default_expr->expr.value->nextval_sequence();
  if (!name || name->size() < 2) return nullptr;
  auto it = cat.sequences.find({(*name)[name->size() - 2], name->back()});
  return it == cat.sequences.end() ? nullptr : &it->second;
}
}  // namespace

namespace emit_detail {
std::string replica_identity_sql(const Catalog& cat) {
  std::string out;
  for (const auto& [k, t] : cat.tables) {
    if (!t.foreign_server.empty()) continue;  // a foreign table has none
    std::string id = "ALTER TABLE " + key_text(k) + " REPLICA IDENTITY ";
    if (t.replica_identity == 'f') out += id + "FULL;\n";
    if (t.replica_identity == 'n') out += id + "NOTHING;\n";
    if (t.replica_identity == 'i') out += id + "USING INDEX " + quote_ident(t.replica_index) + ";\n";
  }
  return out;
}

// Owners, privileges and default privileges as the source leaves them (after every object, so
// default privileges do not add to what the grants below state).
std::string acl_sql(const Catalog& cat, const std::function<bool(const std::string&)>& keep) {
  std::string out;
  for (const auto& [object, role] : cat.owners.value) {
    if (object == "SCHEMA public" && role == "pg_database_owner") continue;  // as every database has it
    if (!keep(object)) continue;
    out += "ALTER " + alter_target(cat, object) + " OWNER TO " + quote_ident(role) + ";\n";
  }
  for (const std::string& object : acl_objects(cat))
    for (const Grant& b : keep(object) ? builtin_grants(object) : std::vector<Grant>{})
      if (!cat.grants.value.count(b)) out += "REVOKE " + b.privilege + " ON " + grant_object(object) + " FROM PUBLIC;\n";
  for (const Grant& g : cat.grants.value) {
    if (!keep(g.object)) continue;
    std::vector<Grant> builtin = builtin_grants(g.object);
    if (std::find(builtin.begin(), builtin.end(), g) != builtin.end()) continue;
    out += "GRANT " + g.privilege + (g.column.empty() ? "" : " (" + quote_ident(g.column) + ")") + " ON " + grant_object(g.object) +
           " TO " + (g.grantee == "PUBLIC" ? g.grantee : quote_ident(g.grantee)) + (g.grant_option ? " WITH GRANT OPTION" : "") + ";\n";
  }
  return out;
}

std::vector<std::string> default_privilege_lines(const Catalog& cat) {
  std::vector<std::string> out;
  auto defaults = [](const DefaultGrant& d) {
    return "ALTER DEFAULT PRIVILEGES" + (d.role.empty() ? "" : " FOR ROLE " + quote_ident(d.role)) +
           (d.schema.empty() ? "" : " IN SCHEMA " + quote_ident(d.schema));
  };
  auto revoke = [&](const DefaultGrant& d) {
    out.push_back(defaults(d) + " REVOKE " + d.privilege + " ON " + default_grant_kind_sql(d.kind) + " FROM PUBLIC;\n");
  };
  for (const DefaultGrant& d : cat.revoked_builtins.value) revoke(d);
  for (const DefaultGrant& b : {DefaultGrant{"", "", 'f', "PUBLIC", "EXECUTE", false}, DefaultGrant{"", "", 'T', "PUBLIC", "USAGE", false}})
    if (!cat.default_grants.value.count(b) && !revoked_for_a_role(cat, b)) revoke(b);
  for (const DefaultGrant& d : cat.default_grants.value) {
    bool builtin = d.role.empty() && d.schema.empty() && d.grantee == "PUBLIC" && !d.grant_option &&
                   ((d.kind == 'f' && d.privilege == "EXECUTE") || (d.kind == 'T' && d.privilege == "USAGE"));
    if (builtin) continue;  // PostgreSQL's own defaults
    out.push_back(defaults(d) + " GRANT " + d.privilege + " ON " + default_grant_kind_sql(d.kind) + " TO " +
                  (d.grantee == "PUBLIC" ? d.grantee : quote_ident(d.grantee)) + (d.grant_option ? " WITH GRANT OPTION" : "") + ";\n");
  }
  return out;
}

}  // namespace emit_detail

std::string sequence_fix_sql(const Catalog& cat) {
  std::string out;
  for (const auto& [k, t] : cat.tables)
    for (const std::string& n : t.column_order.value) {
      const Column* c = t.column(n);
      const Sequence* q = c ? column_sequence(cat, t, *c) : nullptr;
      if (!q) continue;
      out += "SELECT pg_catalog.setval(" + quote_literal(qualified(q->schema, q->name)) + ", m) FROM (SELECT pg_catalog.max(" +
             quote_ident(n) + ")::bigint AS m FROM " + key_text(k) + ") AS c\n  WHERE m > (SELECT coalesce(last_value, start_value - 1) " +
             "FROM pg_catalog.pg_sequences WHERE schemaname = " + quote_literal(q->schema) + " AND sequencename = " +
             quote_literal(q->name) + " AND increment_by > 0);\n";
    }
  return "-- " + std::string(kVersion) + ": every serial and identity sequence moved past its column's largest value\n"
         "-- (rows loaded with explicit ids leave it behind). Never lowered; empty tables and descending sequences\n"
         "-- are left alone; a second run changes nothing.\n" + (out.empty() ? "-- (no serial or identity column)\n" : out);
}

std::string emit_baseline(const Plan& plan, const Catalog& desired, const BaselineInputs& in) {
  Layout layout(plan);
  std::vector<std::string> notes;
  std::string body;
  for (size_t i : layout.order(notes)) body += emit_detail::step_sql(desired, layout, i);
  std::string out;
  if (in.header)
    out = "-- " + std::string(kVersion) + " baseline of " + comment_text(in.source) +
          "\n-- Plain SQL in dependency order: loads into an empty database with psql -v ON_ERROR_STOP=1.\n";
  for (const std::string& n : notes) out += "-- note: " + comment_text(n) + "\n";
  out += "-- Function bodies are checked when they run, as pg_dump's scripts have them: a body may read a\n"
         "-- table created further down.\nSET check_function_bodies = false;\n\n" + body;
  out += emit_detail::replica_identity_sql(desired) + emit_detail::acl_sql(desired, [](const std::string&) { return true; });
  for (const std::string& line : emit_detail::default_privilege_lines(desired)) out += line;
  out += "RESET check_function_bodies;\n";
  if (!in.run.empty()) {
    out += "\n-- Statements of the source pgdrift does not model, or on objects it references but does not\n"
           "-- define (the platform's), run as written, in their order:\n";
    for (const KeptStatement& k : in.run) out += "-- " + comment_text(k.where) + "\n" + k.text + ";\n";
  }
  if (!in.kept.empty()) {
    out += "\n-- Statements of the source that are not schema (data, jobs), in their order. Not run here: they\n"
           "-- may need rows or objects in an order the baseline does not keep; copy the ones you need.\n";
    for (const KeptStatement& k : in.kept) out += "-- " + comment_text(k.where) + "\n" + commented(k.text) + ";\n";
  }
  if (!in.listed.empty()) {
    out += "\n-- Statements of the source this baseline leaves out (see their warnings):\n";
    for (const std::string& l : in.listed) out += "--   " + comment_text(l) + "\n";
  }
  return out;
}

}  // namespace pgdrift
