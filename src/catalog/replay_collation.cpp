// CREATE COLLATION (its settings as pg_collation keeps them) and how a COLLATE clause's name
// resolves.
#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
// The settings of a collation PostgreSQL ships (pg_catalog), as far as they do not depend on
// the operating system: C, POSIX and ucs_basic are libc; "<locale>-x-icu" are ICU ones.
std::optional<Collation> builtin_collation(const std::string& name) {
  Collation c;
  c.schema = "pg_catalog";
  c.name = name;
  if (name == "C" || name == "POSIX" || name == "ucs_basic") {
    c.collate = c.ctype = name == "POSIX" ? "POSIX" : "C";
    return c;
  }
  const std::string icu = "-x-icu";
  if (name.size() > icu.size() && name.compare(name.size() - icu.size(), icu.size(), icu) == 0) {
    c.provider = 'i';
    c.collate = name.substr(0, name.size() - icu.size());
    return c;
  }
  return std::nullopt;
}

// Applies `name = value` to c; false when the option is not one of CREATE COLLATION's.
bool apply_option(Collation& c, const std::string& name, const std::string& value) {
  if (name == "provider") c.provider = value == "icu" ? 'i' : 'c';
  else if (name == "locale") c.collate = c.ctype = value;
  else if (name == "lc_collate") c.collate = value;
  else if (name == "lc_ctype") c.ctype = value;
  else if (name == "deterministic") c.deterministic = !(value == "false" || value == "off" || value == "0" || value == "no");
  else if (name != "version") return false;  // the library's version is the server's, not the schema's
  return true;
}
}  // namespace

std::optional<Key> Replayer::find_collation(const ast::QualName& q) const {
  if (!q.schema.empty()) {
    Key k{q.schema, q.name};
    return cat.collations.count(k) ? std::optional<Key>(k) : std::nullopt;
  }
  if (builtin_collation(q.name)) return std::nullopt;  // pg_catalog comes first in every search path
  for (const std::string& s : search_path)
    if (cat.collations.count({s, q.name})) return Key{s, q.name};
  return std::nullopt;
}

std::string Replayer::collation_of(const std::vector<std::string>& names) const {
  if (names.empty() || names.back() == "default") return "";
  ast::QualName q{names.size() >= 2 ? names[names.size() - 2] : "", names.back(), {}};
  if (std::optional<Key> k = find_collation(q)) return qualified(k->first, k->second);
  // collations PostgreSQL or the operating system provide ("C", "en_US", ICU ones) live in pg_catalog
  return qualified(q.schema.empty() ? "pg_catalog" : q.schema, q.name);
}

void replay_create_collation(Replayer& r, const ast::CreateCollation& s) {
  Key key = r.creation_key(s.name);
  if (r.cat.collations.count(key)) {
    if (!s.if_not_exists) r.warn(DiagKind::duplicate_object, "collation " + key_text(key) + " already exists; statement ignored");
    return;
  }
  Collation c;
  if (!s.from.empty()) {
    ast::QualName from{s.from.size() >= 2 ? s.from[s.from.size() - 2] : "", s.from.back(), {}};
    std::optional<Key> k = r.find_collation(from);
    std::optional<Collation> b = k ? std::optional<Collation>(r.cat.collations.at(*k)) : builtin_collation(from.name);
    if (!b && from.name != "default") {  // an operating system locale: named after its LC_COLLATE
      b = Collation{};
      b->collate = b->ctype = from.name;
    }
    if (!b) {
      r.warn(DiagKind::unknown_object, "collation \"default\" cannot be copied; statement ignored");
      return;
    }
    c = *b;
    c.comment.clear();
  }
  for (const auto& [name, value] : s.options)
    if (!apply_option(c, name, value)) r.warn(DiagKind::unsupported_clause, "collation option '" + name + "' is not known; ignored");
  if (c.provider == 'i') c.ctype.clear();
  std::tie(c.schema, c.name) = key;
  c.origin = r.origin();
  r.cat.collations[key] = std::move(c);
}

}  // namespace pgdrift::catalog
