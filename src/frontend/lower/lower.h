// Lowering: libpg_query statement nodes -> pgdrift's ast::Stmt. One file per statement kind
// (lower_create_table.cpp, ...); this header holds the shared context and helpers.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/sql_ident.h"
#include "frontend/ast.h"
#include "frontend/pg_parse.h"

namespace pgdrift {

struct LowerContext {
  DiagnosticEngine& diags;
  // Where the expressions the AST keeps are copied (one arena per input): a statement's parse
  // tree is freed as soon as it is lowered, the arena lives as long as an Expr of it.
  std::shared_ptr<Arena> exprs;
  SourceSpan stmt_span;          // whole statement; locations are relative to its start
  std::string tag;               // "CREATE VIEW", for messages
  std::string_view text;         // the parsed text up to the statement's end (locations index into it)
  size_t begin = 0;              // where the statement starts in `text`

  std::string statement_printed() const;  // the statement as written, without its semicolon

  SourceSpan span_at(int32_t location, uint32_t length = 1) const;
  Expr expr(PgQuery__Node* node, int32_t location = -1) const;
  void warn(DiagKind kind, int32_t location, std::string message) const;
};

// Lowers one statement; kinds not modelled become ast::Unsupported with a W100 warning.
ast::Node lower_statement(PgQuery__Node* stmt, LowerContext& ctx);

// Per-kind lowerers (lower_*.cpp).
ast::Node lower_create_table(PgQuery__CreateStmt* s, LowerContext& ctx);
ast::Node lower_alter_table(PgQuery__AlterTableStmt* s, LowerContext& ctx);
ast::Node lower_create_index(PgQuery__IndexStmt* s, LowerContext& ctx);
ast::Node lower_create_sequence(PgQuery__CreateSeqStmt* s, LowerContext& ctx);
ast::Node lower_alter_sequence(PgQuery__AlterSeqStmt* s, LowerContext& ctx);
ast::Node lower_create_enum(PgQuery__CreateEnumStmt* s, LowerContext& ctx);
ast::Node lower_alter_enum(PgQuery__AlterEnumStmt* s, LowerContext& ctx);
ast::Node lower_rename(PgQuery__RenameStmt* s, LowerContext& ctx);
ast::Node lower_drop(PgQuery__DropStmt* s, LowerContext& ctx);
ast::Node lower_comment(PgQuery__CommentStmt* s, LowerContext& ctx);
ast::Node lower_create_schema(PgQuery__CreateSchemaStmt* s, LowerContext& ctx);
ast::Node lower_create_extension(PgQuery__CreateExtensionStmt* s, LowerContext& ctx);
ast::Node lower_variable_set(PgQuery__VariableSetStmt* s, LowerContext& ctx);
ast::Node lower_select(PgQuery__SelectStmt* s, LowerContext& ctx);
ast::Node lower_alter_object_schema(PgQuery__AlterObjectSchemaStmt* s, LowerContext& ctx);
ast::Node lower_do(PgQuery__DoStmt* s, LowerContext& ctx);
ast::Node lower_create_function(PgQuery__CreateFunctionStmt* s, LowerContext& ctx);
ast::Node lower_alter_function(PgQuery__AlterFunctionStmt* s, LowerContext& ctx);
ast::Node lower_define(PgQuery__DefineStmt* s, LowerContext& ctx);  // CREATE AGGREGATE (other kinds: W100)
ast::Node lower_create_cast(PgQuery__CreateCastStmt* s, LowerContext& ctx);
ast::Node lower_alter_extension(PgQuery__AlterExtensionStmt* s, LowerContext& ctx);
ast::Node lower_create_event_trigger(PgQuery__CreateEventTrigStmt* s, LowerContext& ctx);
ast::Node lower_alter_event_trigger(PgQuery__AlterEventTrigStmt* s, LowerContext& ctx);
ast::Node lower_create_statistics(PgQuery__CreateStatsStmt* s, LowerContext& ctx);
ast::Node lower_alter_statistics(PgQuery__AlterStatsStmt* s, LowerContext& ctx);
ast::Node lower_create_operator(PgQuery__DefineStmt* s, LowerContext& ctx);
std::optional<ast::OperatorSig> operator_sig_of(const PgQuery__Node* n, const LowerContext& ctx);
ast::Node lower_create_collation(PgQuery__DefineStmt* s, LowerContext& ctx);
ast::Node lower_create_ts_dictionary(PgQuery__DefineStmt* s, LowerContext& ctx);
ast::Node lower_alter_ts_dictionary(PgQuery__AlterTSDictionaryStmt* s, LowerContext& ctx);
ast::Node lower_create_ts_config(PgQuery__DefineStmt* s, LowerContext& ctx);
ast::Node lower_alter_ts_config(PgQuery__AlterTSConfigurationStmt* s, LowerContext& ctx);
ast::Node lower_create_server(PgQuery__CreateForeignServerStmt* s, LowerContext& ctx);
ast::Node lower_create_foreign_table(PgQuery__CreateForeignTableStmt* s, LowerContext& ctx);
// The (source, target) of a cast as DROP CAST and COMMENT ON CAST name it: a list of two types.
std::optional<std::pair<ast::TypeRef, ast::TypeRef>> cast_types_of(const PgQuery__Node* n, const LowerContext& ctx);
ast::Node lower_create_trigger(PgQuery__CreateTrigStmt* s, LowerContext& ctx);
ast::Node lower_create_rule(PgQuery__RuleStmt* s, LowerContext& ctx);
ast::Node lower_create_policy(PgQuery__CreatePolicyStmt* s, LowerContext& ctx);
ast::Node lower_alter_policy(PgQuery__AlterPolicyStmt* s, LowerContext& ctx);
// A DO-block condition over the system catalogs as a guard (unknown when not recognised).
ast::GuardCond catalog_query_guard(const PgQuery__Node* cond);
ast::Node lower_create_domain(PgQuery__CreateDomainStmt* s, LowerContext& ctx);
ast::Node lower_alter_domain(PgQuery__AlterDomainStmt* s, LowerContext& ctx);
ast::Node lower_create_composite(PgQuery__CompositeTypeStmt* s, LowerContext& ctx);
ast::Node lower_create_range(PgQuery__CreateRangeStmt* s, LowerContext& ctx);
ast::Node lower_create_view(PgQuery__ViewStmt* s, LowerContext& ctx);
ast::Node lower_grant_stmt(const PgQuery__GrantStmt* s, LowerContext& ctx);
ast::Node lower_default_privileges(const PgQuery__AlterDefaultPrivilegesStmt* s, LowerContext& ctx);
ast::Node lower_alter_owner(const PgQuery__AlterOwnerStmt* s, LowerContext& ctx);
ast::Node lower_create_matview(PgQuery__CreateTableAsStmt* s, LowerContext& ctx);
ast::Node lower_create_table_as(PgQuery__CreateTableAsStmt* s, LowerContext& ctx);
ast::Node lower_create_publication(PgQuery__CreatePublicationStmt* s, LowerContext& ctx);
ast::Node lower_alter_publication(PgQuery__AlterPublicationStmt* s, LowerContext& ctx);
ast::FuncSig func_sig_of(const PgQuery__ObjectWithArgs* o, const LowerContext& ctx);

// "CREATE TABLE", "ALTER TABLE", "CREATE OR REPLACE FUNCTION": a statement's leading keywords.
std::string statement_tag(std::string_view text);

// An expression's text as written, from its first token (with the parentheses around it the
// parser dropped) to the end of its element.
std::string expression_printed(PgQuery__Node* expr, const LowerContext& ctx);

// Shared pieces (lower_common.cpp).
std::string str_of(const PgQuery__Node* n);  // String / Integer / Float / A_Const text
std::vector<std::string> strings_of(PgQuery__Node** items, size_t n);
ast::QualName qualname_of(const PgQuery__RangeVar* rv, const LowerContext& ctx);
ast::QualName qualname_of_list(const std::vector<std::string>& names, SourceSpan span);
ast::TypeRef type_ref_of(const PgQuery__TypeName* t, const LowerContext& ctx);
ast::SeqOptions seq_options_of(PgQuery__Node** opts, size_t n, const LowerContext& ctx);
ast::IndexElem index_elem_of(const PgQuery__IndexElem* e, const LowerContext& ctx);
// `limit`: where the constraint's text ends at the latest (the next column constraint).
ast::Constraint constraint_of(const PgQuery__Constraint* c, const LowerContext& ctx, size_t limit = std::string_view::npos);
ast::ColumnDef column_def_of(const PgQuery__ColumnDef* c, const LowerContext& ctx);
ast::ObjKind obj_kind_of(PgQuery__ObjectType t);
ast::PartitionSpec partition_spec_of(const PgQuery__PartitionSpec* p, const LowerContext& ctx);
ast::PartitionBound partition_bound_of(const PgQuery__PartitionBoundSpec* b, const LowerContext& ctx);
// WITH (name = value, ...) as (name, value) pairs, lower-cased names, "true" for a bare name.
std::vector<std::pair<std::string, std::string>> def_options_of(PgQuery__Node** items, size_t n);
// A definition's value (CREATE COLLATION, TEXT SEARCH ...): a string, a number, a word or the last
// part of a name; "true" without one.
std::string def_word_of(const PgQuery__Node* a);
// The names of a definition's name value (TEMPLATE = pg_catalog.simple): a type name or a list.
std::vector<std::string> def_names_of(const PgQuery__Node* a);
// A role as written: its name, or PUBLIC, CURRENT_USER, CURRENT_ROLE, SESSION_USER.
std::string role_of(const PgQuery__RoleSpec* r);
// The plain kinds (lower_plain.cpp).
ast::Node lower_create_access_method(PgQuery__CreateAmStmt* s, LowerContext& ctx);
ast::Node lower_create_language(PgQuery__CreatePLangStmt* s, LowerContext& ctx);
ast::Node lower_create_transform(PgQuery__CreateTransformStmt* s, LowerContext& ctx);
ast::Node lower_create_conversion(PgQuery__CreateConversionStmt* s, LowerContext& ctx);
ast::Node lower_create_ts_plain(PgQuery__DefineStmt* s, LowerContext& ctx);  // TEXT SEARCH PARSER / TEMPLATE
// A transform as DROP and COMMENT name it: (type, language).
std::optional<std::pair<ast::TypeRef, std::string>> transform_of(const PgQuery__Node* o, const LowerContext& ctx);
ast::Node lower_alter_server(PgQuery__AlterForeignServerStmt* s, LowerContext& ctx);
ast::Node lower_create_opclass(PgQuery__CreateOpClassStmt* s, LowerContext& ctx);
ast::Node lower_create_opfamily(PgQuery__CreateOpFamilyStmt* s, LowerContext& ctx);
ast::Node lower_alter_opfamily(PgQuery__AlterOpFamilyStmt* s, LowerContext& ctx);
// DROP / COMMENT ON OPERATOR CLASS | FAMILY: {method, [schema,] name} as the name "name/method".
ast::QualName opclass_name_of(const std::vector<std::string>& names, SourceSpan span);
// CREATE / ALTER FOREIGN DATA WRAPPER (the two statements have the same fields).
ast::Node lower_wrapper(const char* name, PgQuery__Node** funcs, size_t n_funcs, PgQuery__Node** options, size_t n_options, bool alter);
ast::Node lower_create_user_mapping(PgQuery__CreateUserMappingStmt* s, LowerContext& ctx);
ast::Node lower_alter_user_mapping(PgQuery__AlterUserMappingStmt* s, LowerContext& ctx);
ast::Node lower_drop_user_mapping(PgQuery__DropUserMappingStmt* s, LowerContext& ctx);  // A-Z to a-z, as the parser folds identifiers

}  // namespace pgdrift
