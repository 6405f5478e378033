// Renames that keep data (catalog/rename.h, platform.h): what replay records, how a rename is
// applied to a catalog, and the platform's shells.
#include <doctest/doctest.h>

#include "build_catalog.h"
#include "catalog/platform.h"
#include "catalog/rename.h"
#include "diff/change.h"

using namespace pgdrift;
using namespace pgdrift::catalog;

namespace {
std::vector<Rename> renames_of(const std::string& sql) {
  SourceManager sm;
  DiagnosticEngine diags(sm);
  auto stmts = parse_files(sm, {sm.add("m.sql", sql)}, diags);
  REQUIRE_FALSE(diags.has_errors());
  std::vector<Rename> seen;
  replay(stmts, diags, ReplayOptions{nullptr, &seen});
  return seen;
}
}  // namespace

TEST_CASE("replay records the renames the statements make, resolved, in order") {
  std::vector<Rename> seen = renames_of(
      "create schema app; set search_path = app;\n"
      "create type mood as enum ('sad');\n"
      "create table users (id int constraint users_pk primary key, name text);\n"
      "create index users_name on users (name);\n"
      "alter table users rename to accounts;\n"
      "alter table accounts rename column name to full_name;\n"
      "alter table accounts rename constraint users_pk to accounts_pk;\n"
      "alter index users_name rename to accounts_name;\n"
      "alter type mood rename value 'sad' to 'blue';\n"
      "alter type mood rename to feeling;\n"
      "alter table missing rename to other;\n");  // not a rename of anything: not recorded
  REQUIRE(seen.size() == 6);
  CHECK(seen[0] == Rename{RenameKind::Table, "app", "", "users", "accounts", seen[0].at, true});
  CHECK(seen[1] == Rename{RenameKind::Column, "app", "accounts", "name", "full_name", seen[1].at, true});
  CHECK(seen[2] == Rename{RenameKind::Constraint, "app", "accounts", "users_pk", "accounts_pk", seen[2].at, true});
  CHECK(seen[3] == Rename{RenameKind::Index, "app", "", "users_name", "accounts_name", seen[3].at, true});
  CHECK(seen[4] == Rename{RenameKind::EnumValue, "app", "mood", "sad", "blue", seen[4].at, true});
  CHECK(seen[5] == Rename{RenameKind::Type, "app", "", "mood", "feeling", seen[5].at, true});
  CHECK(seen[0].at.offset > 0);  // the statement, for reports
}

TEST_CASE("a rename applied to a catalog moves the object and what refers to it") {
  Catalog cat = test::build_catalog(
      "create table users (id int primary key, name text check (name <> ''));\n"
      "create table orders (user_id int references users (id));\n");
  SourceManager sm;
  DiagnosticEngine diags(sm);
  Rename table{RenameKind::Table, "public", "", "users", "accounts", {}, false};
  CHECK(rename_source_exists(cat, table));
  CHECK_FALSE(rename_target_exists(cat, table));
  apply_rename(cat, table, diags);
  CHECK_FALSE(rename_source_exists(cat, table));
  CHECK(rename_target_exists(cat, table));
  CHECK(cat.tables.at({"public", "orders"}).constraints.at("orders_user_id_fkey").ref_table == Key{"public", "accounts"});
  Rename column{RenameKind::Column, "public", "accounts", "name", "full_name", {}, false};
  apply_rename(cat, column, diags);
  const Table& t = cat.tables.at({"public", "accounts"});
  CHECK(t.columns.count("full_name") == 1);
  CHECK(t.constraints.at("users_name_check").check->canonical.find("full_name") != std::string::npos);
  CHECK(diags.all().empty());
  CHECK(renamed_id(column) == "public.accounts.full_name");
  CHECK(renamed_group(column) == "public.accounts");
}

TEST_CASE("a rename is a change of the object under its new name") {
  Catalog desired = test::build_catalog("create table accounts (id int);");
  Catalog actual = test::build_catalog("create table accounts (id int);");
  std::vector<Rename> renames{{RenameKind::Table, "public", "", "users", "accounts", {}, true}};
  ChangeSet cs = diff_catalogs(actual, desired, DiffOptions{false, false, &renames});
  REQUIRE(cs.changes.size() == 1);
  CHECK(cs.changes[0].change == ChangeKind::Changed);
  CHECK(cs.changes[0].kind == ObjectKind::Table);
  CHECK(cs.changes[0].id == "public.accounts");
  CHECK(cs.changes[0].details[0].attribute == "renamed by a migration");
  CHECK(cs.changes[0].details[0].actual == "users");
}

TEST_CASE("the platform's tables become shells holding only what the project attaches") {
  Catalog cat = test::build_catalog(
      "create schema auth;\n"
      "create function auth.touch() returns trigger language plpgsql as $$begin return new; end$$;\n"
      "create function public.on_signup() returns trigger language plpgsql as $$begin return new; end$$;\n"
      "create table auth.users (id uuid primary key, email text);\n"
      "create index users_email on auth.users (email);\n"
      "alter table auth.users enable row level security;\n"
      "create policy own on auth.users using (true);\n"
      "create trigger platform_touch before update on auth.users for each row execute function auth.touch();\n"
      "create trigger signup after insert on auth.users for each row execute function public.on_signup();\n");
  Platform p;
  p.schemas.insert("auth");
  neutralize_platform(cat, p);
  const Table& t = cat.tables.at({"auth", "users"});
  CHECK(t.external);
  CHECK(t.columns.empty());
  CHECK(t.constraints.empty());
  CHECK_FALSE(t.rls_enabled);
  CHECK(t.policies.count("own") == 1);
  CHECK(t.triggers.count("signup") == 1);
  CHECK(t.triggers.count("platform_touch") == 0);  // calls the platform's own function
  CHECK(cat.schemas.count("auth") == 0);
  CHECK(cat.indexes.empty());
  CHECK(cat.functions.size() == 1);  // public.on_signup()

  Catalog other;
  align_platform(cat, other);
  REQUIRE(other.tables.count({"auth", "users"}) == 1);
  CHECK(other.tables.at({"auth", "users"}).external);
  CHECK(other.tables.at({"auth", "users"}).triggers.empty());
}

TEST_CASE("grants on the platform's tables: the project's are compared, the platform's are not") {
  const char* platform_sql =
      "create schema auth;\n"
      "create table auth.users (id uuid primary key);\n"
      "grant select on auth.users to app_admin;\n";
  Catalog desired = test::build_catalog(std::string(platform_sql) + "grant select on auth.users to reader;\n");
  Catalog actual = test::build_catalog(std::string(platform_sql) + "grant delete on auth.users to app_admin;\n");  // the platform's own
  Platform p;
  p.schemas.insert("auth");
  neutralize_platform(desired, p);
  neutralize_platform(actual, p);
  platform_grants(desired, actual);
  auto has = [](const Catalog& c, const std::string& grantee, const std::string& privilege) {
    return c.grants.value.count(Grant{"TABLE auth.users", "", grantee, privilege, false}) > 0;
  };
  CHECK(has(desired, "reader", "SELECT"));      // the project's grant stays
  CHECK_FALSE(has(actual, "reader", "SELECT"));  // so the diff reports it missing
  CHECK(has(actual, "app_admin", "SELECT"));     // stated by both: compared, equal
  CHECK_FALSE(has(actual, "app_admin", "DELETE"));  // the platform's own: not reported
}
