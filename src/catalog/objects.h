// The catalog's objects that are not relations or their parts: sequences, types, schemas,
// extensions, routines, servers, casts, privileges, publications.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "catalog/model_base.h"

namespace pgdrift::catalog {

struct Sequence {
  std::string schema, name;
  SeqParams params;
  Key owner_table;        // OWNED BY table (schema, name); empty = none
  std::string owner_column;
  bool identity = false;  // backs an identity column (compared through the column)
  bool unlogged = false;
  std::string comment;
  Origin origin;
  bool operator==(const Sequence&) const = default;
};

struct EnumType {
  std::string schema, name;
  std::vector<std::string> labels;
  Shown<std::map<std::string, std::string>> renamed_from;  // label -> the label it was (annotated)
  std::string comment;
  Origin origin;
  bool operator==(const EnumType&) const = default;
};

struct DomainCheck {
  std::string name;
  StoredExpr check;
  bool not_valid = false;
  Shown<std::string> printed;  // CHECK (...), as pg_get_constraintdef prints it
  bool operator==(const DomainCheck&) const = default;
};

struct Domain {
  std::string schema, name;
  std::string base_type, collation;
  bool not_null = false;
  OptExpr default_expr;
  std::map<std::string, DomainCheck> checks;
  std::string comment;
  Origin origin;
  bool operator==(const Domain&) const = default;
};

struct CompositeType {
  std::string schema, name;
  std::vector<std::pair<std::string, std::string>> attributes;  // name, type [COLLATE ...]
  std::string comment;
  Origin origin;
  bool operator==(const CompositeType&) const = default;
};

struct RangeType {
  std::string schema, name;
  std::string subtype, subtype_opclass, collation, multirange;
  std::string canonical, subtype_diff;  // functions, as regproc prints them ("" = none)
  std::string comment;
  Origin origin;
  bool operator==(const RangeType&) const = default;
  std::string definition() const;  // CREATE TYPE ... AS RANGE (...)
};

struct Schema {
  std::string name;
  std::string comment;
  Origin origin;
  bool operator==(const Schema&) const = default;
};

struct Extension {
  std::string name;
  std::string schema;
  std::string version;  // as CREATE ... VERSION or ALTER ... UPDATE TO states it; "" = the default
                        // (pg_dump never prints it: compared only when both sides state one)
  std::string comment;
  Origin origin;
  bool operator==(const Extension&) const = default;
};

struct Function {
  std::string schema, name;
  std::string identity;    // canonical IN/INOUT/VARIADIC argument types: "integer, text"
  bool procedure = false;
  std::string arguments;   // pg_get_function_arguments() style, defaults canonical (compared)
  Shown<std::string> arguments_sql;  // the same with defaults as SQL to run
  std::string result;      // "integer", "SETOF public.t", "TABLE(a integer)", "trigger"; "" for procedures
  Shown<std::vector<std::string>> table_columns;  // RETURNS TABLE (...) column names
  Shown<Key> result_type;  // a user-defined result type (a table's row type, ...), else empty
  std::string language = "sql";
  std::string body;        // verbatim (dollar-quote tags do not matter); canonical for BEGIN ATOMIC
  Shown<std::string> body_sql;  // a SQL-standard body as written
  bool sql_standard_body = false;
  Shown<std::string> printed_args, printed_result, printed_body;  // pg_get_function_arguments, _result, _sqlbody
  Shown<Refs> refs;        // what a SQL-standard body and argument defaults use
  char volatility = 'v';
  bool strict = false, security_definer = false, leakproof = false;
  char parallel = 'u';
  double cost = 100, rows = 0;
  std::vector<std::string> config;  // "search_path=public, extensions"
  std::vector<std::string> transforms;  // TRANSFORM FOR TYPE: the types, as format_type prints them
  std::string comment;
  Origin origin;
  bool operator==(const Function&) const = default;
  std::string signature() const { return name + "(" + identity + ")"; }
};

// An aggregate (CREATE AGGREGATE): its arguments and options, names resolved.
struct Aggregate {
  std::string schema, name;
  std::string identity;   // argument types, as a function's: "text", "double precision, anyelement"
  int direct_args = -1;   // ordered-set aggregates: arguments before ORDER BY
  std::vector<std::pair<std::string, std::string>> options;  // sorted: sfunc=public.f, stype=text, ...
  std::string comment;
  Shown<Refs> refs;       // the functions and types it uses
  Origin origin;
  bool operator==(const Aggregate&) const = default;
  std::string signature() const { return name + "(" + identity + ")"; }
  std::string arguments() const;  // "text", "double precision ORDER BY anyelement"
};

// Objects compared by their definition alone, as pg_dump prints it: access methods, procedural
// languages, transforms, conversions, text search parsers and templates. Each kind has a type of
// its own (so the registry tells them apart); one runtime function reconciles them all
// (runtime/plain.sql): created when missing, replaced (CREATE OR REPLACE where the kind has it,
// else dropped and created again) when the definition differs, commented, dropped on opt-in.
struct PlainObject {
  std::string schema;      // "" for kinds outside schemas; a transform: its type
  std::string name;        // a transform: its language
  std::string def;         // CREATE ... on one line, as the runtime prints the live object
  std::string comment;
  std::vector<Key> functions;  // (schema, name) of the functions it names
  std::vector<std::string> types;  // types it names, as printed
  std::string language;        // the procedural language it names (transforms)
  Origin origin;
  bool operator==(const PlainObject&) const = default;
  const std::string& definition() const { return def; }
};
struct AccessMethod : PlainObject {};
struct Language : PlainObject {};
struct Transform : PlainObject {};
struct Conversion : PlainObject {};
struct TsParser : PlainObject {};
struct TsTemplate : PlainObject {};

// CREATE SERVER: a foreign server of a foreign-data wrapper (which an extension brings).
// A foreign-data wrapper created on its own (the wrappers extensions bring are the extensions').
struct ForeignDataWrapper {
  std::string name;
  std::string handler, validator;  // a function of the schema qualified, another by its bare name; "" = none
  std::vector<std::pair<std::string, std::string>> options;
  std::string comment;
  Origin origin;
  bool operator==(const ForeignDataWrapper&) const = default;
  std::string definition() const;  // CREATE FOREIGN DATA WRAPPER ...
};

struct ForeignServer {
  std::string name, fdw, type, version;
  std::vector<std::pair<std::string, std::string>> options;  // as written (PostgreSQL keeps their order)
  std::string comment;
  Origin origin;
  bool operator==(const ForeignServer&) const = default;
  std::string definition() const;  // CREATE SERVER ...
};
// OPTIONS (name 'value', ...) of a server or foreign table; "" without options.
std::string fdw_options_sql(const std::vector<std::pair<std::string, std::string>>& options);
// The same sorted by name: how pg_dump prints them, and how they compare (their order means nothing).
std::string sorted_options_sql(std::vector<std::pair<std::string, std::string>> options);

// CREATE USER MAPPING: a role's options (user, password, ...) for a foreign server.
struct UserMapping {
  std::string server, user;  // user: a role's name or PUBLIC
  std::vector<std::pair<std::string, std::string>> options;  // as written (PostgreSQL keeps their order)
  Origin origin;
  bool operator==(const UserMapping&) const = default;
  std::string definition() const;  // CREATE USER MAPPING FOR ... SERVER ... OPTIONS (...)
  std::string id() const;          // "FOR user SERVER server"
};

// CREATE COLLATION. pg_collation's settings: an ICU collation keeps its locale (colliculocale),
// a libc one lc_collate and lc_ctype (one `locale = ` sets both).
struct Collation {
  std::string schema, name;
  char provider = 'c';   // c libc, i icu (pg_collation.collprovider)
  std::string collate, ctype;  // libc: LC_COLLATE, LC_CTYPE; icu: the locale in collate, ctype ""
  bool deterministic = true;
  std::string comment;
  Origin origin;
  bool operator==(const Collation&) const = default;
  std::string definition() const;  // CREATE COLLATION ... (...)
};

// CREATE TEXT SEARCH DICTIONARY: a template and its options (pg_ts_dict.dictinitoption).
struct TsDictionary {
  std::string schema, name;
  Key tmpl;                                    // the template (pg_catalog's: snowball, simple, ...)
  std::map<std::string, std::string> options;  // name -> value; the order PostgreSQL keeps means nothing
  std::string comment;
  Origin origin;
  bool operator==(const TsDictionary&) const = default;
  std::string definition() const;    // CREATE TEXT SEARCH DICTIONARY ... (TEMPLATE = ..., ...)
  std::string options_sql() const;   // name = 'value', ... by name (as dictinitoption prints them)
};

// CREATE TEXT SEARCH CONFIGURATION: a parser and the dictionaries each token type goes through.
struct TsConfig {
  std::string schema, name;
  Key parser;                                             // pg_catalog."default" as a rule
  std::map<std::string, std::vector<Key>> mappings;       // token type -> dictionaries, in order
  std::string comment;
  Origin origin;
  bool operator==(const TsConfig&) const = default;
  std::string definition() const;                     // CREATE TEXT SEARCH CONFIGURATION ... (PARSER = ...)
  std::vector<std::string> mapping_lines() const;     // "token=dict,dict" by token (dictionaries as regdictionary prints them)
  std::string dictionaries(const std::string& token) const;  // "dict,dict" of one token, "" when unmapped
  std::string mappings_sql() const;                   // ALTER ... ADD MAPPING FOR token WITH ...; per token
};

// CREATE EVENT TRIGGER: database-wide, keyed by name.
struct EventTrigger {
  std::string name, event;         // ddl_command_start, ddl_command_end, sql_drop, table_rewrite
  std::vector<std::string> tags;   // WHEN TAG IN (...), as written (PostgreSQL keeps the order)
  std::string function;            // qualified
  char enabled = 'O';              // O, D, R, A (pg_event_trigger.evtenabled)
  std::string comment;
  Origin origin;
  bool operator==(const EventTrigger&) const = default;
  std::string definition() const;  // CREATE EVENT TRIGGER ...
};

// CREATE STATISTICS: extended statistics on one table's columns and expressions.
struct Statistics {
  std::string schema, name;
  Key table;
  std::vector<std::string> kinds;     // enabled, in PostgreSQL's order; empty when all are
  std::vector<std::string> columns;   // in the table's column order (as stxkeys)
  std::vector<StoredExpr> exprs;
  int target = -1;                    // ALTER STATISTICS ... SET STATISTICS; -1 = default
  std::string comment;
  Shown<std::string> printed;         // the definition as pg_dump printed it
  Origin origin;
  bool operator==(const Statistics&) const = default;
  std::string definition() const;     // CREATE STATISTICS ... (pg_get_statisticsobjdef)
};

// CREATE OPERATOR. Its key is (schema, "name(left,right)"), NONE for a prefix operator's left.
struct Operator {
  std::string schema, name;
  std::string left, right;               // format_type texts; "NONE" = no left argument
  std::string function;                  // qualified: public.int_eq
  std::string commutator, negator;       // qualified operator names (schema.op); "" = none
  std::string restrict, join;            // qualified estimator functions; "" = none
  bool hashes = false, merges = false;
  std::string comment;
  Origin origin;
  bool operator==(const Operator&) const = default;
  std::string id() const;                // public.===(integer,integer) as regoperator prints it
  std::string definition() const;        // CREATE OPERATOR ... as pg_dump prints it
};

// Operator families and classes, keyed by (schema, "name/method"). A member is keyed
// "O|F number lefttype,righttype" and reads as pg_dump prints it: "OPERATOR 1 >(integer,integer)",
// "FUNCTION 1 (integer, integer) public.rev_cmp(integer,integer)". A family's own members are
// those added on their own (ALTER OPERATOR FAMILY ... ADD); a class's are its AS list.
struct OpFamily {
  std::string schema, name, method;
  std::map<std::string, std::string> members;
  std::string comment;
  Origin origin;
  Shown<std::vector<Key>> functions, operators;  // of the schema, that the members use (for ordering)
  bool operator==(const OpFamily&) const = default;
  std::string id() const;          // public.fam USING hash
  std::string definition() const;  // CREATE OPERATOR FAMILY ...[; ALTER OPERATOR FAMILY ... ADD ...]
};
struct OpClass {
  std::string schema, name, method;
  std::string type;                // FOR TYPE, as format_type prints it
  bool is_default = false;
  std::string family;              // qualified
  std::string storage;             // STORAGE type; "" = none
  std::map<std::string, std::string> members;
  std::string comment;
  Origin origin;
  Shown<std::vector<Key>> functions, operators;  // of the schema, that the members use (for ordering)
  bool operator==(const OpClass&) const = default;
  std::string id() const;          // public.int4_reverse_ops USING btree
  std::string definition() const;  // CREATE OPERATOR CLASS ...
};

// CREATE CAST. Its key is (source, target), the types as format_type prints them.
struct Cast {
  std::string source, target;
  std::string function;   // "public.color(json)"; "" WITHOUT FUNCTION or WITH INOUT
  char method = 'f';      // f function, b binary coercible, i inout (pg_cast.castmethod)
  char context = 'e';     // e explicit, a assignment, i implicit (pg_cast.castcontext)
  std::string comment;
  Origin origin;
  bool operator==(const Cast&) const = default;
  std::string definition() const;  // CREATE CAST (...) ...
};

// One privilege one role holds on one object (an entry of its ACL, the owner's implicit ones
// aside). object: "TABLE public.t" (also views), "SEQUENCE ...", "FUNCTION public.f(integer)"
// (also procedures), "SCHEMA app", "TYPE public.mood" (also domains).
struct Grant {
  std::string object, column, grantee, privilege;  // grantee "PUBLIC" for PUBLIC
  bool grant_option = false;
  auto operator<=>(const Grant&) const = default;
};

// ALTER DEFAULT PRIVILEGES: what objects of a kind ('r' tables, 'S' sequences, 'f' functions,
// 'T' types, 'n' schemas) get when created; schema "" = everywhere (that set starts with
// PostgreSQL's built-in defaults: EXECUTE on functions and USAGE on types for PUBLIC).
struct DefaultGrant {
  std::string role;  // FOR ROLE; "" = whoever runs the migrations (only those apply to new objects)
  std::string schema;
  char kind = 'r';
  std::string grantee, privilege;
  bool grant_option = false;
  auto operator<=>(const DefaultGrant&) const = default;
};

// An owner the schema states: object (as in Grant) -> role, an entry of Catalog::owners.
using OwnerEntry = std::map<std::string, std::string>::value_type;

// A publication (logical replication): its tables with their column lists and row filters,
// its schemas, and what it publishes.
struct PublicationTable {
  std::vector<std::string> columns;  // "" = all
  OptExpr where;
  bool operator==(const PublicationTable&) const = default;
};
struct Publication {
  std::string name;
  bool all_tables = false;
  std::map<Key, PublicationTable> tables;
  std::set<std::string> schemas;
  std::string publish = "insert, update, delete, truncate";
  bool via_root = false;
  std::string comment;
  Origin origin;
  bool operator==(const Publication&) const = default;
};

}  // namespace pgdrift::catalog
