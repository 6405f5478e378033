// CREATE OPERATOR (its argument types as format_type prints them, its functions and companion
// operators qualified) and the key DROP / COMMENT ON OPERATOR name.
#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
std::string type_or_none(Replayer& r, const std::optional<ast::TypeRef>& t) { return t ? r.routine_type_of(*t) : "NONE"; }

// An estimator or support function named without arguments: a user function of that name on the
// search path, else PostgreSQL's own (eqsel, scalarltjoinsel, ...).
std::string function_named(Replayer& r, const std::vector<std::string>& names) {
  if (names.empty()) return "";
  if (names.size() >= 2) return quote_ident(names[names.size() - 2]) + "." + quote_ident(names.back());
  for (const std::string& s : r.search_path)
    for (const auto& [k, f] : r.cat.functions)
      if (k.first == s && f.name == names.back()) return quote_ident(s) + "." + quote_ident(f.name);
  return "pg_catalog." + quote_ident(names.back());
}

std::string operator_named(const std::vector<std::string>& names, const std::string& schema) {
  if (names.empty()) return "";
  return quote_ident(names.size() >= 2 ? names[names.size() - 2] : schema) + "." + names.back();
}
}  // namespace

Key operator_key(Replayer& r, const ast::OperatorSig& s) {
  std::string schema = s.name.schema.empty() ? "" : s.name.schema;
  std::string args = "(" + type_or_none(r, s.left) + "," + type_or_none(r, s.right) + ")";
  if (schema.empty())
    for (const std::string& p : r.search_path)
      if (r.cat.operators.count({p, s.name.name + args})) return {p, s.name.name + args};
  return {schema.empty() ? r.creation_schema() : schema, s.name.name + args};
}

void replay_create_operator(Replayer& r, const ast::CreateOperator& s) {
  Operator o;
  std::tie(o.schema, o.name) = r.creation_key(s.name);
  o.left = type_or_none(r, s.left);
  o.right = type_or_none(r, s.right);
  auto named = [&](const char* a, const char* b = nullptr) {
    auto it = s.names.find(a);
    if (it == s.names.end() && b) it = s.names.find(b);
    return it == s.names.end() ? std::vector<std::string>{} : it->second;
  };
  std::vector<std::string> fn = named("function", "procedure");
  ast::FuncSig sig{ast::QualName{fn.size() >= 2 ? fn[fn.size() - 2] : "", fn.empty() ? "" : fn.back(), {}}, {}, false};
  if (s.left) sig.arg_types.push_back(*s.left);
  if (s.right) sig.arg_types.push_back(*s.right);
  if (std::optional<Key> f = fn.empty() ? std::nullopt : r.find_function(sig))
    o.function = quote_ident(f->first) + "." + quote_ident(r.cat.functions.at(*f).name);
  else
    o.function = function_named(r, fn);
  o.commutator = operator_named(named("commutator"), o.schema);
  o.negator = operator_named(named("negator"), o.schema);
  o.restrict = function_named(r, named("restrict"));
  o.join = function_named(r, named("join"));
  for (const std::string& f : s.flags) (f == "hashes" ? o.hashes : o.merges) = true;
  o.origin = r.origin();
  Key key{o.schema, o.name + "(" + o.left + "," + o.right + ")"};
  if (r.cat.operators.count(key)) {
    r.warn(DiagKind::duplicate_object, "operator " + o.id() + " already exists; statement ignored");
    return;
  }
  r.cat.operators[key] = std::move(o);
}

}  // namespace pgdrift::catalog
