// Policy values: glob matching of names, the profiles and the scope decisions. No ANTLR here;
// the loader (policy.cpp) builds the Policy these functions answer for.
#include <algorithm>

#include "policy/policy.h"

namespace pgdrift {

namespace {

struct ProfileText {
  std::string_view name, text;
};
constexpr ProfileText kProfiles[] = {
#include "profiles.inc"
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

std::optional<std::string_view> profile_text(std::string_view profile) {
  for (const ProfileText& p : kProfiles)
    if (p.name == profile) return p.text;
  return std::nullopt;
}

std::vector<std::string> profile_names() {
  std::vector<std::string> out;
  for (const ProfileText& p : kProfiles) out.emplace_back(p.name);
  return out;
}

namespace {
template <typename T>
void append_new(std::vector<T>& to, const std::vector<T>& from) {
  for (const T& v : from)
    if (std::find(to.begin(), to.end(), v) == to.end()) to.push_back(v);
}
}  // namespace

void Policy::merge(const Policy& o) {
  append_new(include_schemas, o.include_schemas);
  append_new(exclude_schemas, o.exclude_schemas);
  append_new(exclude_tables, o.exclude_tables);
  append_new(ignored, o.ignored);
  ignore_owners = ignore_owners || o.ignore_owners;
  ignore_privileges = ignore_privileges || o.ignore_privileges;
  ignore_comments = ignore_comments || o.ignore_comments;
  append_new(ignore_privileges_schemas, o.ignore_privileges_schemas);
  usings.insert(usings.end(), o.usings.begin(), o.usings.end());
  for (size_t i = 0; i < o.allow_drop.size(); ++i) {
    if (std::find(allow_drop.begin(), allow_drop.end(), o.allow_drop[i]) != allow_drop.end()) continue;
    allow_drop.push_back(o.allow_drop[i]);
    allow_drop_at.push_back(o.allow_drop_at[i]);
  }
  renames.insert(renames.end(), o.renames.begin(), o.renames.end());
  for (const External& e : o.externals) {
    bool known = std::any_of(externals.begin(), externals.end(), [&](const External& x) {
      return x.kind == e.kind && x.schema == e.schema && x.name == e.name;
    });
    if (!known) externals.push_back(e);
  }
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
