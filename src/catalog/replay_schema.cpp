// CREATE SCHEMA, CREATE EXTENSION, SET search_path, ALTER ... SET SCHEMA.
#include "base/sql_ident.h"
#include "catalog/platform.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

void replay_create_schema(Replayer& r, const ast::CreateSchema& n) {
  if (r.cat.schemas.count(n.name)) {
    if (!n.if_not_exists && !(r.platform && r.platform->owns_schema(n.name))) r.warn(DiagKind::duplicate_object, "schema " + quote_ident(n.name) + " already exists");
    return;
  }
  r.cat.schemas[n.name] = Schema{n.name, "", r.origin()};
  acl_created(r, "SCHEMA " + quote_ident(n.name), 'n', n.name);
  if (!n.authorization.empty()) r.cat.owners.value["SCHEMA " + quote_ident(n.name)] = n.authorization;
}

void replay_create_extension(Replayer& r, const ast::CreateExtension& n) {
  if (n.name == "plpgsql") return;  // built into every database: pg_dump never writes it
  if (n.update) {
    auto it = r.cat.extensions.find(n.name);
    if (it == r.cat.extensions.end()) r.warn(DiagKind::unknown_object, "extension " + quote_ident(n.name) + " does not exist; statement ignored");
    else it->second.version = n.version;
    return;
  }
  if (r.cat.extensions.count(n.name)) {
    if (!n.if_not_exists) r.warn(DiagKind::duplicate_object, "extension " + quote_ident(n.name) + " already exists");
    return;
  }
  Extension e;
  e.name = n.name;
  e.schema = n.schema.empty() ? r.creation_schema() : n.schema;
  e.version = n.version;
  e.origin = r.origin();
  r.cat.extensions[n.name] = e;
}

void replay_set_search_path(Replayer& r, const ast::SetSearchPath& n) {
  if (n.reset) r.search_path = {"$user", "public"};
  else r.search_path = n.schemas;
}

namespace {
void move_table(Replayer& r, const Key& from, const std::string& schema) {
  Key to{schema, from.second};
  auto node = r.cat.tables.extract(from);
  node.key() = to;
  node.mapped().schema = schema;
  r.cat.tables.insert(std::move(node));
  std::vector<Key> indexes;
  for (auto& [k, ix] : r.cat.indexes)
    if (k.first == from.first && ix.table == from.second) indexes.push_back(k);
  for (const Key& k : indexes) {
    auto ix = r.cat.indexes.extract(k);
    ix.key().first = schema;
    ix.mapped().schema = schema;
    r.cat.indexes.insert(std::move(ix));
  }
  std::vector<Key> seqs;
  for (auto& [k, s] : r.cat.sequences)
    if (s.owner_table == from) seqs.push_back(k);
  for (const Key& k : seqs) {
    auto s = r.cat.sequences.extract(k);
    s.key().first = schema;
    s.mapped().schema = schema;
    s.mapped().owner_table = to;
    r.cat.sequences.insert(std::move(s));
  }
  for (auto& [k, t] : r.cat.tables)
    for (auto& [n, c] : t.constraints)
      if (c.ref_table == from) c.ref_table = to;
}
}  // namespace

void replay_alter_object_schema(Replayer& r, const ast::AlterObjectSchema& n) {
  r.cat.forget_printed();
  if (n.func) {
    std::optional<Key> k = r.find_function(*n.func);
    if (!k) {
      if (!n.if_exists) r.warn(DiagKind::unknown_object, "function " + quote_ident(n.func->name.name) + " does not exist; statement ignored");
      return;
    }
    auto node = r.cat.functions.extract(*k);
    node.key().first = n.new_schema;
    node.mapped().schema = n.new_schema;
    r.cat.functions.insert(std::move(node));
    return;
  }
  if (n.kind == ast::ObjKind::Table) {
    if (auto k = r.find_table(n.object)) move_table(r, *k, n.new_schema);
    else if (!n.if_exists) r.table_or_warn(n.object, false);
    return;
  }
  r.warn(DiagKind::unsupported_stmt, "set schema of this kind of object is not modelled yet; statement ignored");
}

}  // namespace pgdrift::catalog
