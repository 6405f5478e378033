// The definitions of the kinds in objects.h (servers, user mappings, casts, operators, extended
// statistics, event triggers, collations, text search, aggregates), as the dump and the
// reconciler print them.
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/catalog.h"

namespace pgdrift::catalog {

std::string fdw_options_sql(const std::vector<std::pair<std::string, std::string>>& options) {
  std::string out;
  for (const auto& [k, v] : options) out += (out.empty() ? "" : ", ") + quote_ident(k) + " " + quote_literal(v);
  return out.empty() ? "" : "OPTIONS (" + out + ")";
}

std::string sorted_options_sql(std::vector<std::pair<std::string, std::string>> options) {
  std::sort(options.begin(), options.end());
  return fdw_options_sql(options);
}

std::string OpFamily::id() const { return qualified(schema, name) + " USING " + method; }

std::string OpFamily::definition() const {
  std::string out = "CREATE OPERATOR FAMILY " + id(), add;
  for (const auto& [k, m] : members) add += (add.empty() ? "" : ", ") + m;
  return add.empty() ? out : out + ";\nALTER OPERATOR FAMILY " + id() + " ADD " + add;
}

std::string OpClass::id() const { return qualified(schema, name) + " USING " + method; }

std::string OpClass::definition() const {
  std::string out = "CREATE OPERATOR CLASS " + qualified(schema, name) + (is_default ? " DEFAULT" : "") + " FOR TYPE " + type +
                    " USING " + method + " FAMILY " + family + " AS ";
  std::string items;
  for (const auto& [k, m] : members) items += (items.empty() ? "" : ", ") + m;
  if (!storage.empty()) items += (items.empty() ? "" : ", ") + std::string("STORAGE ") + storage;
  return out + items;
}

std::string RangeType::definition() const {
  std::string def = "CREATE TYPE " + qualified(schema, name) + " AS RANGE (SUBTYPE = " + subtype;
  if (!subtype_opclass.empty()) def += ", SUBTYPE_OPCLASS = " + subtype_opclass;
  if (!collation.empty()) def += ", COLLATION = " + collation;
  if (!canonical.empty()) def += ", CANONICAL = " + canonical;
  if (!subtype_diff.empty()) def += ", SUBTYPE_DIFF = " + subtype_diff;
  return def + ", MULTIRANGE_TYPE_NAME = " + qualified(schema, multirange) + ")";
}

std::string ForeignDataWrapper::definition() const {
  std::string out = "CREATE FOREIGN DATA WRAPPER " + quote_ident(name);
  if (!handler.empty()) out += " HANDLER " + handler;
  if (!validator.empty()) out += " VALIDATOR " + validator;
  if (!options.empty()) out += " " + fdw_options_sql(options);
  return out;
}

std::string ForeignServer::definition() const {
  std::string out = "CREATE SERVER " + quote_ident(name);
  if (!type.empty()) out += " TYPE " + quote_literal(type);
  if (!version.empty()) out += " VERSION " + quote_literal(version);
  out += " FOREIGN DATA WRAPPER " + quote_ident(fdw);
  if (!options.empty()) out += " " + fdw_options_sql(options);
  return out;
}

std::string UserMapping::id() const {
  std::string who = user == "PUBLIC" || user == "CURRENT_USER" || user == "CURRENT_ROLE" || user == "SESSION_USER" ? user : quote_ident(user);
  return "FOR " + who + " SERVER " + quote_ident(server);
}

std::string UserMapping::definition() const {
  return "CREATE USER MAPPING " + id() + (options.empty() ? "" : " " + fdw_options_sql(options));
}

std::string Cast::definition() const {
  std::string how = method == 'b' ? "WITHOUT FUNCTION" : method == 'i' ? "WITH INOUT" : "WITH FUNCTION " + function;
  return "CREATE CAST (" + source + " AS " + target + ") " + how + (context == 'i' ? " AS IMPLICIT" : context == 'a' ? " AS ASSIGNMENT" : "");
}

std::string Operator::id() const { return quote_ident(schema) + "." + name + "(" + left + "," + right + ")"; }

std::string Operator::definition() const {
  std::string out = "CREATE OPERATOR " + quote_ident(schema) + "." + name + " (FUNCTION = " + function;
  if (left != "NONE") out += ", LEFTARG = " + left;
  out += ", RIGHTARG = " + right;
  if (!commutator.empty()) out += ", COMMUTATOR = OPERATOR(" + commutator + ")";
  if (!negator.empty()) out += ", NEGATOR = OPERATOR(" + negator + ")";
  if (!restrict.empty()) out += ", RESTRICT = " + restrict;
  if (!join.empty()) out += ", JOIN = " + join;
  if (hashes) out += ", HASHES";
  if (merges) out += ", MERGES";
  return out + ")";
}

std::string Statistics::definition() const {
  std::string out = "CREATE STATISTICS " + qualified(schema, name);
  if (!kinds.empty()) {
    out += " (";
    for (size_t i = 0; i < kinds.size(); ++i) out += (i ? ", " : "") + kinds[i];
    out += ")";
  }
  std::string on;
  for (const std::string& c : columns) on += (on.empty() ? "" : ", ") + quote_ident(c);
  for (const StoredExpr& e : exprs) on += (on.empty() ? "(" : ", (") + e.sql.value + ")";
  return out + " ON " + on + " FROM " + key_text(table);
}

std::string EventTrigger::definition() const {
  std::string out = "CREATE EVENT TRIGGER " + quote_ident(name) + " ON " + event;
  if (!tags.empty()) {
    out += " WHEN TAG IN (";
    for (size_t i = 0; i < tags.size(); ++i) out += (i ? ", " : "") + quote_literal(tags[i]);
    out += ")";
  }
  return out + " EXECUTE FUNCTION " + function + "()";
}

std::string Collation::definition() const {
  std::string out = "CREATE COLLATION " + qualified(schema, name) + " (provider = " + (provider == 'i' ? "icu" : "libc");
  if (!deterministic) out += ", deterministic = false";
  if (provider == 'i' || collate == ctype) out += ", locale = " + quote_literal(collate);
  else out += ", lc_collate = " + quote_literal(collate) + ", lc_ctype = " + quote_literal(ctype);
  return out + ")";
}

std::string TsDictionary::options_sql() const {
  std::string out;
  for (const auto& [k, v] : options) out += (out.empty() ? "" : ", ") + quote_ident(k) + " = " + quote_literal(v);
  return out;
}

std::string TsDictionary::definition() const {
  std::string opts = options_sql();
  return "CREATE TEXT SEARCH DICTIONARY " + qualified(schema, name) + " (TEMPLATE = " + key_text(tmpl) + (opts.empty() ? "" : ", " + opts) + ")";
}

std::string TsConfig::definition() const {
  return "CREATE TEXT SEARCH CONFIGURATION " + qualified(schema, name) + " (PARSER = " + key_text(parser) + ")";
}

namespace {
// A dictionary as regdictionary prints it with an empty search_path: pg_catalog's bare.
std::string dictionary_text(const Key& k) { return k.first == "pg_catalog" ? quote_ident(k.second) : key_text(k); }

std::string dictionaries_text(const std::vector<Key>& dicts, const char* separator) {
  std::string out;
  for (const Key& d : dicts) out += (out.empty() ? "" : separator) + dictionary_text(d);
  return out;
}
}  // namespace

std::vector<std::string> TsConfig::mapping_lines() const {
  std::vector<std::string> out;
  for (const auto& [token, dicts] : mappings) out.push_back(token + "=" + dictionaries_text(dicts, ","));
  return out;
}

std::string TsConfig::dictionaries(const std::string& token) const {
  auto it = mappings.find(token);
  return it == mappings.end() ? "" : dictionaries_text(it->second, ",");
}

std::string TsConfig::mappings_sql() const {
  std::string out;
  for (const auto& [token, dicts] : mappings)
    out += "ALTER TEXT SEARCH CONFIGURATION " + qualified(schema, name) + " ADD MAPPING FOR " + quote_ident(token) + " WITH " +
           dictionaries_text(dicts, ", ") + ";\n";
  return out;
}

std::string Aggregate::arguments() const {
  if (direct_args < 0) return identity;
  std::vector<std::string> types;
  for (size_t start = 0; start <= identity.size();) {  // format_type names hold no ", "
    size_t comma = identity.find(", ", start);
    types.push_back(identity.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 2;
  }
  std::string out;
  for (size_t i = 0; i < types.size(); ++i)
    out += (i == 0 ? "" : static_cast<int>(i) == direct_args ? " ORDER BY " : ", ") + types[i];
  return direct_args == 0 ? "ORDER BY " + out : out;
}

}  // namespace pgdrift::catalog
