// Internal to query_canon.cpp and query_from.cpp: the scopes of a view's query (range table
// entries and the columns they bring) and the rewriter walking it.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "frontend/expr.h"
#include "frontend/pg_parse.h"

namespace pgdrift::query_detail {

// One output column of a FROM item and the range table entry name that qualifies it
// ("" for the merged column of a FULL JOIN ... USING, which PostgreSQL prints bare).
struct Col {
  std::string name, qualifier;
};
using Cols = std::optional<std::vector<Col>>;  // nullopt: columns unknown

struct Entry {
  std::string written;  // the name the query uses for it (alias or relation name)
  std::string printed;  // unique across query levels, as pg_get_viewdef prints it
  Cols cols;
};

struct Scope {
  const Scope* parent = nullptr;
  std::vector<Entry> entries;
  std::vector<Cols> items;  // output columns of each top-level FROM item, for unqualified names
  std::map<std::string, std::vector<std::string>> ctes;

  bool uses(const std::string& printed) const {
    for (const Scope* s = this; s; s = s->parent)
      for (const Entry& e : s->entries)
        if (e.printed == printed) return true;
    return false;
  }
  const std::vector<std::string>* cte(const std::string& name) const {
    for (const Scope* s = this; s; s = s->parent)
      if (auto it = s->ctes.find(name); it != s->ctes.end()) return &it->second;
    return nullptr;
  }
};

std::vector<std::string> names_of(const Cols& c);
Cols qualified_by(const std::vector<std::string>& names, const std::string& q);
// Alias column names (t(a, b)) rename the first columns.
void apply_alias_columns(Cols& cols, const PgQuery__Alias* alias);
PgQuery__Node* column_ref(Arena& a, const std::string& qualifier, const std::string& column);
PgQuery__Node* star_ref(Arena& a, const std::string& qualifier);

class QueryCanon {
 public:
  QueryCanon(Arena& a, const ExprResolver& r) : a_(a), r_(r) {}
  std::vector<std::string> select(PgQuery__SelectStmt* s, const Scope* parent, const std::vector<std::string>& names);
  std::vector<ResolvedName> relations;

 private:
  Arena& a_;
  const ExprResolver& r_;

  std::string unique_name(const std::string& base, const Scope& sc) const;
  void with_clause(PgQuery__WithClause* w, Scope& sc, bool names_only);
  Cols from_item(PgQuery__Node* n, Scope& sc);
  Cols range_var(PgQuery__RangeVar* rv, Scope& sc);
  Cols range_function(PgQuery__RangeFunction* f, Scope& sc);
  Cols join(PgQuery__JoinExpr* j, Scope& sc);
  void targets(PgQuery__SelectStmt* s, Scope& sc, const std::vector<std::string>& names);
  void sort_items(PgQuery__Node** items, size_t n, PgQuery__SelectStmt* s, Scope& sc, bool group);
  void expr(PgQuery__Node*& n, Scope& sc);
  void qualify(PgQuery__Node*& n, const Scope& sc);
};

}  // namespace pgdrift::query_detail
