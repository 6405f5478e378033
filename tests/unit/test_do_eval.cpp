// Constant evaluation of DO blocks (frontend/lower/do_eval.h). The expected values are what
// PostgreSQL 15 returns for the same expressions (checked with psql when written).
#include <doctest/doctest.h>

#include "frontend/lower/do_eval.h"

using namespace pgdrift::do_eval;

namespace {
std::string text(const std::string& expr, const Env& env = {}) {
  std::optional<Value> v = eval(expr, env);
  REQUIRE(v);
  REQUIRE(v->kind == Value::Kind::Scalar);
  return v->text;
}
}  // namespace

TEST_CASE("string functions compute as PostgreSQL does") {
  CHECK(text("format('%I.%L', 'My T', 'it''s')") == "\"My T\".'it''s'");
  CHECK(text("format('%2$s-%1$s', 'a', 'b')") == "b-a");
  CHECK(text("format('[%s]', NULL)") == "[]");
  CHECK(text("format('%L', NULL)") == "NULL");
  CHECK(text("format('%L', 'back\\slash')") == "E'back\\\\slash'");
  CHECK(text("quote_ident('select')") == "\"select\"");
  CHECK(text("concat_ws(',', 'a', NULL, 'b')") == "a,b");
  CHECK(text("quote_nullable(NULL)") == "NULL");
  CHECK(text("replace('a b c', ' ', '_')") == "a_b_c");
  CHECK(text("'t_' || 2 + 3") == "t_5");
  CHECK(eval("'a' || NULL", {})->kind == Value::Kind::Null);
}

TEST_CASE("variables, records and arrays") {
  Env env;
  env["t"] = Value::scalar("acme");
  Value row;
  row.kind = Value::Kind::Record;
  row.add_field("sql", Value::scalar("create table x ()"));
  env["r"] = row;
  CHECK(text("format('create table %I ()', t)", env) == "create table acme ()");
  CHECK(text("r.sql", env) == "create table x ()");
  std::optional<Value> a = eval("'{a,\"b c\",NULL}'::text[]", env);
  REQUIRE(a);
  REQUIRE(a->items.size() == 3);
  CHECK(a->items[1].text == "b c");
  CHECK(a->items[2].kind == Value::Kind::Null);
  std::optional<Value> declared = coerce(Value::scalar("{x,y}"), "text[]");
  REQUIRE(declared);
  CHECK(declared->items.size() == 2);
}

TEST_CASE("comparisons: integers by value, texts for equality only") {
  Env env;
  env["g"] = Value::scalar("2");
  CHECK(text("g = 2", env) == "true");
  CHECK(text("g > 2", env) == "false");
  CHECK(text("10 >= 9") == "true");  // by value, not as texts
  CHECK(text("'a' <> 'b'") == "true");
  CHECK(eval("NULL = 1", env)->kind == Value::Kind::Null);
  CHECK_FALSE(eval("'a' < 'b'", env));  // an order of texts depends on the collation
}

TEST_CASE("what depends on the database is not constant") {
  CHECK_FALSE(eval("now()", {}));
  CHECK_FALSE(eval("unknown_var", {}));
  CHECK_FALSE(eval("(select 1)", {}));
  CHECK_FALSE(eval("format('%5s', 'a')", {}));  // widths are not followed
  CHECK_FALSE(eval_rows("select tablename from pg_tables", {}));
  CHECK_FALSE(coerce(Value::scalar("2024-01-01"), "date"));
}

TEST_CASE("the rows of a loop's query") {
  std::optional<std::vector<Value>> rows = eval_rows("select format('s_%s', g) as name, g from generate_series(5, 1, -2) g", {});
  REQUIRE(rows);
  REQUIRE(rows->size() == 3);
  CHECK((*rows)[0].field("name")->text == "s_5");
  CHECK((*rows)[2].field("g")->text == "1");
  Env env;
  env["kinds"] = *eval("array['a', 'b']", env);
  rows = eval_rows("select upper(k) from unnest(kinds) as k", env);
  REQUIRE(rows);
  REQUIRE(rows->size() == 2);
  CHECK((*rows)[1].field("upper")->text == "B");
  CHECK_FALSE(eval_rows("select g from generate_series(1, 100000) g", {}));  // too long to unroll
}
