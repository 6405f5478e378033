// CREATE/ALTER DOMAIN, composite types, range types.
#include "base/sql_ident.h"
#include "catalog/names.h"
#include "catalog/replay.h"
#include "catalog/replay_constraint.h"

namespace pgdrift::catalog {

namespace {
bool taken(Replayer& r, const Key& key) {
  if (!r.cat.type_exists(key) && !r.cat.relation_exists(key)) return false;
  r.warn(DiagKind::duplicate_object, "type " + key_text(key) + " already exists; statement ignored");
  return true;
}

// Domain CHECK names: <domain>_check, numbered like other constraints of the schema.
std::string domain_check_name(Replayer& r, const Domain& d) {
  return choose_name(d.name, "", "check", [&](const std::string& n) {
    if (d.checks.count(n) || constraint_name_taken(r.cat, d.schema, n)) return true;
    for (const auto& [k, other] : r.cat.domains)
      if (k.first == d.schema && other.checks.count(n)) return true;
    return false;
  });
}

void add_domain_constraint(Replayer& r, Domain& d, const ast::Constraint& c) {
  switch (c.kind) {
    case ast::ConstraintKind::NotNull: d.not_null = true; return;
    case ast::ConstraintKind::Null: d.not_null = false; return;
    case ast::ConstraintKind::Default:
      if (c.expr) d.default_expr = r.store(*c.expr, nullptr, c.printed);
      return;
    case ast::ConstraintKind::Check: {
      if (!c.expr) return;
      DomainCheck ck{c.name.empty() ? domain_check_name(r, d) : truncate_identifier(c.name), r.store(*c.expr, nullptr), c.not_valid, {c.printed}};
      d.checks[ck.name] = std::move(ck);
      return;
    }
    default:
      r.warn(DiagKind::unsupported_clause, "this kind of domain constraint is not modelled", c.span);
  }
}
}  // namespace

void replay_create_domain(Replayer& r, const ast::CreateDomain& s) {
  Key key = r.creation_key(s.name);
  if (taken(r, key)) return;
  Domain d;
  d.schema = key.first;
  d.name = key.second;
  d.base_type = r.column_type_of(s.base);
  d.collation = r.collation_of(s.collation);
  d.origin = r.origin();
  for (const ast::Constraint& c : s.constraints) add_domain_constraint(r, d, c);
  r.cat.domains[key] = std::move(d);
  acl_created(r, "TYPE " + key_text(key), 'T', key.first);
}

void replay_alter_domain(Replayer& r, const ast::AlterDomain& s) {
  auto k = r.find_type(s.name);
  auto it = k ? r.cat.domains.find(*k) : r.cat.domains.end();
  if (it == r.cat.domains.end()) {
    r.warn(DiagKind::unknown_object, "domain " + quote_ident(s.name.name) + " does not exist; statement ignored");
    return;
  }
  Domain& d = it->second;
  switch (s.action) {
    case 'T':
      if (s.default_expr) d.default_expr = r.store(*s.default_expr, nullptr, s.default_printed);
      else d.default_expr.reset();
      break;
    case 'N': d.not_null = false; break;
    case 'O': d.not_null = true; break;
    case 'C': if (s.constraint) add_domain_constraint(r, d, *s.constraint); break;
    case 'X':
      if (!d.checks.erase(s.constraint_name) && !s.missing_ok)
        r.warn(DiagKind::unknown_object, "constraint " + quote_ident(s.constraint_name) + " does not exist; action ignored");
      break;
    case 'V':
      if (auto c = d.checks.find(s.constraint_name); c != d.checks.end()) c->second.not_valid = false;
      break;
    default: r.warn(DiagKind::unsupported_clause, "this alter domain action is not modelled");
  }
}

void replay_create_composite(Replayer& r, const ast::CreateComposite& s) {
  Key key = r.creation_key(s.name);
  if (taken(r, key)) return;
  CompositeType c;
  c.schema = key.first;
  c.name = key.second;
  c.origin = r.origin();
  for (const ast::ColumnDef& a : s.attributes) {
    std::string type = r.column_type_of(a.type);
    std::string coll = r.collation_of(a.collation);
    c.attributes.emplace_back(truncate_identifier(a.name), coll.empty() ? type : type + " COLLATE " + coll);
  }
  r.cat.composites[key] = std::move(c);
  acl_created(r, "TYPE " + key_text(key), 'T', key.first);
}

void replay_create_range(Replayer& r, const ast::CreateRange& s) {
  Key key = r.creation_key(s.name);
  if (taken(r, key)) return;
  RangeType t;
  t.schema = key.first;
  t.name = key.second;
  if (s.subtype) t.subtype = r.column_type_of(*s.subtype);
  t.subtype_opclass = s.subtype_opclass.empty() ? "" : s.subtype_opclass.back();
  t.collation = r.collation_of(s.collation);
  auto function = [&](const std::vector<std::string>& names, bool diff) {
    if (names.empty()) return std::string();
    return late_regproc_name(r, ast::QualName{names.size() > 1 ? names[names.size() - 2] : "", names.back(), r.span}, [&r, key, diff] {
      auto it = r.cat.ranges.find(key);
      return it == r.cat.ranges.end() ? nullptr : diff ? &it->second.subtype_diff : &it->second.canonical;
    });
  };
  t.canonical = function(s.canonical, false);
  t.subtype_diff = function(s.subtype_diff, true);
  // PostgreSQL names the multirange by replacing "range" in the name, else appending "_multirange".
  t.multirange = s.multirange_name;
  if (t.multirange.empty()) {
    size_t pos = t.name.find("range");
    t.multirange = pos == std::string::npos ? t.name + "_multirange" : t.name.substr(0, pos) + "multirange" + t.name.substr(pos + 5);
  }
  t.origin = r.origin();
  r.cat.ranges[key] = std::move(t);
  acl_created(r, "TYPE " + key_text(key), 'T', key.first);
}

}  // namespace pgdrift::catalog
