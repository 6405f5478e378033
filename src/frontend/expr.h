// An SQL expression from a statement (DEFAULT, CHECK, index expression, WHERE ...), kept as
// libpg_query's tree behind an opaque handle so that only the frontend sees libpg_query.
//
// canonical() is the heart of "zero false drift": it rewrites a copy of the tree the way
// PostgreSQL stores an expression (literal casts dropped, IN -> = ANY (ARRAY[...]),
// BETWEEN -> AND, LIKE -> ~~, names resolved through the resolver) and deparses it, so the
// expression as written in a migration and as printed by pg_dump give the same text.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/span.h"

namespace pgdrift {

struct ResolvedName {
  std::string schema;  // "" = built in (pg_catalog), printed bare
  std::string name;
};

// Answers the name questions canonical() asks; implemented by the catalog, which knows the
// search_path and the objects defined so far.
class ExprResolver {
 public:
  virtual ~ExprResolver() = default;
  // A function call's name as written ({"lower"}, {"auth","uid"}, {"pg_catalog","now"}).
  virtual ResolvedName function(const std::vector<std::string>& name) const = 0;
  // A relation named in a regclass literal ('t_id_seq', 'public."T"').
  virtual ResolvedName relation(const std::vector<std::string>& name) const = 0;
  // A type name as written (with pg_catalog prefix for SQL-standard names).
  virtual ResolvedName type(const std::vector<std::string>& name) const = 0;
  // Canonical type of a column of the expression's table ("" when unknown or no table).
  virtual std::string column_type(const std::string& column) const = 0;
  // The current name of a column written as `column` (columns renamed since the expression
  // was written keep their meaning, as PostgreSQL stores column numbers).
  virtual std::string column_name(const std::string& column) const { return column; }
  // The columns of a table or view, in order (nullopt when unknown: an external relation).
  virtual std::optional<std::vector<std::string>> relation_columns(const ResolvedName&) const { return std::nullopt; }
  // The columns a function in FROM yields when it returns rows of a table type or TABLE(...)
  // (nullopt: a scalar, or unknown).
  virtual std::optional<std::vector<std::string>> function_columns(const std::vector<std::string>&) const { return std::nullopt; }
  // A text search configuration named by a literal ('docs'::regconfig, to_tsvector('docs', ...))
  // as regconfig prints it: a user one qualified, PostgreSQL's bare; nullopt: leave it as written.
  virtual std::optional<ResolvedName> text_search_config(const std::vector<std::string>&) const { return std::nullopt; }
};

// The user objects an expression or query names, resolved: what it depends on (pg_depend).
struct ExprRefs {
  std::vector<ResolvedName> functions;  // called (any overload of the name)
  std::vector<ResolvedName> types;      // cast to
  std::vector<ResolvedName> relations;  // read in a subquery, or named by a regclass literal
};

// A view's query described like pg_get_viewdef (see query_canon.h).
struct QueryShape {
  std::string canonical;                // compared
  std::string sql;                      // runnable SELECT with names qualified
  std::vector<std::string> columns;     // output column names
  std::vector<ResolvedName> relations;  // relations read (tables, views), for ordering
  ExprRefs refs;                        // functions and types it uses, relations it reads
};

class Expr {
 public:
  Expr(std::shared_ptr<const void> keepalive, const void* node, SourceSpan span)
      : keepalive_(std::move(keepalive)), node_(node), span_(span) {}

  // Normalized text for comparison (see the header comment).
  std::string canonical(const ExprResolver& resolver) const;
  // The expression deparsed as written (function and relation names resolved and qualified),
  // valid SQL to emit.
  std::string sql(const ExprResolver& resolver) const;
  // For a SQL-standard function body (BEGIN ATOMIC / RETURN): the statements canonicalized
  // (relations and parameters unqualified, select aliases dropped) and as written.
  std::string canonical_statements(const ExprResolver& resolver, ExprRefs* refs = nullptr) const;
  std::string statements_sql() const;
  // For a statement (a rule's action): runnable as written with its relations, functions and
  // types qualified through the resolver, and the user objects it names.
  std::string statement_sql(const ExprResolver& resolver, ExprRefs* refs = nullptr) const;
  // For a SELECT: the view query it defines; `column_names` from CREATE VIEW v (a, b).
  QueryShape query(const ExprResolver& resolver, const std::vector<std::string>& column_names) const;
  // sql(), and the user objects the expression names (built-in ones of pg_catalog left out).
  std::string sql(const ExprResolver& resolver, ExprRefs& refs) const;
  // Column names the expression refers to (last field of each column reference), sorted.
  std::vector<std::string> columns() const;
  // For nextval('seq'): the sequence name parts as written, else nullopt.
  std::optional<std::vector<std::string>> nextval_sequence() const;
  // The column name PostgreSQL invents for the expression (FigureColname): the function's
  // name for a call, "case", "coalesce" ...; `unknown` when it has none.
  std::string figure_colname(const std::string& unknown = "expr") const;
  // A bare column reference: its name, else "".
  std::string as_column() const;

  SourceSpan span() const { return span_; }
  const void* node() const { return node_; }

 private:
  std::shared_ptr<const void> keepalive_;
  const void* node_;
  SourceSpan span_;
};

// Parses one SQL expression written by pgdrift itself (nullopt if it does not parse).
std::optional<Expr> parse_expression(const std::string& sql);

}  // namespace pgdrift
