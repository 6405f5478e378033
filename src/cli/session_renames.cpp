// Renames of a comparison (catalog/rename.h): the policy's `rename ...;` rules, in the order
// written, then the renames the desired migrations themselves made (inferred). Each is applied
// to the actual catalog when that one has the old name and not the new one.
#include "base/sql_ident.h"
#include "cli/cli.h"

namespace pgdrift::cli {

namespace {
using catalog::Rename;
using catalog::RenameKind;

// The kind a rule names ("column", "enum value", ...), as rename_kind_name spells it.
RenameKind kind_of(const std::string& k) {
  for (RenameKind r : {RenameKind::Column, RenameKind::Type, RenameKind::EnumValue, RenameKind::Index, RenameKind::Constraint})
    if (k == catalog::rename_kind_name(r)) return r;
  return RenameKind::Table;
}

// A rule's names, the schema public when left out (the loader checked the number of parts).
Rename from_rule(const Policy::Rename& rule) {
  Rename r;
  r.kind = kind_of(rule.kind);
  r.at = rule.at;
  r.to = rule.to;
  std::vector<std::string> parts = rule.from;
  bool part = r.kind == RenameKind::Column || r.kind == RenameKind::Constraint || r.kind == RenameKind::EnumValue;
  if (parts.size() == (part ? 2u : 1u)) parts.insert(parts.begin(), "public");
  r.schema = parts[0];
  if (part) r.owner = parts[1];
  r.from = parts.back();
  return r;
}

// "public.users", "public.users.name", "public.mood 'sad'": an object as the rule names it.
std::string object_text(const std::string& schema, const std::string& owner, const std::string& name, bool label) {
  std::string out = quote_ident(schema) + (owner.empty() ? "" : "." + quote_ident(owner));
  return out + (label ? " " + quote_literal(name) : "." + quote_ident(name));
}

std::string describe(const Rename& r) {
  return std::string(catalog::rename_kind_name(r.kind)) + " " + object_text(r.schema, r.owner, r.from, r.kind == RenameKind::EnumValue);
}

// The objects of the rule's kind in `cat`, written as object_text writes them.
std::vector<std::string> candidates(const catalog::Catalog& cat, const Rename& r) {
  std::vector<std::string> out;
  auto keys = [&](const auto& map) {
    for (const auto& [k, o] : map) out.push_back(object_text(k.first, "", k.second, false));
  };
  switch (r.kind) {
    case RenameKind::Table: keys(cat.tables); break;
    case RenameKind::Index: keys(cat.indexes); break;
    case RenameKind::Type: keys(cat.enums), keys(cat.domains), keys(cat.composites), keys(cat.ranges); break;
    case RenameKind::Column: case RenameKind::Constraint:
      for (const auto& [k, t] : cat.tables) {
        if (r.kind == RenameKind::Column)
          for (const auto& [n, c] : t.columns) out.push_back(object_text(k.first, k.second, n, false));
        else
          for (const auto& [n, c] : t.constraints) out.push_back(object_text(k.first, k.second, n, false));
      }
      break;
    case RenameKind::EnumValue:
      for (const auto& [k, e] : cat.enums)
        for (const std::string& l : e.labels) out.push_back(object_text(k.first, k.second, l, true));
      break;
  }
  return out;
}

// Renamed again later (X to Y, then Y to Z): the chain's last name is the one the desired has.
bool renamed_again(const std::vector<Rename>& seen, size_t i) {
  for (size_t j = i + 1; j < seen.size(); ++j)
    if (seen[j].kind == seen[i].kind && seen[j].schema == seen[i].schema && seen[j].owner == seen[i].owner && seen[j].from == seen[i].to)
      return true;
  return false;
}
}  // namespace

std::vector<Rename> Session::apply_renames(catalog::Catalog& actual, const catalog::Catalog& desired, const std::vector<Rename>& seen) {
  std::vector<Rename> done;
  for (const Policy::Rename& rule : policy_ ? policy_->renames : std::vector<Policy::Rename>{}) {
    Rename r = from_rule(rule);
    bool source = catalog::rename_source_exists(actual, r), target = catalog::rename_target_exists(actual, r);
    if (source && !target) {
      catalog::apply_rename(actual, r, diags);
      done.push_back(r);
    } else if (source && target) {
      diags.report(DiagKind::rule_matches_nothing, r.at, "the actual schema has both " + describe(r) + " and " + quote_ident(r.to) + ": rename ignored");
    } else if (!target) {
      diags.report(DiagKind::rule_matches_nothing, r.at,
                   describe(r) + " is not in the actual schema (and " + quote_ident(r.to) + " is not either): rename ignored" +
                       suggestion(nearest(object_text(r.schema, r.owner, r.from, r.kind == RenameKind::EnumValue), candidates(actual, r))));
    }
  }
  for (size_t i = 0; i < seen.size(); ++i) {
    const Rename& r = seen[i];
    bool wanted = catalog::rename_target_exists(desired, r) || renamed_again(seen, i);
    if (!wanted || !catalog::rename_source_exists(actual, r) || catalog::rename_target_exists(actual, r)) continue;
    catalog::apply_rename(actual, r, diags);
    done.push_back(r);
  }
  return done;
}

}  // namespace pgdrift::cli
