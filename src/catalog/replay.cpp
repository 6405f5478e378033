#include "catalog/replay.h"

#include <variant>

#include "base/sql_ident.h"
#include "catalog/extensions.h"
#include "catalog/rename.h"
#include "catalog/types.h"

namespace pgdrift::catalog {

namespace {
template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;

std::string ext_schema(const Catalog& cat, ExtObject kind, const std::string& name) {
  std::string_view ext = extension_defining(kind, name);
  if (ext.empty()) return "";
  auto it = cat.extensions.find(std::string(ext));
  return it == cat.extensions.end() ? "" : it->second.schema;
}
}  // namespace

Catalog replay(std::vector<ast::Stmt> stmts, DiagnosticEngine& diags, const ReplayOptions& options) {
  PartReplay r(diags, options);
  r.apply(std::move(stmts));
  return r.finish();
}

PartReplay::PartReplay(DiagnosticEngine& diags, const ReplayOptions& options)
    : replayer_(std::make_unique<Replayer>(cat_, diags)) {
  replayer_->platform = options.platform;
  replayer_->renames_seen = options.renames;
}

PartReplay::~PartReplay() = default;

void PartReplay::apply(std::vector<ast::Stmt>&& part) {
  for (ast::Stmt& s : part) {
    replayer_->apply(s);
    s = ast::Stmt{};  // released as soon as replayed: the catalog grows while the statements go
  }
}

Catalog PartReplay::finish() {
  for (const auto& f : replayer_->at_end) f();
  prune_acl(cat_);
  return std::move(cat_);
}

void Replayer::apply(const ast::Stmt& s) {
  span = s.span;
  expr_table = nullptr;
  std::visit(Overloaded{
                 [&](const ast::CreateSchema& n) { replay_create_schema(*this, n); },
                 [&](const ast::CreateExtension& n) { replay_create_extension(*this, n); },
                 [&](const ast::CreateEnum& n) { replay_create_enum(*this, n); },
                 [&](const ast::AlterEnum& n) {
                   std::optional<Rename> seen = renames_seen && !n.old_value.empty() ? resolve_rename(*this, n) : std::nullopt;
                   replay_alter_enum(*this, n);
                   note_rename(*this, seen);
                 },
                 [&](const ast::CreateSequence& n) { replay_create_sequence(*this, n); },
                 [&](const ast::AlterSequence& n) { replay_alter_sequence(*this, n); },
                 [&](const ast::CreateTable& n) { replay_create_table(*this, n); },
                 [&](const ast::CreateIndex& n) { replay_create_index(*this, n); },
                 [&](const ast::AlterTable& n) { replay_alter_table(*this, n); },
                 [&](const ast::Rename& n) {
                   std::optional<Rename> seen = renames_seen ? resolve_rename(*this, n) : std::nullopt;
                   auto before = acl_objects(cat);
                   replay_rename(*this, n);
                   follow_renames(cat, before);
                   note_rename(*this, seen);
                 },
                 [&](const ast::Drop& n) { replay_drop(*this, n); },
                 [&](const ast::Comment& n) { replay_comment(*this, n); },
                 [&](const ast::SetSearchPath& n) { replay_set_search_path(*this, n); },
                 [&](const ast::SetTableAccessMethod& n) { default_table_am = n.name.empty() ? "heap" : n.name; },
                 [&](const ast::AlterObjectSchema& n) {
                   auto before = acl_objects(cat);
                   replay_alter_object_schema(*this, n);
                   follow_renames(cat, before);
                 },
                 [&](const ast::DoBlock& n) { replay_do_block(*this, n); },
                 [&](const ast::CreateFunction& n) { replay_create_function(*this, n); },
                 [&](const ast::CreateDomain& n) { replay_create_domain(*this, n); },
                 [&](const ast::AlterDomain& n) { replay_alter_domain(*this, n); },
                 [&](const ast::CreateComposite& n) { replay_create_composite(*this, n); },
                 [&](const ast::CreateRange& n) { replay_create_range(*this, n); },
                 [&](const ast::CreateView& n) { replay_create_view(*this, n); },
                 [&](const ast::Grant& n) { replay_grant(*this, n); },
                 [&](const ast::PublicationStmt& n) { replay_publication(*this, n); },
                 [&](const ast::AlterOwner& n) { replay_alter_owner(*this, n); },
                 [&](const ast::AlterFunction& n) { replay_alter_function(*this, n); },
                 [&](const ast::CreateAggregate& n) { replay_create_aggregate(*this, n); },
                 [&](const ast::CreateCast& n) { replay_create_cast(*this, n); },
                 [&](const ast::CreateCollation& n) { replay_create_collation(*this, n); },
                 [&](const ast::TsDictionaryStmt& n) { replay_ts_dictionary(*this, n); },
                 [&](const ast::CreateTsConfig& n) { replay_create_ts_config(*this, n); },
                 [&](const ast::AlterTsConfig& n) { replay_alter_ts_config(*this, n); },
                 [&](const ast::EventTriggerStmt& n) { replay_event_trigger(*this, n); },
                 [&](const ast::StatisticsStmt& n) { replay_statistics(*this, n); },
                 [&](const ast::CreateOperator& n) { replay_create_operator(*this, n); },
                 [&](const ast::CreateServer& n) { replay_create_server(*this, n); },
                 [&](const ast::UserMappingStmt& n) { replay_user_mapping(*this, n); },
                 [&](const ast::AlterServer& n) { replay_alter_server(*this, n); },
                 [&](const ast::WrapperStmt& n) { replay_wrapper(*this, n); },
                 [&](const ast::PlainStmt& n) { replay_plain(*this, n); },
                 [&](const ast::OpClassStmt& n) { replay_opclass(*this, n); },
                 [&](const ast::CreateTrigger& n) { replay_create_trigger(*this, n); },
                 [&](const ast::CreateRule& n) { replay_create_rule(*this, n); },
                 [&](const ast::CreatePolicy& n) { replay_create_policy(*this, n); },
                 [&](const ast::AlterPolicy& n) { replay_alter_policy(*this, n); },
                 [&](const ast::Ignored&) {},
                 [&](const ast::Unsupported&) {},  // already reported by the frontend
             },
             s.node);
}

std::string Replayer::creation_schema() const {
  for (const std::string& s : search_path)
    if (cat.schemas.count(s)) return s;
  return search_path.empty() ? "public" : search_path.front();
}

Key Replayer::creation_key(const ast::QualName& q) const {
  return Key{q.schema.empty() ? creation_schema() : q.schema, q.name};
}

namespace {
template <class Map>
std::optional<Key> lookup(const Map& m, const ast::QualName& q, const std::vector<std::string>& path) {
  if (!q.schema.empty()) {
    Key k{q.schema, q.name};
    return m.count(k) ? std::optional<Key>(k) : std::nullopt;
  }
  for (const std::string& s : path) {
    Key k{s, q.name};
    if (m.count(k)) return k;
  }
  return std::nullopt;
}
}  // namespace

std::optional<Key> Replayer::find_table(const ast::QualName& q) const { return lookup(cat.tables, q, search_path); }
std::optional<Key> Replayer::find_statistics(const ast::QualName& q) const { return lookup(cat.statistics, q, search_path); }
std::optional<Key> Replayer::find_ts_dictionary(const ast::QualName& q) const { return lookup(cat.ts_dictionaries, q, search_path); }
std::optional<Key> Replayer::find_ts_config(const ast::QualName& q) const { return lookup(cat.ts_configs, q, search_path); }
std::optional<Key> Replayer::find_sequence(const ast::QualName& q) const { return lookup(cat.sequences, q, search_path); }
std::optional<Key> Replayer::find_index(const ast::QualName& q) const { return lookup(cat.indexes, q, search_path); }
std::optional<Key> Replayer::find_view(const ast::QualName& q) const { return lookup(cat.views, q, search_path); }
std::optional<Key> Replayer::find_enum(const ast::QualName& q) const { return lookup(cat.enums, q, search_path); }
std::optional<Key> Replayer::find_type(const ast::QualName& q) const {
  for (const std::string& s : q.schema.empty() ? search_path : std::vector<std::string>{q.schema})
    if (cat.type_exists(Key{s, q.name})) return Key{s, q.name};
  return std::nullopt;
}

Table* Replayer::table_or_warn(const ast::QualName& q, bool if_exists) {
  if (auto k = find_table(q)) return &cat.tables.at(*k);
  if (!if_exists) {
    std::string name = q.schema.empty() ? quote_ident(q.name) : qualified(q.schema, q.name);
    warn(DiagKind::unknown_object, "table " + name + " does not exist; statement ignored", q.span);
  }
  return nullptr;
}

ResolvedName Replayer::function(const std::vector<std::string>& name) const {
  if (name.size() >= 2) {
    const std::string& schema = name[name.size() - 2];
    if (schema == "pg_catalog") return {"", name.back()};
    return {schema, name.back()};
  }
  if (name.empty()) return {};
  for (const std::string& path_schema : search_path)
    if (cat.function_named(path_schema, name[0])) return {path_schema, name[0]};
  std::string schema = ext_schema(cat, ExtObject::Function, name[0]);
  return {schema, name[0]};
}

ResolvedName Replayer::relation(const std::vector<std::string>& name) const {
  if (name.size() >= 2) return {name[name.size() - 2], name.back()};
  if (name.empty()) return {};
  ast::QualName q{"", name[0], {}};
  for (const std::string& s : search_path) {
    Key k{s, name[0]};
    if (cat.sequences.count(k) || cat.tables.count(k) || cat.views.count(k) || cat.indexes.count(k)) return {s, name[0]};
  }
  return {creation_schema(), name[0]};
}

ResolvedName Replayer::type(const std::vector<std::string>& name) const {
  if (name.empty()) return {};
  if (name.size() >= 2 && name[name.size() - 2] != "pg_catalog") return {name[name.size() - 2], name.back()};
  if (auto b = builtin_type(name.back())) return {"", *b};
  if (name.size() >= 2) return {"", name.back()};
  if (auto k = find_type(ast::QualName{"", name[0], {}})) return {k->first, k->second};
  std::string schema = ext_schema(cat, ExtObject::Type, name[0]);
  return {schema.empty() ? creation_schema() : schema, name[0]};
}

std::optional<std::vector<std::string>> Replayer::relation_columns(const ResolvedName& rel) const {
  Key k{rel.schema, rel.name};
  if (auto t = cat.tables.find(k); t != cat.tables.end()) return t->second.column_order.value;
  if (auto v = cat.views.find(k); v != cat.views.end()) return v->second.columns;
  return std::nullopt;
}

std::optional<std::vector<std::string>> Replayer::function_columns(const std::vector<std::string>& name) const {
  ResolvedName rn = function(name);
  if (rn.schema.empty()) return std::nullopt;
  const Function* f = cat.function_named(rn.schema, rn.name);
  if (!f) return std::nullopt;
  if (!f->table_columns.value.empty()) return f->table_columns.value;  // RETURNS TABLE (...)
  if (auto t = cat.tables.find(f->result_type.value); t != cat.tables.end()) return t->second.column_order.value;
  if (auto v = cat.views.find(f->result_type.value); v != cat.views.end()) return v->second.columns;
  return std::nullopt;
}

std::string Replayer::column_type(const std::string& column) const {
  if (!expr_table) return "";
  const Column* c = expr_table->column(column);
  return c ? c->type : "";
}

}  // namespace pgdrift::catalog
