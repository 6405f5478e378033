// Statements of the kinds that live beside tables and routines: collations, event triggers,
// extended statistics (the rest of the statement vocabulary is in ast.h).
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

}  // namespace pgdrift::ast
