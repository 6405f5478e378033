// Narrowing a catalog to what a policy manages (include/exclude schema, exclude table).
#pragma once
#include <functional>
#include <string>

#include "catalog/catalog.h"
#include "catalog/object_kind.h"

namespace pgdrift::catalog {

struct Scope {
  std::function<bool(const std::string& schema)> schema;
  std::function<bool(const std::string& schema, const std::string& table)> table;
};

// Removes every object outside `scope`: schemas and what they hold, tables with their
// indexes and owned sequences. Foreign keys of kept tables that point outside stay.
void restrict_to(Catalog& cat, const Scope& scope);

// Removes the objects `ignored` names, given the kind and the object's (schema, [table,] name)
// ((name) for schemas, extensions, servers and publications; casts are never named): the
// policy's `ignore <kind> ...;` rules. Neither compared nor reconciled afterwards.
using Ignored = std::function<bool(ObjectKind kind, const std::vector<std::string>& parts)>;
void drop_ignored(Catalog& cat, const Ignored& ignored);

// Clears every comment (the policy's `ignore comments;`): neither compared nor reconciled (the
// reconciler is told to leave the server's comments as they are).
void drop_comments(Catalog& cat);

// Removes the privileges on objects of the schemas `in` accepts, the schemas' own and the default
// privileges in them (the policy's `ignore privileges on schema ...;`).
void drop_privileges_in(Catalog& cat, const std::function<bool(const std::string& schema)>& in);
std::string acl_object_schema(const std::string& object);  // "TABLE public.t" -> "public"

}  // namespace pgdrift::catalog
