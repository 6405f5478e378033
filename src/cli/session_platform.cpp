// The policy's external objects (`external ...;`, `profile supabase;`): the SQL that declares
// them to replay, before each input, and the catalog's Platform that recognizes them after.
#include "base/sql_ident.h"
#include "catalog/platform.h"
#include "cli/cli.h"
#include "policy/policy.h"

namespace pgdrift::cli {

namespace {
std::string comma_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}
}  // namespace

// Schemas first, then tables, then functions (whose arguments may use a table's row type).
// A function's body is never read: a stub that returns NULL.
std::string external_prelude(const Policy& p) {
  using Kind = Policy::External::Kind;
  std::string schemas, tables, functions;
  for (const Policy::External& e : p.externals) {
    std::string id = qualified(e.schema, e.name);
    if (e.kind == Kind::Schema) schemas += "CREATE SCHEMA IF NOT EXISTS " + quote_ident(e.name) + ";\n";
    if (e.kind == Kind::Table) tables += "CREATE TABLE " + id + " (" + comma_list(e.items) + ");\n";
    if (e.kind == Kind::Function)
      functions += "CREATE FUNCTION " + id + "(" + comma_list(e.items) + ") RETURNS " + e.returns +
                   " LANGUAGE plpgsql AS $pgdrift$BEGIN RETURN NULL; END$pgdrift$;\n";
  }
  return schemas + tables + functions;
}

catalog::Platform platform_of(const Policy& p) {
  using Kind = Policy::External::Kind;
  catalog::Platform out;
  for (const Policy::External& e : p.externals) {
    if (e.kind == Kind::Schema) out.schemas.insert(e.name);
    if (e.kind == Kind::Table) out.tables.insert({e.schema, e.name});
    if (e.kind == Kind::Function) out.functions.insert({e.schema, e.name});
  }
  return out;
}

}  // namespace pgdrift::cli
