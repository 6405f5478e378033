// CREATE [OR REPLACE] FUNCTION / PROCEDURE, ALTER FUNCTION: identity by name and argument
// types, attributes filled with PostgreSQL's defaults so that omitted and spelled-out agree.
#include <algorithm>
#include <cstdio>

#include "base/sql_ident.h"
#include "catalog/platform.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {

void apply_attrs(Function& f, const ast::FuncAttrs& a, const std::vector<std::string>& search_path) {
  if (a.language) f.language = lower_ascii(*a.language);
  if (a.volatility) f.volatility = *a.volatility;
  if (a.strict) f.strict = *a.strict;
  if (a.security_definer) f.security_definer = *a.security_definer;
  if (a.leakproof) f.leakproof = *a.leakproof;
  if (a.parallel) f.parallel = *a.parallel;
  if (a.cost) f.cost = *a.cost;
  if (a.rows) f.rows = *a.rows;
  for (const auto& [name, given] : a.set_config) {
    std::string key = lower_ascii(name) + "=";
    std::string value = given;
    if (value == ast::kFromCurrent) {  // only search_path is known offline
      value.clear();
      for (const std::string& s : search_path) value += (value.empty() ? "" : ", ") + s;
    }
    std::erase_if(f.config, [&](const std::string& c) { return c.rfind(key, 0) == 0; });
    if (!value.empty() || name == "search_path") f.config.push_back(key + value);
  }
}

std::string param_text(Replayer& r, const ast::FuncParam& p, bool canonical) {
  std::string out;
  if (p.mode == 'o') out = "OUT ";
  else if (p.mode == 'b') out = "INOUT ";
  else if (p.mode == 'v') out = "VARIADIC ";
  if (!p.name.empty()) out += quote_ident(p.name) + " ";
  out += r.routine_type_of(p.type);
  if (p.default_expr) {
    StoredExpr e = r.store(*p.default_expr, nullptr);
    out += " DEFAULT " + (canonical ? e.canonical : e.sql.value);
  }
  return out;
}

// RETURNS as pg_get_function_result() prints it.
std::string result_text(Replayer& r, const ast::CreateFunction& s) {
  std::vector<std::string> table_cols, outs;
  for (const ast::FuncParam& p : s.params) {
    if (p.mode == 't') table_cols.push_back(quote_ident(p.name) + " " + r.routine_type_of(p.type));
    if (p.mode == 'o' || p.mode == 'b') outs.push_back(r.routine_type_of(p.type));
  }
  if (!table_cols.empty()) {
    std::string out = "TABLE(";
    for (size_t i = 0; i < table_cols.size(); ++i) out += (i ? ", " : "") + table_cols[i];
    return out + ")";
  }
  if (s.returns) return (s.returns->setof ? "SETOF " : "") + r.routine_type_of(s.returns.value());
  if (s.is_procedure) return "";
  return outs.size() == 1 ? outs[0] : "record";
}
}  // namespace

std::string Replayer::function_identity(const std::vector<ast::TypeRef>& arg_types) {
  std::string out;
  for (size_t i = 0; i < arg_types.size(); ++i) out += (i ? ", " : "") + routine_type_of(arg_types[i]);
  return out;
}

std::optional<Key> Replayer::find_function(const ast::FuncSig& sig) {
  return find_routine(cat.functions, search_path, sig, sig.args_unspecified ? "" : function_identity(sig.arg_types));
}

void replay_create_function(Replayer& r, const ast::CreateFunction& s) {
  Function f;
  Key base = r.creation_key(s.name);
  f.schema = base.first;
  f.name = base.second;
  f.procedure = s.is_procedure;
  std::vector<ast::TypeRef> identity_types;
  std::string args, args_sql;
  for (const ast::FuncParam& p : s.params) {
    if (p.mode == 'i' || p.mode == 'b' || p.mode == 'v') identity_types.push_back(p.type);
    if (p.mode == 't') continue;
    args += (args.empty() ? "" : ", ") + param_text(r, p, true);
    args_sql += (args_sql.empty() ? "" : ", ") + param_text(r, p, false);
  }
  f.identity = r.function_identity(identity_types);
  f.arguments = args;
  f.arguments_sql.value = args_sql;
  f.result = result_text(r, s);
  for (const ast::FuncParam& p : s.params)
    if (p.mode == 't') f.table_columns.value.push_back(p.name);
  if (s.returns) {
    ResolvedName rt = r.type(s.returns->names);
    if (!rt.schema.empty()) f.result_type.value = {rt.schema, rt.name};
  }
  f.body = s.body;
  f.sql_standard_body = s.sql_standard_body;
  ExprRefs refs;
  if (s.sql_body) {
    f.body = s.sql_body->canonical_statements(r, &refs);
    f.body_sql.value = s.sql_body->statements_sql();
  }
  bool set_returning = f.result.rfind("SETOF ", 0) == 0 || f.result.rfind("TABLE(", 0) == 0;
  f.rows = set_returning ? 1000 : 0;
  apply_attrs(f, s.attrs, r.search_path);
  if (f.language == "c" || f.language == "internal") f.cost = s.attrs.cost.value_or(1);
  for (const ast::TypeRef& t : s.transforms) f.transforms.push_back(r.routine_type_of(t));
  for (const ast::FuncParam& p : s.params) {  // argument and result types, argument defaults
    ResolvedName t = r.type(p.type.names);
    if (!t.schema.empty()) refs.types.push_back(t);
    if (p.default_expr) {
      ExprRefs d;
      p.default_expr->sql(r, d);
      refs.functions.insert(refs.functions.end(), d.functions.begin(), d.functions.end());
      refs.types.insert(refs.types.end(), d.types.begin(), d.types.end());
    }
  }
  if (s.returns && !f.result_type.value.first.empty()) refs.types.push_back({f.result_type.value.first, f.result_type.value.second});
  f.refs.value = refs_of(refs);
  f.printed_args.value = s.args_printed;
  f.printed_result.value = s.result_printed;
  f.printed_body.value = s.body_printed;
  f.origin = r.origin();
  Key key{f.schema, f.signature()};
  auto existing = r.cat.functions.find(key);
  if (existing != r.cat.functions.end()) {
    if (!s.replace && !(r.platform && r.platform->owns_function(f.schema, f.name))) {
      r.warn(DiagKind::duplicate_object, "function " + qualified(f.schema, f.name) + "(" + f.identity + ") already exists; statement ignored");
      return;
    }
    f.comment = existing->second.comment;  // CREATE OR REPLACE keeps the comment
  }
  bool fresh = existing == r.cat.functions.end();  // a replaced function keeps its privileges
  std::string acl = acl_function(f);
  r.cat.functions[key] = std::move(f);
  if (fresh) acl_created(r, acl, 'f', key.first);
}

void replay_alter_function(Replayer& r, const ast::AlterFunction& s) {
  std::optional<Key> k = r.find_function(s.func);
  if (!k) {
    r.warn(DiagKind::unknown_object, "function " + quote_ident(s.func.name.name) + " does not exist; statement ignored");
    return;
  }
  apply_attrs(r.cat.functions.at(*k), s.attrs, r.search_path);
}

}  // namespace pgdrift::catalog
