// Operator families and classes: CREATE OPERATOR FAMILY, CREATE OPERATOR CLASS (its family made
// when not named), ALTER OPERATOR FAMILY ... ADD | DROP. Members read as pg_dump prints them: an
// operator or function of the schema qualified, PostgreSQL's bare; the (lefttype, righttype) of a
// support function as PostgreSQL assigns them when not written (opclasscmds.c).
#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
using Item = ast::OpClassItem;

ast::QualName qualname_of_names(const std::vector<std::string>& names, SourceSpan span) {
  return ast::QualName{names.size() >= 2 ? names[names.size() - 2] : "", names.empty() ? "" : names.back(), span};
}

std::string joined(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const std::string& x : v) out += (out.empty() ? "" : sep) + x;
  return out;
}

struct Uses {
  std::vector<Key>& functions;
  std::vector<Key>& operators;
};

std::string operator_text(Replayer& r, const Item& it, const std::string& left, const std::string& right, Uses uses) {
  ast::OperatorSig sig{qualname_of_names(it.name, r.span), std::nullopt, std::nullopt};
  std::string args = "(" + left + "," + right + ")";
  if (sig.name.schema == "pg_catalog") return sig.name.name + args;
  for (const std::string& p : sig.name.schema.empty() ? r.search_path : std::vector<std::string>{sig.name.schema})
    if (r.cat.operators.count({p, sig.name.name + args})) {
      uses.operators.push_back({p, sig.name.name + args});
      return quote_ident(p) + "." + sig.name.name + args;
    }
  return sig.name.name + args;
}

std::string function_text(Replayer& r, const Item& it, std::vector<std::string>& arg_types, Uses uses) {
  for (const ast::TypeRef& t : it.args) arg_types.push_back(r.routine_type_of(t));
  ast::FuncSig sig{qualname_of_names(it.name, r.span), it.args, false};
  std::string args = "(" + joined(arg_types, ",") + ")";
  if (std::optional<Key> f = r.find_function(sig)) {
    uses.functions.push_back(*f);
    return qualified(f->first, r.cat.functions.at(*f).name) + args;
  }
  return quote_ident(it.name.back()) + args;
}

// The (lefttype, righttype) PostgreSQL gives a support function not stating them.
std::pair<std::string, std::string> support_types(const std::string& method, int number, const std::vector<std::string>& args,
                                                  const std::string& type) {
  if (method == "btree" && number == 1 && args.size() == 2) return {args[0], args[1]};
  if (method == "btree" && number == 3 && args.size() >= 3) return {args[0], args[2]};
  if (method == "hash" && (number == 1 || number == 2) && !args.empty()) return {args[0], args[0]};
  return {type, type};
}

std::string order_family(Replayer& r, const std::vector<std::string>& names, const std::string& method) {
  if (names.empty()) return "";
  if (names.size() >= 2) return " FOR ORDER BY " + quote_ident(names[names.size() - 2]) + "." + quote_ident(names.back());
  for (const std::string& p : r.search_path)
    if (r.cat.opfamilies.count({p, names.back() + "/" + method})) return " FOR ORDER BY " + qualified(p, names.back());
  return " FOR ORDER BY pg_catalog." + quote_ident(names.back());
}

// A member's key and text ("" key for STORAGE, which the class keeps itself).
std::pair<std::string, std::string> member(Replayer& r, const Item& it, const std::string& method, const std::string& type, Uses uses) {
  std::string n = std::to_string(it.number);
  auto typed = [&](size_t i) { return i < it.class_args.size() ? r.routine_type_of(it.class_args[i]) : std::string(); };
  if (it.kind == Item::Kind::Operator) {
    std::string left = it.args_written && !it.args.empty() ? r.routine_type_of(it.args[0]) : type;
    std::string right = it.args_written && it.args.size() > 1 ? r.routine_type_of(it.args[1]) : left;
    if (it.name.empty()) left = typed(0), right = typed(1);  // DROP OPERATOR n (lt, rt)
    std::string text = it.name.empty() ? "" : "OPERATOR " + n + " " + operator_text(r, it, left, right, uses) + order_family(r, it.order_family, method);
    return {"O " + n + " " + left + "," + right, text};
  }
  if (it.kind != Item::Kind::Function) return {"", ""};
  if (it.name.empty()) return {"F " + n + " " + typed(0) + "," + typed(1), ""};  // DROP FUNCTION n (lt, rt)
  std::vector<std::string> args;
  std::string fn = function_text(r, it, args, uses);
  auto [left, right] = it.class_args.size() == 2 ? std::pair{typed(0), typed(1)} : support_types(method, it.number, args, type);
  return {"F " + n + " " + left + "," + right, "FUNCTION " + n + " (" + left + ", " + right + ") " + fn};
}

OpFamily& family_of(Replayer& r, const Key& key, const std::string& name, const std::string& method) {
  auto it = r.cat.opfamilies.find(key);
  if (it == r.cat.opfamilies.end()) {
    OpFamily f;
    f.schema = key.first, f.name = name, f.method = method, f.origin = r.origin();
    it = r.cat.opfamilies.emplace(key, std::move(f)).first;
  }
  return it->second;
}

void create_class(Replayer& r, const ast::OpClassStmt& s) {
  Key base = r.creation_key(s.name);
  Key key{base.first, base.second + "/" + s.method};
  if (r.cat.opclasses.count(key)) {
    r.warn(DiagKind::duplicate_object, "operator class " + qualified(base.first, base.second) + " using " + s.method + " already exists; statement ignored");
    return;
  }
  OpClass c;
  c.schema = base.first, c.name = base.second, c.method = s.method, c.is_default = s.is_default, c.origin = r.origin();
  if (s.type) c.type = r.column_type_of(*s.type);
  Key fam = s.family ? r.creation_key(*s.family) : base;  // a family of the class's name is made with it
  family_of(r, {fam.first, fam.second + "/" + s.method}, fam.second, s.method);
  c.family = qualified(fam.first, fam.second);
  for (const Item& it : s.items) {
    if (it.kind == Item::Kind::Storage && it.storage) c.storage = r.column_type_of(*it.storage);
    auto [k, text] = member(r, it, s.method, c.type, Uses{c.functions.value, c.operators.value});
    if (!k.empty()) c.members[k] = text;
  }
  r.cat.opclasses[key] = std::move(c);
}
}  // namespace

void replay_opclass(Replayer& r, const ast::OpClassStmt& s) {
  using Op = ast::OpClassStmt::Op;
  if (s.op == Op::CreateClass) return create_class(r, s);
  Key base = r.creation_key(s.name);
  Key key{base.first, base.second + "/" + s.method};
  if (s.op == Op::CreateFamily) {
    if (r.cat.opfamilies.count(key)) r.warn(DiagKind::duplicate_object, "operator family " + qualified(base.first, base.second) + " already exists; statement ignored");
    else family_of(r, key, base.second, s.method);
    return;
  }
  std::optional<Key> found;
  for (const std::string& p : s.name.schema.empty() ? r.search_path : std::vector<std::string>{s.name.schema})
    if (!found && r.cat.opfamilies.count({p, s.name.name + "/" + s.method})) found = Key{p, s.name.name + "/" + s.method};
  if (!found) {
    r.warn(DiagKind::unknown_object, "operator family " + quote_ident(s.name.name) + " using " + s.method + " does not exist; statement ignored");
    return;
  }
  OpFamily& f = r.cat.opfamilies.at(*found);
  for (const Item& it : s.items) {
    auto [k, text] = member(r, it, s.method, "", Uses{f.functions.value, f.operators.value});
    if (s.op == Op::AddToFamily) f.members[k] = text;
    else f.members.erase(k);
  }
}

}  // namespace pgdrift::catalog
