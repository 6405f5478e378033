// CREATE AGGREGATE: arguments as a function's, options with their functions and types resolved.
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
bool is_function_option(const std::string& n) {
  return n == "sfunc" || n == "finalfunc" || n == "combinefunc" || n == "serialfunc" || n == "deserialfunc" ||
         n == "msfunc" || n == "minvfunc" || n == "mfinalfunc";
}
bool is_type_option(const std::string& n) { return n == "stype" || n == "mstype"; }

std::string option_value(Replayer& r, const ast::AggOption& o, Refs& refs) {
  if (!o.type) {
    std::string v = o.text;
    if (o.name == "parallel" || o.name == "finalfunc_modify" || o.name == "mfinalfunc_modify")
      std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return v;
  }
  if (is_function_option(o.name)) {
    ResolvedName f = r.function(o.type->names);
    if (!f.schema.empty()) refs.functions.emplace_back(f.schema, f.name);
    return f.schema.empty() ? quote_ident(f.name) : qualified(f.schema, f.name);
  }
  if (is_type_option(o.name)) {
    ResolvedName t = r.type(o.type->names);
    if (!t.schema.empty()) refs.types.emplace_back(t.schema, t.name);
    return r.column_type_of(*o.type);
  }
  std::string v;  // SORTOP = >, a name written as a type
  for (const std::string& n : o.type->names) v += (v.empty() ? "" : ".") + n;
  return v;
}
}  // namespace

std::optional<Key> find_aggregate(Replayer& r, const ast::FuncSig& sig) {
  return find_routine(r.cat.aggregates, r.search_path, sig, sig.args_unspecified ? "" : r.function_identity(sig.arg_types));
}

void replay_create_aggregate(Replayer& r, const ast::CreateAggregate& s) {
  Aggregate a;
  Key base = r.creation_key(s.name);
  a.schema = base.first;
  a.name = base.second;
  std::vector<ast::TypeRef> types;
  for (const ast::FuncParam& p : s.params) types.push_back(p.type);
  a.identity = r.function_identity(types);
  a.direct_args = s.direct_args;
  Refs refs;
  for (const ast::TypeRef& t : types)
    if (ResolvedName rt = r.type(t.names); !rt.schema.empty()) refs.types.emplace_back(rt.schema, rt.name);
  for (const ast::AggOption& o : s.options) a.options.emplace_back(o.name, option_value(r, o, refs));
  std::sort(a.options.begin(), a.options.end());
  a.refs.value = refs;
  a.origin = r.origin();
  Key key{a.schema, a.signature()};
  if (r.cat.aggregates.count(key) && !s.replace) {
    r.warn(DiagKind::duplicate_object, "aggregate " + qualified(a.schema, a.name) + "(" + a.identity + ") already exists; statement ignored");
    return;
  }
  if (auto old = r.cat.aggregates.find(key); old != r.cat.aggregates.end()) a.comment = old->second.comment;
  r.cat.aggregates[key] = std::move(a);
}

}  // namespace pgdrift::catalog
