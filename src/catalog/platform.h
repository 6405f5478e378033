// The platform's objects: what policy `external ...;` rules (and `profile supabase;`) declare.
// They exist in every database of the platform but are not the project's: known to replay, so
// what the project attaches to them is modelled; never compared, created or dropped themselves.
#pragma once
#include <set>
#include <string>

#include "catalog/catalog.h"

namespace pgdrift::catalog {

struct Platform {
  std::set<std::string> schemas;  // external schemas: every object in them is the platform's
  std::set<Key> tables;           // external tables in other schemas
  std::set<Key> functions;        // external functions in other schemas: (schema, name), any arguments

  bool empty() const { return schemas.empty() && tables.empty() && functions.empty(); }
  bool owns_schema(const std::string& s) const { return schemas.count(s) > 0; }
  bool owns_table(const Key& k) const { return owns_schema(k.first) || tables.count(k) > 0; }
  bool owns_function(const std::string& schema, const std::string& name) const {
    return owns_schema(schema) || functions.count(Key{schema, name}) > 0;
  }
};

// Keeps of the platform's tables a shell (Table::external) holding what the project attaches
// to them: triggers (except those calling the platform's own functions), policies, rules and
// grants. Removes every other platform object: the schemas themselves, their types, sequences,
// routines, views, indexes and extensions, with their grants, and the owners and default
// privileges of what the platform owns.
void neutralize_platform(Catalog& cat, const Platform& platform);

// Of the grants on the platform's tables, the actual catalog keeps those the desired one states:
// what the project grants there is compared and ensured, the platform's own are not reported.
void platform_grants(const Catalog& desired, Catalog& actual);

// Gives each catalog an empty shell of the platform tables only the other has, so that the
// platform's tables are never created nor dropped (a dump may leave a platform schema out).
void align_platform(Catalog& a, Catalog& b);

}  // namespace pgdrift::catalog
