// CREATE CAST (its types as format_type prints them, its function resolved) and CREATE SERVER.
#include <algorithm>

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

namespace {
// OPTIONS (...) applied as PostgreSQL does: ADD appends, SET replaces in place, DROP removes.
void apply_option_changes(std::vector<std::pair<std::string, std::string>>& options, const std::vector<ast::OptionChange>& changes) {
  for (const ast::OptionChange& o : changes) {
    auto at = std::find_if(options.begin(), options.end(), [&](const auto& p) { return p.first == o.name; });
    if (o.action == "drop") { if (at != options.end()) options.erase(at); }
    else if (o.action == "set" && at != options.end()) at->second = o.value;
    else options.emplace_back(o.name, o.value);
  }
}
}  // namespace

namespace {
// A wrapper's handler or validator (an extension's, as postgres_fdw_handler, by its bare name).
std::string wrapper_function(Replayer& r, const std::vector<std::string>& names, const std::string& wrapper, bool validator) {
  if (names.empty()) return "";
  return late_regproc_name(r, ast::QualName{names.size() > 1 ? names[names.size() - 2] : "", names.back(), r.span}, [&r, wrapper, validator] {
    auto it = r.cat.wrappers.find(wrapper);
    return it == r.cat.wrappers.end() ? nullptr : validator ? &it->second.validator : &it->second.handler;
  });
}
}  // namespace

void replay_wrapper(Replayer& r, const ast::WrapperStmt& s) {
  auto it = r.cat.wrappers.find(s.name);
  std::string what = "foreign-data wrapper " + quote_ident(s.name);
  if (s.alter != (it != r.cat.wrappers.end())) {
    r.warn(s.alter ? DiagKind::unknown_object : DiagKind::duplicate_object, what + (s.alter ? " does not exist" : " already exists") + "; statement ignored");
    return;
  }
  if (!s.alter) it = r.cat.wrappers.emplace(s.name, ForeignDataWrapper{s.name, "", "", {}, "", r.origin()}).first;
  if (s.handler) it->second.handler = wrapper_function(r, *s.handler, s.name, false);
  if (s.validator) it->second.validator = wrapper_function(r, *s.validator, s.name, true);
  apply_option_changes(it->second.options, s.options);
}

void replay_alter_server(Replayer& r, const ast::AlterServer& s) {
  auto it = r.cat.servers.find(s.name);
  if (it == r.cat.servers.end()) {
    r.warn(DiagKind::unknown_object, "server " + quote_ident(s.name) + " does not exist; statement ignored");
    return;
  }
  if (s.version) it->second.version = *s.version;
  apply_option_changes(it->second.options, s.options);
}

void replay_user_mapping(Replayer& r, const ast::UserMappingStmt& s) {
  using Op = ast::UserMappingStmt::Op;
  Key key{s.server, s.user};
  auto it = r.cat.user_mappings.find(key);
  std::string what = "user mapping for " + s.user + " on server " + quote_ident(s.server);
  if (s.op == Op::Drop) {
    if (it != r.cat.user_mappings.end()) r.cat.user_mappings.erase(it);
    else if (!s.if_exists) r.warn(DiagKind::unknown_object, what + " does not exist; statement ignored");
    return;
  }
  if ((s.op == Op::Create) == (it != r.cat.user_mappings.end())) {
    if (s.op == Op::Alter) r.warn(DiagKind::unknown_object, what + " does not exist; statement ignored");
    else if (!s.if_exists) r.warn(DiagKind::duplicate_object, what + " already exists; statement ignored");
    return;
  }
  if (!r.cat.servers.count(s.server)) r.note_external("server " + quote_ident(s.server), r.span);
  UserMapping& m = r.cat.user_mappings[key];
  if (s.op == Op::Create) m = UserMapping{s.server, s.user, {}, r.origin()};
  apply_option_changes(m.options, s.options);
}

}  // namespace pgdrift::catalog
