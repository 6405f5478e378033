// CREATE CAST (its types as format_type prints them, its function resolved) and CREATE SERVER.
#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

Key cast_key(Replayer& r, const ast::TypeRef& source, const ast::TypeRef& target) {
  return {r.routine_type_of(source), r.routine_type_of(target)};
}

void replay_create_cast(Replayer& r, const ast::CreateCast& s) {
  Cast c;
  std::tie(c.source, c.target) = cast_key(r, s.source, s.target);
  c.method = s.method;
  c.context = s.context;
  if (s.function) {
    std::optional<Key> f = r.find_function(*s.function);
    if (!f) {
      r.warn(DiagKind::unknown_object, "function " + quote_ident(s.function->name.name) + " of the cast does not exist; statement ignored");
      return;
    }
    c.function = qualified(f->first, r.cat.functions.at(*f).name) + "(" + r.cat.functions.at(*f).identity + ")";
  }
  c.origin = r.origin();
  Key key{c.source, c.target};
  if (r.cat.casts.count(key)) {
    r.warn(DiagKind::duplicate_object, "cast " + c.source + " AS " + c.target + " already exists; statement ignored");
    return;
  }
  r.cat.casts[key] = std::move(c);
}

void replay_create_server(Replayer& r, const ast::CreateServer& s) {
  if (r.cat.servers.count(s.name)) {
    if (!s.if_not_exists) r.warn(DiagKind::duplicate_object, "server " + quote_ident(s.name) + " already exists; statement ignored");
    return;
  }
  ForeignServer f{s.name, s.fdw, s.type, s.version, s.options, "", r.origin()};
  r.cat.servers[s.name] = std::move(f);
}

}  // namespace pgdrift::catalog
