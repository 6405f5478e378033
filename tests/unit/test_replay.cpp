// Replay semantics: what PostgreSQL 15 does to a catalog for each statement (its docs and
// POSTGRES-FACTS.md), checked on the catalog pgdrift builds offline.
#include <doctest/doctest.h>

#include "build_catalog.h"
#include "catalog/replay.h"
#include "frontend/frontend.h"

using namespace pgdrift;
using namespace pgdrift::catalog;
using pgdrift::test::build_catalog;

namespace {
const Table& table(const Catalog& c, const std::string& s, const std::string& n) { return c.tables.at({s, n}); }
}  // namespace

TEST_CASE("serial expands to a sequence, a default and NOT NULL") {
  Catalog c = build_catalog("create table t (id serial primary key, n bigserial);");
  const Table& t = table(c, "public", "t");
  REQUIRE(c.sequences.count({"public", "t_id_seq"}));
  const Sequence& s = c.sequences.at({"public", "t_id_seq"});
  CHECK(s.params.type == "integer");
  CHECK(s.params.max == 2147483647);
  CHECK(s.owner_table == Key{"public", "t"});
  CHECK(s.owner_column == "id");
  CHECK(c.sequences.at({"public", "t_n_seq"}).params.type == "bigint");
  CHECK(t.columns.at("id").type == "integer");
  CHECK(t.columns.at("id").not_null);
  CHECK(t.columns.at("n").not_null);
  REQUIRE(t.columns.at("id").default_expr);
  CHECK(t.columns.at("id").default_expr->canonical == "nextval('public.t_id_seq')");
  CHECK(t.constraints.count("t_pkey"));
}

TEST_CASE("renames keep implicit names; expressions follow the column") {
  Catalog c = build_catalog(
      "create table t (id serial primary key, price int check (price > 0), email text unique);\n"
      "create index on t (lower(email));\n"
      "alter table t rename column price to cost;\n"
      "alter table t rename column email to mail;\n"
      "alter table t rename to clients;");
  const Table& t = table(c, "public", "clients");
  CHECK(t.constraints.count("t_pkey"));
  REQUIRE(t.constraints.count("t_price_check"));
  CHECK(t.constraints.at("t_price_check").check->canonical == "cost > 0");
  CHECK(t.constraints.at("t_email_key").columns == std::vector<std::string>{"mail"});
  CHECK(c.sequences.count({"public", "t_id_seq"}));
  CHECK(c.sequences.at({"public", "t_id_seq"}).owner_table == Key{"public", "clients"});
  REQUIRE(c.indexes.count({"public", "t_lower_idx"}));
  CHECK(c.indexes.at({"public", "t_lower_idx"}).table == "clients");
  CHECK(c.indexes.at({"public", "t_lower_idx"}).keys[0].expr->canonical == "lower(mail)");
}

TEST_CASE("dropping a column drops its indexes and constraints") {
  Catalog c = build_catalog(
      "create table t (a int, b int, c int check (c > 0), unique (a, b));\n"
      "create index t_b on t (b) where c > 1;\n"
      "alter table t drop column b;");
  const Table& t = table(c, "public", "t");
  CHECK_FALSE(t.constraints.count("t_a_b_key"));
  CHECK(t.constraints.count("t_c_check"));
  CHECK_FALSE(c.indexes.count({"public", "t_b"}));
  CHECK_FALSE(t.columns.count("b"));
}

TEST_CASE("implicit names number themselves on collision") {
  Catalog c = build_catalog("create table t (a int, b int, a_b int unique, unique (a, b));");
  const Table& t = table(c, "public", "t");
  CHECK(t.constraints.count("t_a_b_key"));
  CHECK(t.constraints.count("t_a_b_key1"));
  CHECK(t.constraints.at("t_a_b_key").columns == std::vector<std::string>{"a_b"});
}

TEST_CASE("search_path decides where unqualified objects go and what they mean") {
  Catalog c = build_catalog(
      "create schema app;\n"
      "set search_path = app, public;\n"
      "create type status as enum ('a', 'b');\n"
      "create table t (s status default 'a', ref int);\n");
  CHECK(c.tables.count({"app", "t"}));
  CHECK(table(c, "app", "t").columns.at("s").type == "app.status");
}

TEST_CASE("drop table cascade removes foreign keys that point at it") {
  Catalog c = build_catalog(
      "create table p (id int primary key);\n"
      "create table ch (id int primary key, p_id int references p);\n"
      "drop table p cascade;");
  CHECK_FALSE(c.tables.count({"public", "p"}));
  CHECK(table(c, "public", "ch").constraints.count("ch_pkey"));
  CHECK_FALSE(table(c, "public", "ch").constraints.count("ch_p_id_fkey"));
}

TEST_CASE("references without columns mean the primary key; PK columns become NOT NULL") {
  Catalog c = build_catalog(
      "create table p (code text, primary key (code));\n"
      "create table ch (p_code text references p on delete cascade);");
  const Constraint& fk = table(c, "public", "ch").constraints.at("ch_p_code_fkey");
  CHECK(fk.ref_columns == std::vector<std::string>{"code"});
  CHECK(fk.on_delete == 'c');
  CHECK(table(c, "public", "p").columns.at("code").not_null);
}

TEST_CASE("enum values are added in place") {
  Catalog c = build_catalog(
      "create type s as enum ('a', 'c');\n"
      "alter type s add value 'b' before 'c';\n"
      "alter type s add value if not exists 'a';\n"
      "alter type s add value 'd' after 'c';");
  CHECK(c.enums.at({"public", "s"}).labels == std::vector<std::string>{"a", "b", "c", "d"});
}

TEST_CASE("an ALTER on a table that does not exist is a warning, not a silent skip") {
  size_t warnings = 0;
  build_catalog("alter table nope add column x int;", &warnings);
  CHECK(warnings == 1);
}

TEST_CASE("unnamed domain checks are numbered like PostgreSQL does") {
  Catalog c = build_catalog("create domain score as int check (value >= 0) check (value <= 100);");
  const Domain& d = c.domains.at({"public", "score"});
  CHECK(d.checks.count("score_check"));
  CHECK(d.checks.count("score_check1"));
}
