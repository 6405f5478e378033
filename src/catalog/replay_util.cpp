// Replayer helpers shared by the replay_*.cpp files: types, collations, expressions, notes.
#include <algorithm>
#include <cctype>
#include <set>

#include "base/sql_ident.h"
#include "catalog/replay.h"
#include "catalog/types.h"

namespace pgdrift::catalog {

std::string Replayer::column_name(const std::string& column) const {
  if (!expr_renames) return column;
  auto it = expr_renames->find(column);
  return it == expr_renames->end() ? column : it->second;
}

std::string Replayer::column_type_of(const ast::TypeRef& t) {
  if (t.pct_type) warn(DiagKind::unsupported_clause, "%TYPE references are not resolved", t.span);
  ResolvedName rn = type(t.names);
  if (!rn.schema.empty() && t.names.size() >= 1) {
    Key k{rn.schema, rn.name};
    if (!cat.type_exists(k) && !cat.tables.count(k) && !cat.views.count(k))  // a relation's row type is defined
      note_external("type " + key_text(k), t.span);
  }
  std::string out = format_type(rn.schema, rn.name, t.typmods, t.array);
  // A type of an extension takes type modifiers of its own (geometry(point,4326)): kept as written.
  if (!rn.schema.empty() && !t.typmod_texts.empty() && t.typmod_texts.size() != t.typmods.size()) {
    std::string mods;
    for (const std::string& m : t.typmod_texts) mods += (mods.empty() ? "(" : ",") + m;
    out = format_type(rn.schema, rn.name, {}, false) + mods + ")" + (t.array ? "[]" : "");
  }
  return out;
}

std::string Replayer::routine_type_of(ast::TypeRef t) {
  t.typmods.clear();  // bit(4) / char(4) / varchar(10) arguments are bit / character / character varying
  return column_type_of(t);
}

Refs refs_of(const ExprRefs& r) {
  Refs out;
  for (const ResolvedName& n : r.functions) out.functions.emplace_back(n.schema, n.name);
  for (const ResolvedName& n : r.types) out.types.emplace_back(n.schema, n.name);
  for (const ResolvedName& n : r.relations) out.relations.emplace_back(n.schema, n.name);
  return out;
}

void Replayer::recanonicalize(StoredExpr& e, const Table* table) {
  if (!e.expr.value) return;
  const Table* saved_table = expr_table;
  const auto* saved_renames = expr_renames;
  expr_table = table;
  expr_renames = &e.renames.value;
  e.canonical = e.expr.value->canonical(*this);
  ExprRefs refs;
  e.sql.value = e.expr.value->sql(*this, refs);
  e.refs.value = refs_of(refs);
  e.printed.value.clear();  // recomputed after a rename or a type change: the server prints it anew
  expr_table = saved_table;
  expr_renames = saved_renames;
}

StoredExpr Replayer::store(const Expr& e, const Table* table, const std::string& printed) {
  StoredExpr s;
  s.expr.value = e;
  recanonicalize(s, table);
  s.printed.value = printed;
  return s;
}

void Replayer::note_external(const std::string& what, SourceSpan where) {
  if (!cat.externals.value.insert(what).second) return;
  diags.report(DiagKind::external_object, where.valid() ? where : span,
               what + " is referenced but never defined: treated as external");
}

void Replayer::warn(DiagKind kind, const std::string& message, SourceSpan where) {
  diags.report(kind, where.valid() ? where : span, message);
}

void set_options(std::map<std::string, std::string>& into, const std::vector<std::pair<std::string, std::string>>& opts, bool set) {
  for (const auto& [name, value] : opts) {
    if (!set) {
      into.erase(name);
      continue;
    }
    std::string v = value;
    for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    into[name] = v;
  }
}

char column_storage(const std::string& type, const std::string& name) {
  char want = name == "plain" ? 'p' : name == "external" ? 'e' : name == "main" ? 'm' : 'x';
  // typstorage of the built-in types: variable-length ones are extended (numeric: main), fixed
  // ones plain; a type pgdrift does not know keeps what was asked
  std::string base = type.size() > 2 && type.ends_with("[]") ? "array" : type.substr(0, type.find('('));
  static const std::set<std::string> extended = {"text", "character varying", "character", "bytea", "json", "jsonb", "xml",
                                                 "tsvector", "tsquery", "array", "bit varying", "bit", "int2vector", "oidvector"};
  static const std::set<std::string> plain = {"smallint", "integer", "bigint", "real", "double precision", "boolean", "date",
                                              "timestamp without time zone", "timestamp with time zone", "time without time zone",
                                              "time with time zone", "interval", "uuid", "money", "inet", "cidr", "macaddr", "oid",
                                              "point", "\"char\"", "name"};
  char dflt = extended.count(base) ? 'x' : base == "numeric" ? 'm' : plain.count(base) ? 'p' : 0;
  return want == dflt ? 0 : want;
}

}  // namespace pgdrift::catalog
