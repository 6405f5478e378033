// What each object of a catalog needs to exist first: the dependencies PostgreSQL records in
// pg_depend that decide an order (dependency.c), derived from the catalog alone.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/object_kind.h"

namespace pgdrift {

class Dependencies {
 public:
  explicit Dependencies(const catalog::Catalog& cat);
  // The objects of the same catalog `obj` depends on (its table for a column, the types of a
  // column, the functions and sequences its default calls, the unique key or unique index a
  // foreign key references, the relations, functions and types a view uses, ...).
  std::vector<catalog::ObjectRef> of(const catalog::ObjectRef& obj) const;

 private:
  void add_members(std::vector<catalog::ObjectRef>& out, const std::vector<catalog::Key>& functions, const std::vector<catalog::Key>& operators) const;
  void add_type(std::vector<catalog::ObjectRef>& out, const std::string& type_text) const;
  void add_type(std::vector<catalog::ObjectRef>& out, const catalog::Key& k) const;
  void add_access_method(std::vector<catalog::ObjectRef>& out, const std::string& name) const;
  void add_collation(std::vector<catalog::ObjectRef>& out, const std::string& collation) const;  // a user collation
  void add_refs(std::vector<catalog::ObjectRef>& out, const catalog::Refs& refs) const;
  void add_expr(std::vector<catalog::ObjectRef>& out, const catalog::OptExpr& e) const;
  void add_relation(std::vector<catalog::ObjectRef>& out, const catalog::Key& k, bool with_columns) const;
  void add_schema(std::vector<catalog::ObjectRef>& out, const std::string& name) const;
  void add_column(std::vector<catalog::ObjectRef>& out, const catalog::Table& t, const std::string& column) const;
  void add_unique_key(std::vector<catalog::ObjectRef>& out, const catalog::Key& table,
                      const std::vector<std::string>& columns) const;
  std::vector<catalog::ObjectRef> table_deps(const catalog::Table& t) const;
  std::vector<catalog::ObjectRef> column_deps(const catalog::Table& t, const catalog::Column& c) const;
  std::vector<catalog::ObjectRef> constraint_deps(const catalog::Table& t, const catalog::Constraint& c) const;

  const catalog::Catalog& cat_;
  std::multimap<catalog::Key, catalog::ObjectRef> functions_;  // functions and aggregates by (schema, name)
  std::multimap<catalog::Key, const catalog::Index*> unique_indexes_;  // unique, not partial, by table
};

}  // namespace pgdrift
