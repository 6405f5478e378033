// Policy values: glob matching of names, the profiles and the scope decisions. No ANTLR here;
// the loader (policy.cpp) builds the Policy these functions answer for.
#include <algorithm>

#include "policy/policy.h"

namespace pgdrift {

namespace {

// Schemas a Supabase project gets from the platform (supabase/postgres image, its services and
// the extensions it preinstalls), as the Supabase CLI leaves them out of `db diff` / `db dump`.
// Left out on purpose: generic extension schemas (topology, tiger, repack, timescaledb) and
// names a user may well own (etl).
constexpr std::string_view kSupabaseSchemas[] = {
    // the platform and its services
    "auth", "storage", "realtime", "_realtime", "_analytics", "_supavisor", "extensions",
    "pgbouncer", "supabase_functions", "supabase_migrations",
    // extensions it preinstalls or runs as managed features
    "graphql", "graphql_public", "pgsodium", "pgsodium_masks", "vault", "net", "cron", "pgmq",
    "pgtle", "dbdev",
};

struct Profile {
  std::string_view name;
  std::span<const std::string_view> schemas;
};
constexpr Profile kProfiles[] = {
    {"supabase", kSupabaseSchemas},
};

size_t utf8_len(char lead) {
  auto c = static_cast<unsigned char>(lead);
  return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// Matches one pattern element that is not `*` at p[pi] against t[ti]; advances both on success.
bool match_one(std::string_view p, size_t& pi, std::string_view t, size_t& ti) {
  if (p[pi] == '?') {
    ++pi;
    ti = std::min(t.size(), ti + utf8_len(t[ti]));
    return true;
  }
  size_t lit = (p[pi] == '\\' && pi + 1 < p.size()) ? pi + 1 : pi;
  if (p[lit] != t[ti]) return false;
  pi = lit + 1;
  ++ti;
  return true;
}

bool any_glob(const std::vector<std::string>& patterns, std::string_view text) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& p) { return glob_match(p, text); });
}

}  // namespace

bool glob_match(std::string_view p, std::string_view t) {
  size_t pi = 0, ti = 0;
  size_t star_p = std::string_view::npos, star_t = 0;  // resume point after the last `*`
  while (ti < t.size()) {
    if (pi < p.size() && p[pi] == '*') {
      star_p = ++pi;
      star_t = ti;
    } else if (pi < p.size() && match_one(p, pi, t, ti)) {
      continue;
    } else if (star_p == std::string_view::npos) {
      return false;
    } else {  // let the last `*` swallow one more character and retry
      star_t = std::min(t.size(), star_t + utf8_len(t[star_t]));
      pi = star_p;
      ti = star_t;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::span<const std::string_view> profile_schemas(std::string_view profile) {
  for (const Profile& p : kProfiles)
    if (p.name == profile) return p.schemas;
  return {};
}

bool Policy::admits_schema(std::string_view schema) const {
  if (!include_schemas.empty() && !any_glob(include_schemas, schema)) return false;
  return !any_glob(exclude_schemas, schema);
}

int Policy::ignoring_rule(std::string_view kind, const std::vector<std::string>& parts) const {
  for (size_t r = 0; r < ignored.size(); ++r) {
    const Ignored& rule = ignored[r];
    if (rule.kind != kind || rule.parts.size() > parts.size()) continue;
    size_t skip = parts.size() - rule.parts.size();  // unqualified: any schema (and table)
    bool all = true;
    for (size_t i = 0; i < rule.parts.size() && all; ++i) all = glob_match(rule.parts[i], parts[skip + i]);
    if (all) return static_cast<int>(r);
  }
  return -1;
}

bool Policy::ignores(std::string_view kind, const std::vector<std::string>& parts) const {
  return ignoring_rule(kind, parts) >= 0;
}

bool Policy::admits_table(std::string_view schema, std::string_view table) const {
  if (!admits_schema(schema)) return false;
  return std::none_of(exclude_tables.begin(), exclude_tables.end(), [&](const NamePattern& p) {
    return (p.schema.empty() || glob_match(p.schema, schema)) && glob_match(p.name, table);
  });
}

}  // namespace pgdrift
