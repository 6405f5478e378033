// Policy rules that name nothing (W106), with the nearest name: a typo in `ignore` or `allow
// drop` would otherwise silently compare or keep what the user meant to leave out.
#include <algorithm>
#include <set>

#include "base/sql_ident.h"
#include "cli/cli.h"

namespace pgdrift::cli {

namespace {
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

// The candidate closest to `text`, when close enough to be a typo ("" otherwise).
std::string nearest(const std::string& text, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_d = std::max<size_t>(2, text.size() / 3) + 1;
  for (const std::string& c : candidates)
    if (size_t d = edit_distance(text, c); d < best_d) best_d = d, best = c;
  return best;
}

std::string suggestion(const std::string& n) { return n.empty() ? "" : "; did you mean '" + n + "'?"; }

namespace {
// A using rule's (schema, table, column), the schema public when left out.
std::vector<std::string> column_parts(const Policy::Using& u) {
  std::vector<std::string> parts = u.column;
  if (parts.size() == 2) parts.insert(parts.begin(), "public");
  return parts;
}

// An object's name parts as `ignore` rules see them: (schema, [table,] name).
std::vector<std::string> name_parts(const catalog::ObjectRef& r) {
  const catalog::Key rel = r.relation();  // named, not bound: lambdas capture them (clang 14)
  const std::string &rs = rel.first, &rn = rel.second;
  return catalog::visit_object(r, [&](const auto& o) -> std::vector<std::string> {
    if constexpr (requires { o.schema; o.name; }) return {o.schema, o.name};
    else if constexpr (requires { o.name; }) return rs.empty() ? std::vector<std::string>{o.name} : std::vector<std::string>{rs, rn, o.name};
    else return {};
  });
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ".") + p;
  return out;
}
}  // namespace

void Session::check_rules(const catalog::Catalog& actual, const catalog::Catalog& desired) {
  if (!policy_) return;
  for (size_t r = 0; r < policy_->ignored.size(); ++r) {
    if (ignore_hits_ && (*ignore_hits_)[r]) continue;
    const Policy::Ignored& rule = policy_->ignored[r];
    std::vector<std::string> names;
    for (const catalog::Catalog* cat : {&actual, &desired})
      catalog::for_each_object(*cat, [&](const catalog::ObjectRef& o) {
        if (rule.kind != object_kind_name(o.kind())) return;
        std::vector<std::string> parts = name_parts(o);
        if (parts.size() < rule.parts.size()) return;
        names.push_back(joined(std::vector<std::string>(parts.end() - static_cast<long>(rule.parts.size()), parts.end())));
      });
    diags.report(DiagKind::rule_matches_nothing, rule.at,
                 "ignore " + rule.kind + " " + joined(rule.parts) + " matches no object" + suggestion(nearest(joined(rule.parts), names)));
  }
  const std::vector<std::string>& kinds = object_kind_names();
  for (size_t i = 0; i < policy_->allow_drop.size(); ++i) {
    const std::string& id = policy_->allow_drop[i];
    if (std::binary_search(kinds.begin(), kinds.end(), id)) continue;
    std::vector<std::string> ids;
    bool found = false;
    for (const catalog::Catalog* cat : {&actual, &desired})
      catalog::for_each_object(*cat, [&](const catalog::ObjectRef& o) {
        std::string oid = object_id(o);
        found = found || oid == id;
        ids.push_back(std::move(oid));
      });
    if (!found)
      diags.report(DiagKind::rule_matches_nothing, policy_->allow_drop_at[i],
                   "allow drop " + id + " names no object and no kind" + suggestion(nearest(id, ids)));
  }
  std::vector<std::string> columns;  // every desired column, for the nearest name
  for (const Policy::Using& u : policy_->usings) {
    std::vector<std::string> parts = column_parts(u);
    auto t = desired.tables.find({parts[0], parts[1]});
    if (t != desired.tables.end() && t->second.column(parts[2])) continue;
    if (columns.empty())
      for (const auto& [k, table] : desired.tables)
        for (const auto& [n, c] : table.columns) columns.push_back(qualified(k.first, k.second) + "." + quote_ident(n));
    std::string id = qualified(parts[0], parts[1]) + "." + quote_ident(parts[2]);
    diags.report(DiagKind::rule_matches_nothing, u.at, "using: column " + id + " is not in the desired schema" + suggestion(nearest(id, columns)));
  }
}

namespace {
// The roles a catalog's privileges, default privileges and owners name (PUBLIC aside).
std::set<std::string> roles_named(const catalog::Catalog& cat) {
  std::set<std::string> out;
  for (const catalog::Grant& g : cat.grants.value) out.insert(g.grantee);
  for (const catalog::DefaultGrant& g : cat.default_grants.value) out.insert(g.grantee), out.insert(g.role);
  for (const auto& [o, role] : cat.owners.value) out.insert(role);
  out.erase("PUBLIC");
  out.erase("");
  return out;
}
}  // namespace

// N303: roles the desired schema needs that nothing says exist (the actual schema shows them,
// or the policy declares them `external role`).
void Session::note_unknown_roles(const catalog::Catalog& actual, const catalog::Catalog& desired) {
  if (!privileges()) return;
  std::set<std::string> known = roles_named(actual);
  if (policy_)
    for (const Policy::External& e : policy_->externals)
      if (e.kind == Policy::External::Kind::Role) known.insert(e.name);
  for (const std::string& role : roles_named(desired))
    if (!known.count(role) && !role.starts_with("pg_"))
      diags.report(DiagKind::unknown_role, SourceSpan{},
                   "role " + quote_ident(role) + " is granted to in the desired schema, but the actual schema never shows it and no "
                   "'external role' declares it: where the server lacks it, the reconciler leaves its grants out");
}

// W106 for an `exclude table` rule of the user's own policy file (not a profile's: a profile
// names what may be there) that matches no table of either input, checked before the rules
// remove what they match.
void Session::check_excludes(const catalog::Catalog& actual, const catalog::Catalog& desired) {
  if (!policy_ || !policy_file_) return;
  std::vector<std::string> names;
  for (const catalog::Catalog* cat : {&actual, &desired})
    for (const auto& [k, t] : cat->tables) names.push_back(qualified(k.first, k.second));
  for (const NamePattern& p : policy_->exclude_tables) {
    if (p.at.file != *policy_file_) continue;
    bool found = false;
    for (const catalog::Catalog* cat : {&actual, &desired})
      for (const auto& [k, t] : cat->tables)
        found = found || ((p.schema.empty() || glob_match(p.schema, k.first)) && glob_match(p.name, k.second));
    if (!found) {
      std::string text = p.schema.empty() ? p.name : p.schema + "." + p.name;
      diags.report(DiagKind::rule_matches_nothing, p.at, "exclude table " + text + " matches no table" + suggestion(nearest(text, names)));
    }
  }
}

std::vector<ReconcileInputs::Conversion> Session::conversions() const {
  std::vector<ReconcileInputs::Conversion> out;
  for (const Policy::Using& u : policy_ ? policy_->usings : std::vector<Policy::Using>{}) {
    std::vector<std::string> parts = column_parts(u);
    out.push_back({parts[0], parts[1], parts[2], u.expression});
  }
  return out;
}

}  // namespace pgdrift::cli
