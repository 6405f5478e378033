// CREATE / ALTER TEXT SEARCH DICTIONARY and CONFIGURATION, with the configurations PostgreSQL
// ships (pg_catalog) for COPY = ....
#include <algorithm>
#include <array>

#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
// The token types of PostgreSQL's default parser that its configurations map, in three groups:
// words of ASCII letters, other words, and the rest (numbers, URLs, ...), which go to "simple".
constexpr std::array<const char*, 3> kAsciiTokens{"asciiword", "asciihword", "hword_asciipart"};
constexpr std::array<const char*, 3> kWordTokens{"word", "hword", "hword_part"};
constexpr std::array<const char*, 13> kOtherTokens{"numword", "email", "url", "host", "sfloat", "version", "hword_numpart",
                                                   "numhword", "url_path", "file", "float", "int", "uint"};
// Token types the default parser knows but no shipped configuration maps.
constexpr std::array<const char*, 4> kUnmappedTokens{"protocol", "tag", "entity", "blank"};

// pg_catalog's configurations (PostgreSQL 15): the dictionary of ASCII words and of other words;
// each "<language>_stem" dictionary is Snowball's.
struct BuiltinConfig {
  const char* name;
  const char* ascii;
  const char* word;
};
constexpr std::array<BuiltinConfig, 29> kBuiltinConfigs{{
    {"arabic", "arabic_stem", "arabic_stem"}, {"armenian", "armenian_stem", "armenian_stem"}, {"basque", "basque_stem", "basque_stem"},
    {"catalan", "catalan_stem", "catalan_stem"}, {"danish", "danish_stem", "danish_stem"}, {"dutch", "dutch_stem", "dutch_stem"},
    {"english", "english_stem", "english_stem"}, {"finnish", "finnish_stem", "finnish_stem"}, {"french", "french_stem", "french_stem"},
    {"german", "german_stem", "german_stem"}, {"greek", "greek_stem", "greek_stem"}, {"hindi", "english_stem", "hindi_stem"},
    {"hungarian", "hungarian_stem", "hungarian_stem"}, {"indonesian", "indonesian_stem", "indonesian_stem"},
    {"irish", "irish_stem", "irish_stem"}, {"italian", "italian_stem", "italian_stem"}, {"lithuanian", "lithuanian_stem", "lithuanian_stem"},
    {"nepali", "nepali_stem", "nepali_stem"}, {"norwegian", "norwegian_stem", "norwegian_stem"},
    {"portuguese", "portuguese_stem", "portuguese_stem"}, {"romanian", "romanian_stem", "romanian_stem"},
    {"russian", "english_stem", "russian_stem"}, {"serbian", "serbian_stem", "serbian_stem"}, {"simple", "simple", "simple"},
    {"spanish", "spanish_stem", "spanish_stem"}, {"swedish", "swedish_stem", "swedish_stem"}, {"tamil", "tamil_stem", "tamil_stem"},
    {"turkish", "turkish_stem", "turkish_stem"}, {"yiddish", "yiddish_stem", "yiddish_stem"},
}};

std::optional<TsConfig> builtin_config(const std::string& name) {
  auto it = std::find_if(kBuiltinConfigs.begin(), kBuiltinConfigs.end(), [&](const BuiltinConfig& b) { return name == b.name; });
  if (it == kBuiltinConfigs.end()) return std::nullopt;
  TsConfig c;
  c.parser = {"pg_catalog", "default"};
  for (const char* t : kAsciiTokens) c.mappings[t] = {{"pg_catalog", it->ascii}};
  for (const char* t : kWordTokens) c.mappings[t] = {{"pg_catalog", it->word}};
  for (const char* t : kOtherTokens) c.mappings[t] = {{"pg_catalog", "simple"}};
  return c;
}

bool known_token(const std::string& t) {
  auto in = [&](const auto& list) { return std::any_of(list.begin(), list.end(), [&](const char* x) { return t == x; }); };
  return in(kAsciiTokens) || in(kWordTokens) || in(kOtherTokens) || in(kUnmappedTokens);
}

bool builtin_dictionary(const std::string& name) {
  if (name == "simple") return true;
  return std::any_of(kBuiltinConfigs.begin(), kBuiltinConfigs.end(), [&](const BuiltinConfig& b) { return name == b.word || name == b.ascii; });
}

ast::QualName qualname_of(const std::vector<std::string>& names) {
  return {names.size() >= 2 ? names[names.size() - 2] : "", names.empty() ? "" : names.back(), {}};
}

bool builtin_template(const std::string& name) {
  return name == "simple" || name == "synonym" || name == "thesaurus" || name == "ispell" || name == "snowball";
}

// The extensions of contrib that bring text search dictionaries and templates, by object name.
std::string extension_of(const std::string& name) {
  if (name == "unaccent") return "unaccent";
  if (name == "intdict" || name == "intdict_template") return "dict_int";
  if (name == "xsyn" || name == "xsyn_template") return "dict_xsyn";
  return "";
}

// An object PostgreSQL ships (pg_catalog comes first in every search path), one of the catalog's,
// one an extension brought (in the extension's schema), or else one in the schema unqualified
// names are created in.
Key resolve(const Replayer& r, const std::vector<std::string>& names, bool builtin, const std::map<Key, TsDictionary>* user) {
  ast::QualName q = qualname_of(names);
  if (!q.schema.empty()) return {q.schema, q.name};
  if (builtin) return {"pg_catalog", q.name};
  for (const std::string& schema : r.search_path)
    if (user && user->count(Key{schema, q.name})) return {schema, q.name};
  if (auto e = r.cat.extensions.find(extension_of(q.name)); e != r.cat.extensions.end()) return {e->second.schema, q.name};
  return {r.creation_schema(), q.name};
}

Key dictionary_key(const Replayer& r, const std::vector<std::string>& names) {
  return resolve(r, names, names.size() == 1 && builtin_dictionary(names[0]), &r.cat.ts_dictionaries);
}

TsConfig* config_or_warn(Replayer& r, const ast::QualName& name) {
  if (std::optional<Key> k = r.find_ts_config(name)) return &r.cat.ts_configs.at(*k);
  r.warn(DiagKind::unknown_object, "text search configuration " + quote_ident(name.name) + " does not exist; statement ignored");
  return nullptr;
}
}  // namespace

std::optional<ResolvedName> Replayer::text_search_config(const std::vector<std::string>& name) const {
  if (name.empty() || name.size() > 2) return std::nullopt;
  if (name.size() == 2 && name[0] == "pg_catalog") return ResolvedName{"", name[1]};
  ast::QualName q = qualname_of(name);
  if (q.schema.empty() && builtin_config(q.name)) return std::nullopt;  // pg_catalog's, printed bare
  if (std::optional<Key> k = find_ts_config(q)) return ResolvedName{k->first, k->second};
  return std::nullopt;
}

void replay_ts_dictionary(Replayer& r, const ast::TsDictionaryStmt& s) {
  if (s.alter) {
    std::optional<Key> k = r.find_ts_dictionary(s.name);
    if (!k) {
      r.warn(DiagKind::unknown_object, "text search dictionary " + quote_ident(s.name.name) + " does not exist; statement ignored");
      return;
    }
    TsDictionary& d = r.cat.ts_dictionaries.at(*k);
    for (const auto& [name, value] : s.options) {
      if (value) d.options[name] = *value;
      else d.options.erase(name);
    }
    return;
  }
  Key key = r.creation_key(s.name);
  if (r.cat.ts_dictionaries.count(key)) {
    r.warn(DiagKind::duplicate_object, "text search dictionary " + key_text(key) + " already exists; statement ignored");
    return;
  }
  TsDictionary d;
  std::tie(d.schema, d.name) = key;
  d.tmpl = resolve(r, s.template_name, s.template_name.size() == 1 && builtin_template(s.template_name[0]), nullptr);
  for (const auto& [name, value] : s.options) d.options[name] = value.value_or("true");
  d.origin = r.origin();
  r.cat.ts_dictionaries[key] = std::move(d);
}

void replay_create_ts_config(Replayer& r, const ast::CreateTsConfig& s) {
  Key key = r.creation_key(s.name);
  if (r.cat.ts_configs.count(key)) {
    r.warn(DiagKind::duplicate_object, "text search configuration " + key_text(key) + " already exists; statement ignored");
    return;
  }
  TsConfig c;
  if (!s.copy.empty()) {
    ast::QualName from = qualname_of(s.copy);
    std::optional<Key> k = r.find_ts_config(from);
    std::optional<TsConfig> b = k ? std::optional<TsConfig>(r.cat.ts_configs.at(*k))
                                  : from.schema.empty() || from.schema == "pg_catalog" ? builtin_config(from.name) : std::nullopt;
    if (!b) {
      r.warn(DiagKind::unknown_object, "text search configuration " + quote_ident(from.name) + " does not exist; statement ignored");
      return;
    }
    c = *b;
    c.comment.clear();
  } else {
    c.parser = resolve(r, s.parser.empty() ? std::vector<std::string>{"default"} : s.parser, s.parser.size() <= 1, nullptr);
  }
  std::tie(c.schema, c.name) = key;
  c.origin = r.origin();
  r.cat.ts_configs[key] = std::move(c);
}

void replay_alter_ts_config(Replayer& r, const ast::AlterTsConfig& s) {
  using A = ast::AlterTsConfig::Action;
  TsConfig* c = config_or_warn(r, s.name);
  if (!c) return;
  for (const std::string& t : s.tokens)
    if (!known_token(t)) {
      r.warn(DiagKind::unknown_object, "token type " + quote_ident(t) + " does not exist; statement ignored");
      return;
    }
  std::vector<Key> dicts;
  for (const auto& names : s.dicts) dicts.push_back(dictionary_key(r, names));
  if (s.action == A::Replace) {
    if (dicts.size() != 2) return;
    for (auto& [token, list] : c->mappings) {
      if (!s.tokens.empty() && std::find(s.tokens.begin(), s.tokens.end(), token) == s.tokens.end()) continue;
      std::replace(list.begin(), list.end(), dicts[0], dicts[1]);
    }
    return;
  }
  for (const std::string& t : s.tokens) {
    bool mapped = c->mappings.count(t) > 0;
    if (s.action == A::Add && mapped) r.warn(DiagKind::duplicate_object, "token type " + quote_ident(t) + " is mapped already; mapping left as it was");
    else if (s.action == A::Drop && !mapped && !s.missing_ok) r.warn(DiagKind::unknown_object, "mapping for token type " + quote_ident(t) + " does not exist");
    else if (s.action == A::Drop) c->mappings.erase(t);
    else c->mappings[t] = dicts;
  }
}

}  // namespace pgdrift::catalog
