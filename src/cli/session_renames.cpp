// Renames of a comparison (catalog/rename.h): the policy's `rename ...;` rules, in the order
// written, then the renames the desired migrations themselves made (inferred). Each is applied
// to the actual catalog when that one has the old name and not the new one.
#include "base/sql_ident.h"
#include "cli/cli.h"

namespace pgdrift::cli {

namespace {
using catalog::Rename;
using catalog::RenameKind;

RenameKind kind_of(const std::string& k) {
  if (k == "column") return RenameKind::Column;
  if (k == "type") return RenameKind::Type;
  if (k == "enum value") return RenameKind::EnumValue;
  if (k == "index") return RenameKind::Index;
  if (k == "constraint") return RenameKind::Constraint;
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

std::string describe(const Rename& r) {
  bool label = r.kind == RenameKind::EnumValue;
  std::string owner = r.owner.empty() ? "" : "." + quote_ident(r.owner);
  return std::string(catalog::rename_kind_name(r.kind)) + " " + quote_ident(r.schema) + owner + (label ? " " + quote_literal(r.from) : "." + quote_ident(r.from));
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
      diags.report(DiagKind::rule_matches_nothing, r.at, describe(r) + " is not in the actual schema (and " + quote_ident(r.to) + " is not either): rename ignored");
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
