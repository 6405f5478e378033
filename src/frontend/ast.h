// pgdrift's own statement tree: what the catalog replays. Lowered from libpg_query's tree
// by lower/*.cpp; nothing here depends on libpg_query.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/span.h"
#include "frontend/ast_kinds.h"
#include "frontend/ast_parts.h"
#include "frontend/expr.h"

namespace pgdrift::ast {

struct CreateSchema { std::string name; bool if_not_exists = false; std::string authorization; };
struct CreateExtension {
  std::string name; bool if_not_exists = false; std::string schema; std::string version;
  bool update = false;  // ALTER EXTENSION name UPDATE [TO version]
};
struct CreateEnum {
  QualName name;
  std::vector<std::string> labels;
  std::map<std::string, std::string> renamed_from;  // 'new' /* @renamed from=old */ (sqldef's annotation)
};
struct AlterEnum {
  QualName name;
  std::string new_value, neighbor;  // ADD VALUE new [BEFORE|AFTER neighbor]
  bool after = false, if_not_exists = false;
  std::string old_value;            // RENAME VALUE old TO new_value
};
struct CreateDomain {
  QualName name;
  TypeRef base;
  std::vector<std::string> collation;
  std::vector<Constraint> constraints;  // CHECK (named or not), NOT NULL, NULL, DEFAULT
};
struct AlterDomain {
  QualName name;
  char action = 'T';  // T set/drop default, N drop not null, O set not null, C add constraint,
                      // X drop constraint, V validate constraint
  std::string constraint_name;
  std::optional<Constraint> constraint;  // C
  std::optional<Expr> default_expr;      // T (none = DROP DEFAULT)
  std::string default_printed;           // T: the expression as written
  bool missing_ok = false;
};
struct CreateComposite { QualName name; std::vector<ColumnDef> attributes; };
struct CreateRange {
  QualName name;
  std::optional<TypeRef> subtype;
  std::vector<std::string> subtype_opclass, collation;
  std::string multirange_name;
  std::vector<std::string> canonical, subtype_diff;  // function names
};

struct CreateSequence { QualName name; bool if_not_exists = false; bool unlogged = false; SeqOptions options; };
struct AlterSequence { QualName name; bool if_exists = false; SeqOptions options; };
// PARTITION BY strategy (key, ...): a key is a column or an expression.
struct PartitionKey {
  std::string column;
  std::optional<Expr> expr;
  std::vector<std::string> collation, opclass;
};
struct PartitionSpec {
  std::string strategy;  // "range", "list", "hash"
  std::vector<PartitionKey> keys;
};
// FOR VALUES ... / DEFAULT. MINVALUE and MAXVALUE are column references named so.
struct PartitionBound {
  std::string strategy;  // "range", "list", "hash"; "" with is_default
  bool is_default = false;
  int modulus = 0, remainder = 0;
  std::vector<Expr> in_values, from, to;
};
// LIKE source INCLUDING ... (PostgreSQL's CREATE_TABLE_LIKE_* bits).
struct TableLike {
  QualName source;
  uint32_t options = 0;
  static constexpr uint32_t kComments = 1u << 0, kConstraints = 1u << 2, kDefaults = 1u << 3,
                            kGenerated = 1u << 4, kIdentity = 1u << 5, kIndexes = 1u << 6, kCompression = 1u << 1,
                            kStorage = 1u << 8;
};

struct CreateTable {
  std::vector<std::pair<std::string, std::string>> options;  // WITH (storage parameters), toast.* included
  QualName name;
  bool if_not_exists = false, unlogged = false;
  std::vector<ColumnDef> columns;
  std::vector<Constraint> constraints;
  std::optional<PartitionSpec> partition_by;
  std::optional<QualName> partition_of;  // PARTITION OF parent (with `bound`)
  std::optional<PartitionBound> bound;
  std::vector<QualName> inherits;
  std::optional<QualName> of_type;   // CREATE TABLE ... OF type: columns from the composite type
  std::vector<std::pair<size_t, TableLike>> likes;  // LIKE clauses, placed before columns[i]
  std::optional<Expr> as_query;  // CREATE TABLE ... AS SELECT (columns: names only)
  std::vector<std::string> as_columns;
  std::vector<std::optional<TypeRef>> as_types;  // per output column, where the query says it (casts, literals)
  std::string foreign_server;    // CREATE FOREIGN TABLE ... SERVER s OPTIONS (...)
  std::vector<std::pair<std::string, std::string>> foreign_options;
  std::string access_method;     // USING am ("" = the session's default_table_access_method)
};
struct CreateIndex {
  std::string name;  // "" = implicit
  QualName table;
  bool unique = false, nulls_not_distinct = false, if_not_exists = false, concurrent = false;
  bool only = false;
  std::string method;  // "" = btree
  std::vector<IndexElem> elems;
  std::vector<IndexElem> include;
  std::vector<std::pair<std::string, std::string>> options;  // WITH (name = value)
  std::optional<Expr> where;
  std::string printed;  // the statement as written, without its semicolon
};

// CREATE [OR REPLACE] VIEW and CREATE MATERIALIZED VIEW.
struct CreateView {
  QualName name;
  bool replace = false, materialized = false, if_not_exists = false, with_no_data = false;
  std::vector<std::string> columns;  // CREATE VIEW v (a, b)
  std::optional<Expr> query;         // the SELECT
  std::vector<std::pair<std::string, std::string>> options;  // WITH (...) incl. check_option
  std::string access_method;         // matviews: USING am ("" = default heap)
  std::string query_printed;         // the query as written
};

enum class AlterKind {
  AddColumn, DropColumn, SetDefault, DropDefault, SetNotNull, DropNotNull, AlterType,
  AddConstraint, DropConstraint, ValidateConstraint, AddIdentity, SetIdentity, DropIdentity,
  DropExpression, SetLogged, SetUnlogged,
  EnableRls, DisableRls, ForceRls, NoForceRls,              // row level security
  EnableTrigger, DisableTrigger, EnableAlwaysTrigger, EnableReplicaTrigger,  // column = trigger
  EnableRule, DisableRule, EnableAlwaysRule, EnableReplicaRule,              // column = rule
  SetOptions, ResetOptions,  // storage parameters / view options (options)
  AttachPartition, DetachPartition,  // partition (with bound)
  ReplicaIdentity,                   // column = identity letter (d, f, n, i), relation.name = index
  Inherit, NoInherit,                // parent
  OfType, NotOf,                     // typed table: relation = the composite type (OfType)
  SetStatistics, SetStorage, SetCompression,  // column (or index column number); statistics / printed
  SetColumnOptions, ResetColumnOptions,       // column; options (n_distinct, ...)
  ClusterOn, DropCluster,                     // column = the index
  SetAccessMethod,                            // column = the access method
};
struct AlterTableCmd {
  AlterKind kind;
  std::string column;                  // column or constraint name
  std::optional<ColumnDef> column_def;   // AddColumn
  std::optional<Constraint> constraint;  // AddConstraint, AddIdentity
  std::optional<TypeRef> type;           // AlterType
  std::vector<std::string> collation;    // AlterType COLLATE
  std::optional<Expr> expr;              // SetDefault, AlterType USING
  SeqOptions seq_options;                // SetIdentity
  std::string printed;                   // SetDefault: the expression as written
  std::vector<std::pair<std::string, std::string>> options;  // SetOptions, ResetOptions (names)
  QualName relation;                     // Attach/DetachPartition: the partition; (No)Inherit: the parent
  std::optional<PartitionBound> bound;   // AttachPartition
  std::optional<char> identity;          // SetIdentity GENERATED ALWAYS/BY DEFAULT
  int statistics = -1, column_number = 0;  // SetStatistics: the target; on an index, its column number
  bool missing_ok = false, cascade = false;
  SourceSpan span;
};
enum class RelKind { Table, Index, Sequence, View, MatView, ForeignTable, Type };
struct AlterTable {
  QualName table;
  RelKind relkind = RelKind::Table;
  bool if_exists = false, only = false;
  std::vector<AlterTableCmd> cmds;
};

struct FuncParam {
  std::string name;
  TypeRef type;
  char mode = 'i';  // i IN, o OUT, b INOUT, v VARIADIC, t TABLE
  std::optional<Expr> default_expr;
};

// SET name FROM CURRENT: the value in force when the function is created.
inline constexpr const char* kFromCurrent = "\x01from current";

// Attributes shared by CREATE and ALTER FUNCTION; unset = not stated.
struct FuncAttrs {
  std::optional<std::string> language;
  std::optional<char> volatility;   // i, s, v
  std::optional<bool> strict, security_definer, leakproof;
  std::optional<char> parallel;     // s, r, u
  std::optional<double> cost, rows;
  std::vector<std::pair<std::string, std::string>> set_config;  // name, value ("" = RESET)
};

struct CreateFunction {
  QualName name;
  bool is_procedure = false, replace = false;
  std::vector<FuncParam> params;
  std::optional<TypeRef> returns;
  std::string body;           // AS '...' verbatim
  bool sql_standard_body = false;
  std::optional<Expr> sql_body;  // BEGIN ATOMIC ... END / RETURN expr
  FuncAttrs attrs;
  std::vector<TypeRef> transforms;  // TRANSFORM FOR TYPE t, ...
  // As written: the argument list, the result after RETURNS, a SQL-standard body.
  std::string args_printed, result_printed, body_printed;
};
struct AlterFunction { FuncSig func; FuncAttrs attrs; };

// CREATE AGGREGATE name (args) (option = value, ...).
struct AggOption {
  std::string name;             // lower-case: sfunc, stype, initcond, ...
  std::optional<TypeRef> type;  // a type or function name (SFUNC = f, STYPE = t)
  std::string text;             // a literal or keyword (INITCOND = '{}', PARALLEL = safe)
};
struct CreateAggregate {
  QualName name;
  std::vector<FuncParam> params;
  int direct_args = -1;  // ordered-set aggregates: the arguments before ORDER BY
  bool replace = false;
  std::vector<AggOption> options;
};

struct CreateTrigger {
  std::string name;
  QualName table;
  bool replace = false, is_constraint = false, row = false;
  std::optional<QualName> from_table;  // constraint triggers: FROM referenced table
  std::string referencing;             // "OLD TABLE AS o NEW TABLE AS n" (transition tables)
  int timing = 0;   // PostgreSQL's bits: 2 BEFORE, 64 INSTEAD OF, 0 AFTER
  int events = 0;   // 4 INSERT, 8 DELETE, 16 UPDATE, 32 TRUNCATE
  std::vector<std::string> columns;  // UPDATE OF
  std::optional<Expr> when;
  std::vector<std::string> function;
  std::vector<std::string> args;
  bool deferrable = false, initially_deferred = false;
  std::string printed;  // the statement as written, without its semicolon
};

// CREATE [OR REPLACE] RULE name AS ON event TO relation [WHERE ...] DO [ALSO|INSTEAD] actions.
struct CreateRule {
  std::string name;
  QualName relation;
  bool replace = false, instead = false;
  std::string event;                 // SELECT, INSERT, UPDATE, DELETE
  std::optional<Expr> where;
  std::vector<Expr> actions;         // empty: NOTHING
};

struct CreatePolicy {
  std::string name;
  QualName table;
  std::string cmd = "all";
  bool permissive = true;
  std::vector<std::string> roles;  // empty = public
  std::optional<Expr> using_expr, check_expr;
  std::string using_printed, check_printed;  // inside USING (...) / WITH CHECK (...) as written
};
struct AlterPolicy {
  std::string name;
  QualName table;
  std::optional<std::vector<std::string>> roles;
  std::optional<Expr> using_expr, check_expr;
  std::string using_printed, check_printed;
};
struct Rename {
  ObjKind kind;
  std::optional<FuncSig> func;  // functions and procedures
  QualName object;        // the table/index/sequence/type/schema (schema: name only)
  std::string sub;        // column or constraint being renamed
  std::string new_name;
  bool if_exists = false;
};
struct Drop {
  ObjKind kind;
  std::vector<QualName> objects;
  std::vector<FuncSig> functions;                           // DROP FUNCTION/PROCEDURE
  std::vector<std::pair<QualName, std::string>> table_objects;  // DROP TRIGGER/RULE/POLICY name ON table
  std::vector<std::pair<TypeRef, TypeRef>> casts;              // DROP CAST (source AS target)
  std::vector<OperatorSig> operators;                          // DROP OPERATOR name (left, right)
  std::vector<std::pair<TypeRef, std::string>> transforms;     // DROP TRANSFORM FOR type LANGUAGE l
  bool if_exists = false, cascade = false;
};
struct Comment {
  ObjKind kind;
  std::optional<FuncSig> func;  // functions and procedures
  std::optional<std::pair<TypeRef, TypeRef>> cast;  // COMMENT ON CAST (source AS target)
  std::optional<OperatorSig> op;                    // COMMENT ON OPERATOR name (left, right)
  std::optional<std::pair<TypeRef, std::string>> transform;  // COMMENT ON TRANSFORM FOR type LANGUAGE l
  QualName object;   // owning object (table for columns/constraints)
  std::string sub;   // column or constraint name
  std::optional<std::string> text;  // nullopt = IS NULL
};
struct SetSearchPath { std::vector<std::string> schemas; bool reset = false; };
struct SetTableAccessMethod { std::string name; };  // SET default_table_access_method ("" = RESET)
struct AlterObjectSchema {
  ObjKind kind;
  QualName object;
  std::optional<FuncSig> func;  // functions and procedures
  std::string new_schema;
  bool if_exists = false;
};

// DO blocks: PL/pgSQL whose DDL is applied when its catalog guards hold (lower_do.cpp).
struct Stmt;
struct GuardCond {
  std::string function;            // "has_table", "has_column", ... ("" = not understood)
  std::vector<std::string> args;   // string arguments
  bool negated = false;
  bool known() const { return !function.empty(); }
};
struct PlIf;
struct PlStmt {
  std::shared_ptr<Stmt> sql;  // a statement, or
  std::shared_ptr<PlIf> branch;  // an IF
};
struct PlIf {
  std::vector<std::pair<GuardCond, std::vector<PlStmt>>> branches;  // IF / ELSIF, in order
  std::vector<PlStmt> else_body;
};
struct DoBlock { std::vector<PlStmt> body; };

// GRANT / REVOKE, and ALTER DEFAULT PRIVILEGES (defaults = true).
struct Grant {
  bool is_grant = true;
  bool grant_option = false;  // WITH GRANT OPTION / REVOKE GRANT OPTION FOR
  char target = 'r';          // r tables (and views), S sequences, f functions and procedures, n schemas, T types
  bool all_in_schema = false;  // ON ALL TABLES IN SCHEMA s (objects hold the schemas)
  std::vector<QualName> objects;
  std::vector<FuncSig> functions;
  std::vector<std::pair<std::string, std::vector<std::string>>> privileges;  // (upper-case name, columns); empty = ALL
  std::vector<std::string> grantees;  // "PUBLIC" for PUBLIC
  bool defaults = false;              // ALTER DEFAULT PRIVILEGES
  std::vector<std::string> default_schemas;  // IN SCHEMA
  char routines = 'r';                // ALL ... IN SCHEMA: 'f' FUNCTIONS, 'p' PROCEDURES, 'r' ROUTINES
  std::vector<std::string> default_roles;    // FOR ROLE
};
// ALTER ... OWNER TO, CREATE SCHEMA ... AUTHORIZATION.
struct AlterOwner {
  char target = 'r';  // as in Grant
  QualName object;
  std::optional<FuncSig> func;
  std::string owner;
};

// CREATE PUBLICATION / ALTER PUBLICATION.
struct PubTable {
  QualName table;
  std::vector<std::string> columns;
  std::optional<Expr> where;
  std::string where_printed;  // inside WHERE (...) as written
};
struct PublicationStmt {
  std::string name;
  char action = 'c';  // c CREATE, a ADD, d DROP, s SET (objects), o options only
  bool all_tables = false;
  std::vector<PubTable> tables;
  std::vector<std::string> schemas;  // TABLES IN SCHEMA ("" = CURRENT_SCHEMA)
  std::vector<std::pair<std::string, std::string>> options;
};

// Recognised and deliberately not applied to the catalog.
enum class IgnoredWhy { NotSchema, OwnershipOrPrivilege };
struct Ignored { IgnoredWhy why; };
// Changes the schema, but pgdrift does not model it yet (reported as W100 when lowered).
struct Unsupported {};

using Node = std::variant<CreateSchema, CreateExtension, CreateEnum, AlterEnum, CreateSequence,
                          AlterSequence, CreateTable, CreateIndex, AlterTable, Rename, Drop,
                          Comment, SetSearchPath, SetTableAccessMethod, AlterObjectSchema, DoBlock, CreateFunction,
                          AlterFunction, CreateAggregate, CreateCast, CreateCollation, EventTriggerStmt, StatisticsStmt, CreateOperator, TsDictionaryStmt, CreateTsConfig, AlterTsConfig, UserMappingStmt, AlterServer, CreateServer, WrapperStmt, OpClassStmt, PlainStmt, CreateTrigger, CreateRule, CreatePolicy, AlterPolicy, CreateDomain,
                          AlterDomain, CreateComposite, CreateRange, CreateView, Grant, AlterOwner,
                          PublicationStmt, Ignored, Unsupported>;

struct Stmt {
  Node node;
  std::string tag;  // "CREATE TABLE", "ALTER TABLE", ... for messages
  SourceSpan span;
};

}  // namespace pgdrift::ast
