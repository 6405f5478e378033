// Expression canonicalization: each pair is "as written" vs "as pg_dump prints it"
// (POSTGRES-FACTS.md); both must give the same canonical text.
#include <doctest/doctest.h>

#include "frontend/expr.h"
#include "frontend/expr_memo.h"
#include "frontend/literal_canon.h"

using namespace pgdrift;

namespace {
struct TestResolver : ExprResolver {
  ResolvedName function(const std::vector<std::string>& n) const override {
    if (n.size() == 2 && n[0] != "pg_catalog") return {n[0], n[1]};
    return {"", n.back()};
  }
  ResolvedName relation(const std::vector<std::string>& n) const override {
    return n.size() == 2 ? ResolvedName{n[0], n[1]} : ResolvedName{"public", n[0]};
  }
  ResolvedName type(const std::vector<std::string>& n) const override {
    if (n.size() == 2 && n[0] != "pg_catalog") return {n[0], n[1]};
    std::string t = n.back();
    if (t == "int" || t == "integer") t = "int4";
    if (t == "status") return {"public", t};
    return {"", t};
  }
  std::string column_type(const std::string& c) const override { return c == "email" ? "character varying(100)" : "text"; }
};

std::string canon(const std::string& sql) {
  std::optional<Expr> e = parse_expression(sql);
  REQUIRE(e.has_value());
  return e->canonical(TestResolver{});
}

void same(const std::string& written, const std::string& dumped) {
  INFO(written, " vs ", dumped);
  CHECK(canon(written) == canon(dumped));
}
}  // namespace

TEST_CASE("literal casts added by PostgreSQL do not matter") {
  same("'pending'", "'pending'::text");
  same("'{}'", "'{}'::jsonb");
  same("'pending'", "'pending'::public.status");
  same("0", "'0'::numeric");
  same("-1", "'-1'::integer");
  same("9007199254740993", "'9007199254740993'::bigint");
  same("1.5e3", "'1500'::numeric");
  same("ARRAY['a','b']", "(ARRAY['a'::character varying, 'b'::character varying])::text[]");
}

TEST_CASE("IN, BETWEEN, LIKE and parentheses are stored the way PostgreSQL stores them") {
  same("kind in ('a','b')", "(kind = ANY (ARRAY['a'::text, 'b'::text]))");
  same("kind not in ('a','b')", "(kind <> ALL (ARRAY['a'::text, 'b'::text]))");
  same("amount BETWEEN 1 AND 10", "((amount >= 1) AND (amount <= 10))");
  same("name like 'a%'", "(name ~~ 'a%'::text)");
  same("((n > 0))", "n > 0");
  same("a > 0 and (b > 0 and c > 0)", "((a > 0) AND (b > 0) AND (c > 0))");
}

TEST_CASE("names resolve and qualify the way pg_dump prints them") {
  same("nextval('t_id_seq')", "nextval('public.t_id_seq'::regclass)");
  same("NOW()", "now()");
  same("pg_catalog.lower(email)", "lower((email)::text)");
  same("current_setting('x', true)::json ->> 'k'", "((current_setting('x'::text, true))::json ->> 'k'::text)");
  CHECK(canon("current_timestamp") != canon("now()"));  // PostgreSQL keeps them apart
}

TEST_CASE("real differences stay different") {
  CHECK(canon("n > 0") != canon("n >= 0"));
  CHECK(canon("'a'") != canon("'b'"));
  CHECK(canon("kind in ('a','b')") != canon("kind in ('a','c')"));
  CHECK(canon("lower(email)") != canon("upper(email)"));
}

TEST_CASE("literal values: jsonb, timestamps, numerics") {
  CHECK(canonical_json(R"({"theme": "dark", "n": 1})") == R"({"n": 1, "theme": "dark"})");
  CHECK(canonical_json(R"({"a":1,"a":2})") == R"({"a": 2})");
  CHECK(canonical_json("[1,2.50,{\"b\":null}]") == "[1, 2.50, {\"b\": null}]");
  CHECK(!canonical_json("{a,b}"));  // an array literal, not JSON
  CHECK(canonical_datetime("2024-01-01") == "2024-01-01 00:00:00");
  CHECK(canonical_datetime("2024-01-01 00:00:00+00") == "2024-01-01 00:00:00");
  CHECK(canonical_datetime("2024-01-01 01:30:00+02") == "2023-12-31 23:30:00");
  CHECK(!canonical_datetime("tomorrow"));
  CHECK(canonical_numeric("1.5e3") == "1500");
  CHECK(canonical_numeric("2.50E-1") == "0.250");
  CHECK(canonical_numeric("10.50") == "10.50");
  CHECK(canonical_interval("5 minutes") == "00:05:00");
  CHECK(canonical_interval("1 day 2 hours") == "1 day 02:00:00");
  CHECK(canonical_interval("14 months") == "1 year 2 mons");
  CHECK(canonical_interval("2 weeks") == "14 days");
  CHECK(canonical_interval("01:30:00") == "01:30:00");
  CHECK(!canonical_interval("five minutes"));
  CHECK(!canonical_interval("pending"));
}

TEST_CASE("casts PostgreSQL adds around expressions do not matter") {
  same("round((qty * price) * rate)", "round((((qty * price))::numeric * rate))");
  same("'5 minutes'", "'00:05:00'::interval");
  CHECK(canon("round(a * b)") != canon("round(a + b)"));
}

TEST_CASE("tsvector literals in tsvector's output form (as SELECT 'b a b'::tsvector prints)") {
  CHECK(canonical_tsvector(".") == "'.'");
  CHECK(canonical_tsvector("'.'") == "'.'");
  CHECK(canonical_tsvector("b a b") == "'a' 'b'");
  CHECK(canonical_tsvector("'it''s' x") == "'it''s' 'x'");
  CHECK(canonical_tsvector("cat:1A dog") == "'cat':1A 'dog'");
}

TEST_CASE("money and single-field interval literals in their output form (as PostgreSQL 15 prints them)") {
  CHECK(canonical_money("1.999") == "$2.00");
  CHECK(canonical_money("1234") == "$1,234.00");
  CHECK(canonical_money("-1.5") == "-$1.50");
  CHECK(canonical_money("$1.00") == "$1.00");
  const int64_t kMinute = 1 << 11, kHour = 1 << 10, kYear = 1 << 2, kDay = 1 << 3;
  CHECK(interval_with_field("90", kMinute) == "01:30:00");
  CHECK(interval_with_field("1.5", kHour) == "01:00:00");
  CHECK(interval_with_field("1.5", kYear) == "1 year");
  CHECK(interval_with_field("1", kDay) == "1 day");
  CHECK(!interval_with_field("1", kDay | kHour));
}

// Found by the fuzz_expr target (tests/fuzz/regressions/expr/): a number past 64 bits inside an
// interval literal ended the process (std::stoll threw); such a literal is now left as written.
TEST_CASE("interval literals with numbers too large to sum are left as written") {
  CHECK(canon("x > '20444444444444444434024-1-01'::interval") == "x > '20444444444444444434024-1-01'");
  CHECK(canon("x > '9000000000000000000 years'::interval") == "x > '9000000000000000000 years'");
  CHECK(canon("x > '2 years 14 months'::interval") == "x > '3 years 2 mons'");
}

namespace {
// A resolver whose answers a test changes between two printings of the same expression.
struct ChangingResolver : TestResolver {
  std::string schema = "a";
  ResolvedName function(const std::vector<std::string>& n) const override {
    return n.size() == 1 ? ResolvedName{schema, n[0]} : TestResolver::function(n);
  }
};
}  // namespace

TEST_CASE("printing an expression again follows the resolver's answers, not the first printing") {
  std::optional<Expr> e = parse_expression("touch(1) + 1");
  REQUIRE(e.has_value());
  ChangingResolver r;
  CHECK(e->sql(r) == "a.touch(1) + 1");
  CHECK(e->sql(r) == "a.touch(1) + 1");
  r.schema = "b";  // the function is found in another schema now (search_path, a new overload)
  CHECK(e->sql(r) == "b.touch(1) + 1");
  ExprRefs refs;
  CHECK(e->sql(r, refs) == "b.touch(1) + 1");
  REQUIRE(refs.functions.size() == 1);
  CHECK(refs.functions[0].schema == "b");
  r.schema = "a";
  CHECK(e->sql(r, refs) == "a.touch(1) + 1");
  CHECK(refs.functions[0].schema == "a");
}

TEST_CASE("the printing memo answers a tree asked the same questions, and only then") {
  std::optional<Expr> e = parse_expression("lower(memo_test_only) = 'x'");
  std::optional<Expr> same_tree = parse_expression("lower(memo_test_only)   =   'x'");  // another place, same tree
  REQUIRE(e.has_value());
  REQUIRE(same_tree.has_value());
  ChangingResolver r;
  int printed = 0;
  auto print = [&](const ExprResolver& asked) {
    ++printed;
    return Printed{asked.function({"lower"}).schema, {}};
  };
  CHECK(memo_print(e->node(), PrintRequest::sql, r, print).text == "a");
  CHECK(memo_print(same_tree->node(), PrintRequest::sql, r, print).text == "a");
  CHECK(printed == 1);
  CHECK(memo_print(e->node(), PrintRequest::canonical, r, print).text == "a");  // another request
  CHECK(printed == 2);
  r.schema = "b";
  CHECK(memo_print(e->node(), PrintRequest::sql, r, print).text == "b");
  CHECK(printed == 3);
  r.schema = "a";  // the first context again: still remembered
  CHECK(memo_print(e->node(), PrintRequest::sql, r, print).text == "a");
  CHECK(printed == 3);
}

// A field or subscript taken from a parenthesized expression: the printed SQL keeps the
// parentheses, so it parses back to the same expression (a fuzz_expr input printed
// "(a and b).y" as "a AND b.y").
TEST_CASE("indirection over an expression prints its parentheses") {
  TestResolver r;
  for (const char* sql : {"(a >= 0 and b).y >= 0", "(a or b).y", "(not a).y", "(a is null).y",
                          "(a is true).y", "(a + b).y", "(a::t).y", "(case when a then b end).y",
                          "(a between 1 and 2).y", "(a and b)[1]", "(coalesce(a, b)).y", "(x).y",
                          "(f(x)).y[1]", "(row(a, b)).f1", "(a collate \"C\").y", "(-a).y"}) {
    INFO(sql);
    std::optional<Expr> e = parse_expression(sql);
    REQUIRE(e.has_value());
    ExprRefs refs;
    std::string printed = e->sql(r, refs);
    INFO(printed);
    std::optional<Expr> again = parse_expression(printed);
    REQUIRE(again.has_value());
    CHECK(again->canonical(r) == e->canonical(r));
  }
}
