// The parts statements are made of: names, type references, sequence options, index elements,
// constraints and column definitions (ast.h's statements use them).
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/span.h"
#include "frontend/expr.h"

namespace pgdrift::ast {

struct QualName {
  std::string schema;  // "" when written unqualified
  std::string name;
  SourceSpan span;
};

struct TypeRef {
  std::vector<std::string> names;  // as parsed: {"pg_catalog","int4"}, {"order_status"}
  std::vector<int64_t> typmods;    // integer typmods only (interval fields are a bit mask)
  std::vector<std::string> typmod_texts;  // every typmod as written: "point", "4326" (extension types)
  bool array = false;              // PostgreSQL does not track the number of dimensions
  bool pct_type = false;           // t.col%TYPE
  bool setof = false;              // SETOF t (function results)
  SourceSpan span;
};

struct SeqOptions {
  std::optional<TypeRef> as_type;
  std::optional<int64_t> increment, start, restart, cache;
  std::optional<int64_t> minvalue, maxvalue;  // set
  bool no_minvalue = false, no_maxvalue = false;
  std::optional<bool> cycle;
  std::optional<std::vector<std::string>> owned_by;  // {} = OWNED BY NONE; else [schema.]table.col
  std::optional<std::string> sequence_name;          // SEQUENCE NAME in identity options
  std::optional<QualName> sequence_qualname;
};

struct IndexElem {
  std::string column;            // plain column, or
  std::optional<Expr> expr;      // an expression
  std::vector<std::string> collation;
  std::vector<std::string> opclass;
  std::vector<std::pair<std::string, std::string>> opclass_options;  // (siglen = 32): name, value
  int ordering = 0;  // 0 default, 1 ASC, 2 DESC
  int nulls = 0;     // 0 default, 1 FIRST, 2 LAST
};

enum class ConstraintKind { Null, NotNull, Default, Identity, Generated, Check, PrimaryKey, Unique,
                            Exclude, ForeignKey };

struct Constraint {
  ConstraintKind kind = ConstraintKind::Check;
  std::string name;                  // "" = implicit
  std::vector<std::string> columns;  // keys; FK local columns
  std::vector<std::string> include;
  std::vector<std::pair<std::string, std::string>> index_options;  // WITH (...) of its index
  bool nulls_not_distinct = false;
  std::optional<Expr> expr;          // CHECK, DEFAULT, GENERATED expression
  bool no_inherit = false;
  bool not_valid = false;
  bool deferrable = false, initially_deferred = false;
  // FOREIGN KEY
  QualName ref_table;
  std::vector<std::string> ref_columns;
  char match = 's', on_update = 'a', on_delete = 'a';  // PostgreSQL's letters
  std::vector<std::string> on_delete_set_columns;
  // EXCLUDE
  std::string access_method;
  std::vector<std::pair<IndexElem, std::string>> exclusions;  // element WITH operator
  std::optional<Expr> where;
  // IDENTITY
  char identity = 0;  // 'a' ALWAYS, 'd' BY DEFAULT
  SeqOptions identity_options;
  std::string using_index;  // PRIMARY KEY USING INDEX name
  // The text as written (see source_slice.h): the definition after CONSTRAINT name ("CHECK
  // ((a > 0))", what pg_get_constraintdef prints), or a DEFAULT's / GENERATED's expression.
  std::string printed;
  SourceSpan span;
};

struct ColumnDef {
  std::string name;
  TypeRef type;
  std::string type_printed;            // the type as written ("public.geometry(Point,4326)")
  std::vector<std::string> collation;  // COLLATE clause as written
  std::string compression;             // COMPRESSION method ("" = the default)
  std::vector<Constraint> constraints;
  SourceSpan span;
};

// What DROP, COMMENT and the like name: the kind of object.
enum class ObjKind { Schema, Extension, Table, Column, Constraint, Index, Sequence, Type, View, Aggregate,
                     MatView, Function, Procedure, Trigger, Rule, Policy, DomainConstraint, Attribute, Publication, Cast, Server, ForeignTable, Collation, EventTrigger, Statistics, Operator, TsDictionary, TsConfig, Wrapper, OpClass, OpFamily,
                     AccessMethod, Language, Transform, Conversion, TsParser, TsTemplate, Other };

// A function named with its argument types (DROP/COMMENT/ALTER FUNCTION f(int, text)).
struct FuncSig {
  QualName name;
  std::vector<TypeRef> arg_types;
  bool args_unspecified = false;  // DROP FUNCTION f; (unique name)
};

}  // namespace pgdrift::ast
