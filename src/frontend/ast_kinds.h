// Statements of the kinds that live beside tables and routines: collations, event triggers, casts,
// servers, the plain kinds, extended statistics (the rest of the statement vocabulary is in ast.h).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "frontend/ast_parts.h"

namespace pgdrift::ast {

// CREATE COLLATION [IF NOT EXISTS] name (provider = icu, locale = '...', deterministic = false, ...)
// or CREATE COLLATION name FROM existing.
struct CreateCollation {
  QualName name;
  std::vector<std::pair<std::string, std::string>> options;  // lower-case name, value as written
  std::vector<std::string> from;                              // FROM: the copied collation's name
  bool if_not_exists = false;
};

// CREATE EVENT TRIGGER name ON event [WHEN TAG IN (...)] EXECUTE FUNCTION f(), or (alter)
// ALTER EVENT TRIGGER name ENABLE | DISABLE | ENABLE REPLICA | ENABLE ALWAYS.
struct EventTriggerStmt {
  std::string name, event;
  std::vector<std::string> tags;
  QualName function;
  bool alter = false;
  char enabled = 'O';  // O origin, D disabled, R replica, A always (pg_event_trigger.evtenabled)
};

// CREATE STATISTICS name [(kinds)] ON col, (expr), ... FROM table, or (alter)
// ALTER STATISTICS name SET STATISTICS target.
struct StatisticsStmt {
  struct Element {
    std::string column;          // a column, or
    std::optional<Expr> expr;    // an expression
    std::string printed;         // the expression as written
  };
  QualName name, table;
  std::vector<std::string> kinds;  // ndistinct, dependencies, mcv as written ("" = all)
  std::vector<Element> elements;
  bool alter = false, if_not_exists = false;  // alter: if_not_exists is IF EXISTS
  int target = -1;
};

// CREATE OPERATOR name (LEFTARG = t, RIGHTARG = t, FUNCTION = f, COMMUTATOR = op, ...).
struct CreateOperator {
  QualName name;
  std::optional<TypeRef> left, right;  // none: a prefix operator has no left argument
  std::map<std::string, std::vector<std::string>> names;  // function/procedure, commutator, negator, restrict, join
  std::vector<std::string> flags;                         // hashes, merges
};
// DROP OPERATOR / COMMENT ON OPERATOR name (left, right); NONE is an empty optional.
struct OperatorSig {
  QualName name;
  std::optional<TypeRef> left, right;
};

// CREATE TEXT SEARCH DICTIONARY name (TEMPLATE = t, option = value, ...), or (alter)
// ALTER TEXT SEARCH DICTIONARY name (option = value, option, ...): an option without a value is
// removed, one with a value replaces the old one and moves to the end (as PostgreSQL keeps them).
struct TsDictionaryStmt {
  QualName name;
  std::vector<std::string> template_name;  // CREATE: the TEMPLATE's (possibly qualified) name
  std::vector<std::pair<std::string, std::optional<std::string>>> options;  // lower-case name, value
  bool alter = false;
};

// CREATE TEXT SEARCH CONFIGURATION name (PARSER = p) or (COPY = existing).
struct CreateTsConfig {
  QualName name;
  std::vector<std::string> parser, copy;
};

// ALTER TEXT SEARCH CONFIGURATION name ADD MAPPING FOR tokens WITH dicts | ALTER MAPPING FOR tokens
// WITH dicts | ALTER MAPPING [FOR tokens] REPLACE old WITH new | DROP MAPPING [IF EXISTS] FOR tokens.
struct AlterTsConfig {
  enum class Action { Add, Alter, Replace, Drop };
  QualName name;
  Action action = Action::Add;
  std::vector<std::string> tokens;              // none with Replace: every token
  std::vector<std::vector<std::string>> dicts;  // Add, Alter: the dictionaries; Replace: old, new
  bool missing_ok = false;
};

// One item of OPTIONS ([ADD | SET | DROP] name 'value', ...) in CREATE or ALTER of a server or a
// user mapping.
struct OptionChange {
  std::string action;  // "" (CREATE, or ADD), "set", "drop"
  std::string name, value;
};

// CREATE FOREIGN DATA WRAPPER name [HANDLER f | NO HANDLER] [VALIDATOR f | NO VALIDATOR]
// [OPTIONS (...)], or (alter) ALTER FOREIGN DATA WRAPPER name ... [OPTIONS ([ADD | SET | DROP] ...)].
struct WrapperStmt {
  std::string name;
  bool alter = false;
  std::optional<std::vector<std::string>> handler, validator;  // not stated; empty: NO HANDLER
  std::vector<OptionChange> options;
};

// CREATE OPERATOR CLASS name [DEFAULT] FOR TYPE t USING m [FAMILY f] AS items, CREATE OPERATOR
// FAMILY name USING m, ALTER OPERATOR FAMILY name USING m ADD | DROP items.
struct OpClassItem {
  enum class Kind { Operator = 1, Function = 2, Storage = 3 } kind = Kind::Operator;
  int number = 0;                     // strategy or support number
  std::vector<std::string> name;      // the operator or function, as written
  std::vector<TypeRef> args;          // the operator's operand types or the function's arguments
  bool args_written = false;          // an operator without them takes the class's type twice
  std::vector<TypeRef> class_args;    // FUNCTION n (lefttype, righttype) / DROP ... n (lt, rt)
  std::vector<std::string> order_family;  // FOR ORDER BY family
  std::optional<TypeRef> storage;     // STORAGE type
};
struct OpClassStmt {
  enum class Op { CreateClass, CreateFamily, AddToFamily, DropFromFamily } op = Op::CreateClass;
  QualName name;
  std::string method;
  std::optional<QualName> family;     // CREATE OPERATOR CLASS ... FAMILY f
  std::optional<TypeRef> type;        // FOR TYPE
  bool is_default = false;
  std::vector<OpClassItem> items;
};

// ALTER SERVER name [VERSION 'v'] [OPTIONS (...)].
struct AlterServer {
  std::string name;
  std::optional<std::string> version;
  std::vector<OptionChange> options;
};

// CREATE USER MAPPING [IF NOT EXISTS] FOR role SERVER s OPTIONS (...), ALTER USER MAPPING ...
// OPTIONS ([ADD | SET | DROP] name 'value', ...), DROP USER MAPPING [IF EXISTS] FOR role SERVER s.
struct UserMappingStmt {
  enum class Op { Create, Alter, Drop };
  Op op = Op::Create;
  std::string user, server;  // user: a role's name or PUBLIC, CURRENT_USER, ...
  std::vector<OptionChange> options;
  bool if_exists = false;    // CREATE: IF NOT EXISTS; DROP: IF EXISTS
};

// CREATE CAST (source AS target) WITH FUNCTION f(...) | WITHOUT FUNCTION | WITH INOUT [AS ASSIGNMENT | AS IMPLICIT]
struct CreateCast {
  TypeRef source, target;
  std::optional<FuncSig> function;
  char method = 'f';   // f function, b binary coercible (WITHOUT FUNCTION), i inout
  char context = 'e';  // e explicit, a assignment, i implicit
};

// The plain kinds' CREATE (catalog/objects.h), their clauses as written:
//   CREATE ACCESS METHOD n TYPE TABLE | INDEX HANDLER f
//   CREATE [OR REPLACE] [TRUSTED] [PROCEDURAL] LANGUAGE n [HANDLER f [INLINE f] [VALIDATOR f]]
//   CREATE [OR REPLACE] TRANSFORM FOR type LANGUAGE l (FROM SQL WITH FUNCTION f(..), TO SQL WITH FUNCTION f(..))
//   CREATE [DEFAULT] CONVERSION n FOR 'encoding' TO 'encoding' FROM f
//   CREATE TEXT SEARCH PARSER n (START = f, GETTOKEN = f, END = f, LEXTYPES = f [, HEADLINE = f])
//   CREATE TEXT SEARCH TEMPLATE n ([INIT = f,] LEXIZE = f)
struct PlainStmt {
  ObjKind kind = ObjKind::Other;
  QualName name;                 // a transform: its language
  TypeRef type;                  // a transform's type
  bool replace = false;          // OR REPLACE
  bool flag = false;             // TRUSTED (language), DEFAULT (conversion)
  std::string word;              // an access method's TABLE | INDEX
  std::string from_encoding, to_encoding;
  std::vector<std::pair<std::string, QualName>> functions;  // clause (upper case) -> function, as written
  std::vector<std::pair<std::string, FuncSig>> signatures;  // a transform's FROM SQL / TO SQL
};

// CREATE SERVER name [TYPE t] [VERSION v] FOREIGN DATA WRAPPER fdw [OPTIONS (...)]
struct CreateServer {
  std::string name, type, version, fdw;
  std::vector<std::pair<std::string, std::string>> options;
  bool if_not_exists = false;
};

}  // namespace pgdrift::ast
