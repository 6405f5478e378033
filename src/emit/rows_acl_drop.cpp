// Rows of privileges, owners and default privileges, and of drops.
#include "base/sql_ident.h"
#include "emit/reconcile_rows.h"

namespace pgdrift::emit_detail {

using namespace catalog;

namespace {
std::string grant_entry(const Grant& g) {
  return g.column + "|" + g.grantee + "|" + g.privilege + "|" + (g.grant_option ? "true" : "false");
}
std::string default_entry(const DefaultGrant& d) {
  return d.role + "|" + d.schema + "|" + std::string(1, d.kind) + "|" + d.grantee + "|" + d.privilege + "|" + (d.grant_option ? "true" : "false");
}
// "TABLE public.t" -> ("TABLE", "public.t"); a schema's name unquoted, as pg_namespace has it.
std::pair<std::string, std::string> acl_parts(const std::string& object) {
  size_t sp = object.find(' ');
  std::string kind = object.substr(0, sp), name = object.substr(sp + 1);
  if (kind == "SCHEMA" && name.size() > 1 && name.front() == '"') {
    std::string raw;
    for (size_t i = 1; i + 1 < name.size(); ++i) {
      raw += name[i];
      if (name[i] == '"') ++i;
    }
    name = raw;
  }
  return {kind, name};
}
}  // namespace

Row acl_row(const Step& s, const Catalog& desired) {
  auto [kind, name] = acl_parts(s.acl_object);
  std::vector<std::string> grants;
  if (s.grants)
    for (auto it = desired.grants.value.lower_bound(Grant{s.acl_object, "", "", "", false});
         it != desired.grants.value.end() && it->object == s.acl_object; ++it)
      grants.push_back(grant_entry(*it));
  std::vector<std::string> revokes;  // built-in privileges the desired schema revoked
  if (s.grants)
    for (const Grant& g : builtin_grants(s.acl_object))
      if (!desired.grants.value.count(g)) revokes.push_back(grant_entry(g));
  std::string owner;
  if (s.owners)
    if (auto o = desired.owners.value.find(s.acl_object); o != desired.owners.value.end()) owner = o->second;
  return {"acl", {"step", "kind", "name", "owner", "grants", "revokes", "exact"},
          {std::to_string(s.number), quote_literal(kind), quote_literal(name), text_or_null(owner), text_array(grants), text_array(revokes),
           boolean(s.exact)}};
}

// The desired default privileges granted, the built-in ones desired revokes taken away: for the
// roles that revoked them (FOR ROLE), else for whoever runs the script; the built-in ones desired
// keeps that the actual schema revoked FOR ROLE are granted back to that role.
Row default_acl_row(const Step& s, const Catalog& desired) {
  std::set<DefaultGrant> builtin{{"", "", 'f', "PUBLIC", "EXECUTE", false}, {"", "", 'T', "PUBLIC", "USAGE", false}};
  std::set<std::string> grants, revokes;
  for (const DefaultGrant& d : desired.default_grants.value)
    if (!(builtin.count(d) && d.role.empty())) grants.insert(default_entry(d));
  for (const DefaultGrant& b : builtin) {
    bool wanted = desired.default_grants.value.count(b) > 0, by_role = false;
    for (const DefaultGrant& r : desired.revoked_builtins.value)
      if (r.kind == b.kind && r.grantee == b.grantee && r.privilege == b.privilege) {
        revokes.insert(default_entry(r));
        by_role = true;
      }
    if (!wanted && !by_role) revokes.insert(default_entry(b));
    for (const DefaultGrant& r : s.revoked_by_role)
      if (wanted && r.kind == b.kind && r.grantee == b.grantee && r.privilege == b.privilege && !desired.revoked_builtins.value.count(r))
        grants.insert(default_entry(r));
  }
  return {"default_acl", {"step", "grants", "revokes"},
          {std::to_string(s.number), text_array({grants.begin(), grants.end()}), text_array({revokes.begin(), revokes.end()})}};
}

Row drop_row(const Step& s) {
  std::string kind = object_kind_name(s.kind), sch = "NULL", rel = "NULL", name, detail = "NULL";
  const ObjectRef& o = s.object;
  auto in = [&](const std::string& schema, const std::string& n) { sch = quote_literal(schema), name = quote_literal(n); };
  visit_object(o, overloaded{
      [&](const Schema& x) { name = quote_literal(x.name); },
      [&](const Extension& x) { name = quote_literal(x.name); },
      [&](const EnumType& x) { in(x.schema, x.name); },
      [&](const Domain& x) { in(x.schema, x.name); },
      [&](const CompositeType& x) { in(x.schema, x.name); },
      [&](const RangeType& x) { in(x.schema, x.name); },
      [&](const Sequence& x) { in(x.schema, x.name); },
      [&](const Table& x) { in(x.schema, x.name); },
      [&](const Column& x) { in(o.table()->schema, x.name), rel = quote_literal(o.table()->name); },
      [&](const Constraint& x) { in(o.table()->schema, x.name), rel = quote_literal(o.table()->name); },
      [&](const Index& x) { in(x.schema, x.name); },
      [&](const Function& x) { in(x.schema, x.name), detail = quote_literal(x.identity); },
      [&](const Aggregate& x) { in(x.schema, x.name), detail = quote_literal(x.identity); },
      [&](const Trigger& x) { in(o.relation().first, x.name), rel = quote_literal(o.relation().second); },
      [&](const Rule& x) { in(o.relation().first, x.name), rel = quote_literal(o.relation().second); },
      [&](const Policy& x) { in(o.table()->schema, x.name), rel = quote_literal(o.table()->name); },
      [&](const View& x) { in(x.schema, x.name); },
      [&](const Grant& g) {
        auto [k, n] = acl_parts(g.object);
        name = quote_literal(s.id);
        detail = quote_literal(k + "|" + n + "|" + grant_entry(g));
      },
      [&](const DefaultGrant& d) {
        kind = "default privilege";
        name = quote_literal(s.id);
        detail = quote_literal(default_entry(d));
      },
      [&](const OwnerEntry& e) { name = quote_literal(e.first); },
      [&](const Publication& x) { name = quote_literal(x.name); },
      [&](const Cast& x) { name = quote_literal(x.source), detail = quote_literal(x.target); },
      [&](const Collation& x) { in(x.schema, x.name); },
      [&](const TsDictionary& x) { in(x.schema, x.name); },
      [&](const UserMapping& x) { name = quote_literal(x.user), detail = quote_literal(x.server); },
      [&](const TsConfig& x) { in(x.schema, x.name); },
      [&](const EventTrigger& x) { name = quote_literal(x.name); },
      [&](const Statistics& x) { in(x.schema, x.name); },
      [&](const Operator& x) { in(x.schema, x.name), detail = quote_literal(x.left + "," + x.right); },
      [&](const ForeignServer& x) { name = quote_literal(x.name); },
      [&](const ForeignDataWrapper& x) { name = quote_literal(x.name); },
      [&]<Plain T>(const T& x) { in(x.schema, x.name), rel = quote_literal(plain_name(s.kind, x)), detail = quote_literal(std::string(plain_keyword(s.kind)) + " " + plain_name(s.kind, x)); },
      [&](const OpFamily& x) { in(x.schema, x.name), detail = quote_literal(x.method); },
      [&](const OpClass& x) { in(x.schema, x.name), detail = quote_literal(x.method); },
  });
  return {"drop", {"step", "kind", "sch", "rel", "name", "detail"}, {std::to_string(s.number), quote_literal(kind), sch, rel, name, detail}};
}

}  // namespace pgdrift::emit_detail
