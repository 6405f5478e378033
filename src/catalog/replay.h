// Replays lowered statements into a Catalog with PostgreSQL's semantics (search_path,
// implicit names, serial expansion, cascades). One replay_*.cpp file per statement kind.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "catalog/catalog.h"
#include "frontend/ast.h"

namespace pgdrift::catalog {

struct Platform;
struct Rename;

struct ReplayOptions {
  // A CREATE of one of the platform's tables, functions or schemas that exists already (declared
  // by the policy, now defined by a dump) replaces it without a warning.
  const Platform* platform = nullptr;
  // Where the renames the statements make (tables, columns, types, enum values, indexes,
  // constraints) are recorded, resolved, in order.
  std::vector<Rename>* renames = nullptr;
};

// Builds the catalog of a whole program (statements in apply order), releasing each statement
// once it is replayed.
Catalog replay(std::vector<ast::Stmt> stmts, DiagnosticEngine& diags, const ReplayOptions& options = {});

// replay() a part at a time, for statements that arrive in order while later ones are still
// being parsed: apply() each part, then finish() once.
class PartReplay {
 public:
  PartReplay(DiagnosticEngine& diags, const ReplayOptions& options);
  ~PartReplay();
  void apply(std::vector<ast::Stmt>&& part);
  Catalog finish();

 private:
  Catalog cat_;
  std::unique_ptr<class Replayer> replayer_;
};

class Replayer final : public ExprResolver {
 public:
  Replayer(Catalog& cat, DiagnosticEngine& diags) : cat(cat), diags(diags) {}
  void apply(const ast::Stmt& s);

  // ExprResolver: names inside expressions.
  ResolvedName function(const std::vector<std::string>& name) const override;
  ResolvedName relation(const std::vector<std::string>& name) const override;
  ResolvedName type(const std::vector<std::string>& name) const override;
  std::string column_type(const std::string& column) const override;
  std::string column_name(const std::string& column) const override;
  std::optional<std::vector<std::string>> relation_columns(const ResolvedName& rel) const override;
  std::optional<std::vector<std::string>> function_columns(const std::vector<std::string>& name) const override;
  std::optional<ResolvedName> text_search_config(const std::vector<std::string>& name) const override;

  // Shared by replay_*.cpp.
  Catalog& cat;
  DiagnosticEngine& diags;
  SourceSpan span;                                   // statement being replayed
  std::vector<std::string> search_path{"$user", "public"};  // PostgreSQL's default
  std::string default_table_am = "heap";             // SET default_table_access_method
  const Table* expr_table = nullptr;                 // table whose columns expressions see
  const std::map<std::string, std::string>* expr_renames = nullptr;  // of the expression
  const Platform* platform = nullptr;                // the policy's external objects
  std::vector<Rename>* renames_seen = nullptr;       // renames made, when recorded
  // Run after the last statement: names resolved late (a function a dump prints after the
  // language, wrapper or range that names it).
  std::vector<std::function<void()>> at_end;

  std::string creation_schema() const;
  Key creation_key(const ast::QualName& q) const;    // where CREATE puts q
  std::optional<Key> find_table(const ast::QualName& q) const;
  std::optional<Key> find_sequence(const ast::QualName& q) const;
  std::optional<Key> find_index(const ast::QualName& q) const;
  std::optional<Key> find_view(const ast::QualName& q) const;
  std::optional<Key> find_enum(const ast::QualName& q) const;
  std::optional<Key> find_type(const ast::QualName& q) const;  // any kind of user type
  std::optional<Key> find_collation(const ast::QualName& q) const;  // a user collation (builtins are pg_catalog's)
  std::optional<Key> find_statistics(const ast::QualName& q) const;
  std::optional<Key> find_ts_dictionary(const ast::QualName& q) const;  // a user dictionary
  std::optional<Key> find_ts_config(const ast::QualName& q) const;      // a user configuration
  std::optional<Key> find_function(const ast::FuncSig& sig);  // by name and argument types
  std::string function_identity(const std::vector<ast::TypeRef>& arg_types);
  Table* table_or_warn(const ast::QualName& q, bool if_exists);

  std::string column_type_of(const ast::TypeRef& t);          // format_type() text
  std::string routine_type_of(ast::TypeRef t);  // the same without typmods: PostgreSQL drops them on arguments and results
  std::string collation_of(const std::vector<std::string>& names) const;
  StoredExpr store(const Expr& e, const Table* table, const std::string& printed = "");
  void recanonicalize(StoredExpr& e, const Table* table);
  void note_external(const std::string& what, SourceSpan where);
  void warn(DiagKind kind, const std::string& message, SourceSpan where = {});
  Origin origin() const { return Origin{span}; }
};

// The rename an ALTER ... RENAME (or ALTER TYPE ... RENAME VALUE) makes, resolved before it is
// replayed; recorded (note_rename) once it took effect (rename.cpp).
std::optional<Rename> resolve_rename(const Replayer& r, const ast::Rename& n);
std::optional<Rename> resolve_rename(const Replayer& r, const ast::AlterEnum& n);
void note_rename(Replayer& r, const std::optional<Rename>& seen);

// Resolved names as catalog keys.
Refs refs_of(const ExprRefs& r);

// Recomputes every stored expression of `t` (after a column rename or type change).
void recanonicalize_table(Replayer& r, Table& t);

// Per-kind replay (replay_*.cpp).
void replay_create_schema(Replayer& r, const ast::CreateSchema& s);
void replay_create_extension(Replayer& r, const ast::CreateExtension& s);
void replay_set_search_path(Replayer& r, const ast::SetSearchPath& s);
void replay_create_enum(Replayer& r, const ast::CreateEnum& s);
void replay_alter_enum(Replayer& r, const ast::AlterEnum& s);
void replay_create_sequence(Replayer& r, const ast::CreateSequence& s);
void replay_alter_sequence(Replayer& r, const ast::AlterSequence& s);
void replay_create_table(Replayer& r, const ast::CreateTable& s);
void replay_alter_table(Replayer& r, const ast::AlterTable& s);
void replay_create_index(Replayer& r, const ast::CreateIndex& s);
void replay_rename(Replayer& r, const ast::Rename& s);
void replay_drop(Replayer& r, const ast::Drop& s);
void replay_comment(Replayer& r, const ast::Comment& s);
void replay_alter_object_schema(Replayer& r, const ast::AlterObjectSchema& s);
void replay_do_block(Replayer& r, const ast::DoBlock& s);
void replay_create_domain(Replayer& r, const ast::CreateDomain& s);
void replay_alter_domain(Replayer& r, const ast::AlterDomain& s);
void replay_create_composite(Replayer& r, const ast::CreateComposite& s);
void replay_create_range(Replayer& r, const ast::CreateRange& s);
void replay_create_view(Replayer& r, const ast::CreateView& s);
void replay_grant(Replayer& r, const ast::Grant& g);
void replay_publication(Replayer& r, const ast::PublicationStmt& p);
void replay_alter_owner(Replayer& r, const ast::AlterOwner& o);
// A new object gets the default privileges of its kind ('r', 'S', 'f', 'T', 'n') and schema.
void acl_created(Replayer& r, const std::string& object, char kind, const std::string& schema);
// Drops grants and owners of objects that are gone (and grants to an object's known owner).
void prune_acl(Catalog& cat);
// After a RENAME or SET SCHEMA, the grants and owners of objects that changed name follow them.
void follow_renames(Catalog& cat, const std::set<std::string>& before);
// Storage parameters set (values lower-cased, as on/ON and true/TRUE mean the same) or reset.
void set_options(std::map<std::string, std::string>& into, const std::vector<std::pair<std::string, std::string>>& opts, bool set);
// pg_attribute.attstorage of ALTER ... SET STORAGE name; 0 when it is the type's own default.
char column_storage(const std::string& type, const std::string& name);
std::vector<std::pair<std::string, std::string>> normalized_view_options(std::vector<std::pair<std::string, std::string>> opts);
// Drops a view and (PostgreSQL needs CASCADE for these) the views that read it.
void drop_view(Replayer& r, const Key& key, bool cascade);
// Drops the views that read relation `key` (before the relation goes).
void drop_dependent_views(Replayer& r, const Key& key, bool cascade);
void replay_create_function(Replayer& r, const ast::CreateFunction& s);
void replay_alter_function(Replayer& r, const ast::AlterFunction& s);
void replay_create_aggregate(Replayer& r, const ast::CreateAggregate& s);
std::optional<Key> find_aggregate(Replayer& r, const ast::FuncSig& sig);
void replay_create_cast(Replayer& r, const ast::CreateCast& s);
void replay_create_collation(Replayer& r, const ast::CreateCollation& s);
void replay_ts_dictionary(Replayer& r, const ast::TsDictionaryStmt& s);
void replay_create_ts_config(Replayer& r, const ast::CreateTsConfig& s);
void replay_alter_ts_config(Replayer& r, const ast::AlterTsConfig& s);
void replay_event_trigger(Replayer& r, const ast::EventTriggerStmt& s);
void replay_statistics(Replayer& r, const ast::StatisticsStmt& s);
void replay_create_operator(Replayer& r, const ast::CreateOperator& s);
Key operator_key(Replayer& r, const ast::OperatorSig& s);  // DROP / COMMENT ON OPERATOR
// Extended statistics follow their table: dropped with it or with a column they use, renamed along.
void statistics_table_dropped(Catalog& cat, const Key& table);
void statistics_column_dropped(Catalog& cat, const Key& table, const std::string& column);
void statistics_renamed(Catalog& cat, const Key& from, const Key& to, const std::string& column_from, const std::string& column_to);
void replay_create_server(Replayer& r, const ast::CreateServer& s);
void replay_user_mapping(Replayer& r, const ast::UserMappingStmt& s);
void replay_alter_server(Replayer& r, const ast::AlterServer& s);
void replay_wrapper(Replayer& r, const ast::WrapperStmt& s);
// The plain kinds (replay_plain.cpp): CREATE, the key a name resolves to, COMMENT's slot, DROP.
void replay_plain(Replayer& r, const ast::PlainStmt& s);
Key plain_key(Replayer& r, ast::ObjKind kind, const ast::QualName& q);
// A function named without arguments as regproc prints it: qualified when the schema has it, else
// (PostgreSQL's or an extension's) its bare name; `out` (when given) gets the schema's function.
// `late` (when given) is set when a qualified name is not known yet (at_end may resolve it).
std::string regproc_name(Replayer& r, const ast::QualName& q, std::vector<Key>* out = nullptr, bool* late = nullptr);
// The same for an object's field: when qualified and not known yet, resolved again after the last
// statement into slot() (nullptr once the object is gone) if the field still holds it.
std::string late_regproc_name(Replayer& r, const ast::QualName& q, std::function<std::string*()> slot);
Key transform_key(Replayer& r, const ast::TypeRef& type, const std::string& language);
std::string* plain_comment_slot(Replayer& r, const ast::Comment& n);
bool drop_plain(Replayer& r, ast::ObjKind kind, const Key& k, bool cascade);
void replay_opclass(Replayer& r, const ast::OpClassStmt& s);
Key cast_key(Replayer& r, const ast::TypeRef& source, const ast::TypeRef& target);  // DROP / COMMENT ON CAST

// The routine of `routines` (functions or aggregates: structs with name and identity) that a
// signature names, looked up in its schema or along the search_path.
template <class Routines>
std::optional<Key> find_routine(const Routines& routines, const std::vector<std::string>& search_path, const ast::FuncSig& sig,
                                const std::string& identity) {
  std::vector<std::string> schemas = sig.name.schema.empty() ? search_path : std::vector<std::string>{sig.name.schema};
  for (const std::string& schema : schemas) {
    auto it = find_named(routines, schema, sig.name.name,
                         [&](const auto& r) { return sig.args_unspecified || r.identity == identity; });
    if (it != routines.end()) return it->first;
  }
  return std::nullopt;
}
void replay_create_trigger(Replayer& r, const ast::CreateTrigger& s);
void replay_create_rule(Replayer& r, const ast::CreateRule& s);
// The rules of the table or view q names; nullptr (warned unless if_exists) when there is none.
std::map<std::string, Rule>* rules_of(Replayer& r, const ast::QualName& q, bool if_exists);
// 'O', 'D', 'A' or 'R' (pg_trigger.tgenabled, pg_rewrite.ev_enabled) for ENABLE, DISABLE,
// ENABLE ALWAYS, ENABLE REPLICA of a trigger or rule.
char firing_state(ast::AlterKind k);
// ENABLE / DISABLE [ALWAYS | REPLICA] RULE on one of these rules; false for other actions.
bool set_rule_state(Replayer& r, std::map<std::string, Rule>& rules, const ast::AlterTableCmd& c);
void replay_create_policy(Replayer& r, const ast::CreatePolicy& s);
void replay_alter_policy(Replayer& r, const ast::AlterPolicy& s);

}  // namespace pgdrift::catalog
