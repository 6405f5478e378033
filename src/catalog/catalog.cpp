#include "catalog/catalog.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "base/sql_ident.h"

namespace pgdrift::catalog {

namespace {
std::string column_list(const std::vector<std::string>& cols) {
  std::string out;
  for (size_t i = 0; i < cols.size(); ++i) out += (i ? ", " : "") + quote_ident(cols[i]);
  return out;
}

const char* fk_action(char a) {
  switch (a) {
    case 'r': return "RESTRICT";
    case 'c': return "CASCADE";
    case 'n': return "SET NULL";
    case 'd': return "SET DEFAULT";
    default: return nullptr;  // NO ACTION is the default
  }
}

std::string key_sql(const IndexKey& k) {
  std::string out = k.expr ? "(" + k.expr->sql.value + ")" : quote_ident(k.column);
  if (!k.collation.empty()) out += " COLLATE " + k.collation;
  if (!k.opclass.empty()) out += " " + k.opclass;
  if (!k.opclass_options.empty()) out += " (" + k.opclass_options + ")";
  if (k.desc) out += " DESC";
  if (k.nulls == 1) out += " NULLS FIRST";
  if (k.nulls == 2) out += " NULLS LAST";
  return out;
}
}  // namespace

// A fresh PostgreSQL 15 database: schema public (owned by pg_database_owner, USAGE for PUBLIC)
// and the built-in default privileges of new functions and types.
Catalog::Catalog() {
  schemas["public"] = Schema{"public", "", {}};
  grants.value.insert(Grant{"SCHEMA public", "", "PUBLIC", "USAGE", false});
  owners.value["SCHEMA public"] = "pg_database_owner";
  default_grants.value.insert(DefaultGrant{"", "", 'f', "PUBLIC", "EXECUTE", false});
  default_grants.value.insert(DefaultGrant{"", "", 'T', "PUBLIC", "USAGE", false});
}

namespace {
void forget(OptExpr& e) {
  if (e) e->printed.value.clear();
}
}  // namespace

void Catalog::forget_printed() {
  for (auto& [k, t] : tables) {
    for (auto& [n, c] : t.columns) {
      c.type_printed.value.clear();
      forget(c.default_expr);
      forget(c.generated);
    }
    for (auto& [n, c] : t.constraints) c.printed.value.clear();
    for (auto& [n, tr] : t.triggers) tr.printed.value.clear();
    for (auto& [n, p] : t.policies) forget(p.using_expr), forget(p.check_expr);
  }
  for (auto& [k, ix] : indexes) ix.printed.value.clear();
  for (auto& [k, v] : views) {
    v.printed.value.clear();
    for (auto& [n, tr] : v.triggers) tr.printed.value.clear();
  }
  for (auto& [k, f] : functions) f.printed_args.value.clear(), f.printed_result.value.clear(), f.printed_body.value.clear();
  for (auto& [k, d] : domains) {
    forget(d.default_expr);
    for (auto& [n, c] : d.checks) c.printed.value.clear();
  }
  for (auto& [n, p] : publications)
    for (auto& [k, t] : p.tables) forget(t.where);
}

bool Catalog::relation_exists(const Key& k) const {
  if (tables.count(k) || views.count(k) || indexes.count(k) || sequences.count(k)) return true;
  if (!constraint_names.names.count(k.second)) return false;
  // Indexes behind PRIMARY KEY / UNIQUE / EXCLUDE constraints: only tables of the same schema.
  for (auto it = tables.lower_bound(Key{k.first, ""}); it != tables.end() && it->first.first == k.first; ++it) {
    auto c = it->second.constraints.find(k.second);
    if (c != it->second.constraints.end() &&
        (c->second.type == ConType::PrimaryKey || c->second.type == ConType::Unique || c->second.type == ConType::Exclude))
      return true;
  }
  return false;
}

const Function* Catalog::function_named(const std::string& schema, const std::string& name) const {
  auto it = find_named(functions, schema, name, [](const Function&) { return true; });
  return it == functions.end() ? nullptr : &it->second;
}

bool Catalog::type_exists(const Key& k) const {
  return enums.count(k) || domains.count(k) || composites.count(k) || ranges.count(k);
}

const Column* Table::column(const std::string& n) const {
  auto it = columns.find(n);
  return it == columns.end() ? nullptr : &it->second;
}

std::string key_text(const Key& k) { return qualified(k.first, k.second); }

std::vector<Grant> builtin_grants(const std::string& object) {
  if (object == "SCHEMA public") return {Grant{object, "", "PUBLIC", "USAGE", false}};
  if (object.rfind("FUNCTION ", 0) == 0) return {Grant{object, "", "PUBLIC", "EXECUTE", false}};
  if (object.rfind("TYPE ", 0) == 0) return {Grant{object, "", "PUBLIC", "USAGE", false}};
  return {};
}

std::string acl_function(const Function& f) { return "FUNCTION " + qualified(f.schema, f.name) + "(" + f.identity + ")"; }

std::set<std::string> acl_objects(const Catalog& cat) {
  std::set<std::string> live;
  for (const auto& [k, t] : cat.tables) live.insert("TABLE " + key_text(k));
  for (const auto& [k, v] : cat.views) live.insert("TABLE " + key_text(k));
  for (const auto& [k, s] : cat.sequences) live.insert("SEQUENCE " + key_text(k));
  for (const auto& [k, f] : cat.functions) live.insert(acl_function(f));
  for (const auto& [n, s] : cat.schemas) live.insert("SCHEMA " + quote_ident(n));
  for (const auto* m : {&cat.enums}) for (const auto& [k, e] : *m) live.insert("TYPE " + key_text(k));
  for (const auto& [k, d] : cat.domains) live.insert("TYPE " + key_text(k));
  for (const auto& [k, c] : cat.composites) live.insert("TYPE " + key_text(k));
  for (const auto& [k, x] : cat.ranges) live.insert("TYPE " + key_text(k));
  return live;
}


std::optional<Key> parse_qualified(std::string_view text) {
  std::vector<std::string> parts(1);
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      for (++i; i < text.size(); ++i) {
        if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') parts.back() += text[++i];
        else if (text[i] == '"') break;
        else parts.back() += text[i];
      }
    } else if (c == '.') {
      parts.emplace_back();
    } else if (c == '(' || c == '[' || c == ' ') {
      break;  // type modifiers, array brackets, "with time zone" of built-in types
    } else {
      parts.back() += c;
    }
  }
  if (parts.size() != 2 || parts[0].empty() || parts[1].empty()) return std::nullopt;
  return Key{parts[0], parts[1]};
}

std::string Constraint::definition() const {
  std::string out;
  switch (type) {
    case ConType::PrimaryKey: out = "PRIMARY KEY (" + column_list(columns) + ")"; break;
    case ConType::Unique:
      out = std::string("UNIQUE ") + (nulls_not_distinct ? "NULLS NOT DISTINCT " : "") + "(" + column_list(columns) + ")";
      break;
    case ConType::Check: out = "CHECK (" + (check ? check->sql.value : "") + ")"; break;
    case ConType::Exclude:
      out = "EXCLUDE USING " + exclude_using;
      break;
    case ConType::ForeignKey: {
      out = "FOREIGN KEY (" + column_list(columns) + ") REFERENCES " + key_text(ref_table);
      if (!ref_columns.empty()) out += "(" + column_list(ref_columns) + ")";
      if (match == 'f') out += " MATCH FULL";
      if (const char* a = fk_action(on_update)) out += std::string(" ON UPDATE ") + a;
      if (const char* a = fk_action(on_delete)) out += std::string(" ON DELETE ") + a;
      if (!on_delete_set_columns.empty()) out += " (" + column_list(on_delete_set_columns) + ")";
      break;
    }
  }
  if (!include.empty()) out += " INCLUDE (" + column_list(include) + ")";
  if (!index_options.empty()) {
    out += " WITH (";
    for (auto it = index_options.begin(); it != index_options.end(); ++it)
      out += (it == index_options.begin() ? "" : ", ") + it->first + "=" + quote_literal(it->second);
    out += ")";
  }
  if (exclude_where) out += " WHERE (" + exclude_where->sql.value + ")";
  if (deferrable) out += " DEFERRABLE";
  if (initially_deferred) out += " INITIALLY DEFERRED";
  if (no_inherit) out += " NO INHERIT";
  if (not_valid) out += " NOT VALID";
  return out;
}

std::string Trigger::definition(const std::string& table) const {
  std::string out = std::string("CREATE ") + (constraint ? "CONSTRAINT " : "") + "TRIGGER " + quote_ident(name) + " " +
                    timing + " " + events + " ON " + table;
  if (!from_table.second.empty()) out += " FROM " + key_text(from_table);
  if (deferrable) out += " DEFERRABLE";
  if (initially_deferred) out += " INITIALLY DEFERRED";
  if (!referencing.empty()) out += " REFERENCING " + referencing;
  out += row ? " FOR EACH ROW" : " FOR EACH STATEMENT";
  if (when) out += " WHEN (" + when->sql.value + ")";
  out += " EXECUTE FUNCTION " + function + "(";
  for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + quote_literal(args[i]);
  return out + ")";
}

std::string Rule::definition(const std::string& relation) const {
  std::string out = "CREATE RULE " + quote_ident(name) + " AS ON " + event + " TO " + relation;
  if (!where_sql.value.empty()) out += " WHERE " + where_sql.value;
  out += instead ? " DO INSTEAD " : " DO ALSO ";
  return out + (actions_sql.value.empty() ? "NOTHING" : "(" + actions_sql.value + ")");
}

std::string Policy::definition(const std::string& table) const {
  std::string out = "CREATE POLICY " + quote_ident(name) + " ON " + table;
  if (!permissive) out += " AS RESTRICTIVE";
  if (cmd != "all") {
    std::string upper;
    for (char c : cmd) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    out += " FOR " + upper;
  }
  if (roles != std::vector<std::string>{"public"}) {
    out += " TO ";
    auto role = [](const std::string& r) -> std::string {  // keywords stay bare
      if (r == "public") return r;
      if (r == "current_user" || r == "current_role" || r == "session_user") {
        std::string up = r;
        for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return up;
      }
      return quote_ident(r);
    };
    for (size_t i = 0; i < roles.size(); ++i) out += (i ? ", " : "") + role(roles[i]);
  }
  if (using_expr) out += " USING (" + using_expr->sql.value + ")";
  if (check_expr) out += " WITH CHECK (" + check_expr->sql.value + ")";
  return out;
}

std::string Index::definition() const {
  std::string out = unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
  out += quote_ident(name) + " ON " + qualified(schema, table) + " USING " + method + " (";
  for (size_t i = 0; i < keys.size(); ++i) out += (i ? ", " : "") + key_sql(keys[i]);
  out += ")";
  if (!include.empty()) out += " INCLUDE (" + column_list(include) + ")";
  if (nulls_not_distinct) out += " NULLS NOT DISTINCT";
  // the server keeps storage parameters in the order they were written
  const auto& with = options_written.value.size() == options.size() ? options_written.value : options;
  if (!with.empty()) {
    out += " WITH (";
    for (size_t i = 0; i < with.size(); ++i) out += (i ? ", " : "") + with[i].first + "=" + quote_literal(with[i].second);
    out += ")";
  }
  if (where) out += " WHERE (" + where->sql.value + ")";
  return out;
}

namespace {
void visit_view(const Catalog& cat, const Key& k, std::set<Key>& seen, std::vector<Key>& out) {
  auto it = cat.views.find(k);
  if (it == cat.views.end() || !seen.insert(k).second) return;
  for (const Key& r : it->second.reads.value) visit_view(cat, r, seen, out);
  out.push_back(k);
}
}  // namespace

std::vector<Key> views_in_dependency_order(const Catalog& cat) {
  std::set<Key> seen;
  std::vector<Key> out;
  for (const auto& [k, v] : cat.views) visit_view(cat, k, seen, out);
  return out;
}

std::vector<Key> views_reading(const Catalog& cat, const Key& key) {
  std::set<Key> hit{key};
  std::vector<Key> out;
  for (const Key& k : views_in_dependency_order(cat)) {  // readers come after what they read
    const auto& reads = cat.views.at(k).reads.value;
    if (k != key && std::any_of(reads.begin(), reads.end(), [&](const Key& r) { return hit.count(r); })) {
      hit.insert(k);
      out.push_back(k);
    }
  }
  return out;
}

std::string grant_text(const Grant& g) {
  std::string on = g.object + (g.column.empty() ? "" : " (" + quote_ident(g.column) + ")");
  return on + ": " + g.privilege + " TO " + (g.grantee == "PUBLIC" ? g.grantee : quote_ident(g.grantee)) +
         (g.grant_option ? " WITH GRANT OPTION" : "");
}

std::string publication_table_sql(const Key& k, const PublicationTable& t) {
  std::string out = key_text(k);
  if (!t.columns.empty()) out += " (" + column_list(t.columns) + ")";
  if (t.where) out += " WHERE (" + t.where->sql.value + ")";
  return out;
}

const char* default_grant_kind_sql(char kind) {
  switch (kind) {
    case 'S': return "SEQUENCES";
    case 'f': return "FUNCTIONS";
    case 'T': return "TYPES";
    case 'n': return "SCHEMAS";
    default: return "TABLES";
  }
}

}  // namespace pgdrift::catalog
