// Implicit names and types, checked against what PostgreSQL 15 produces (POSTGRES-FACTS.md
// and the server: e.g. the 63-byte truncation of constraint names).
#include <doctest/doctest.h>

#include "catalog/names.h"
#include "catalog/types.h"

using namespace pgdrift::catalog;

TEST_CASE("make_object_name joins and truncates like makeObjectName") {
  CHECK(make_object_name("orders", "", "pkey") == "orders_pkey");
  CHECK(make_object_name("orders", "company_id_id", "key") == "orders_company_id_id_key");
  // 63 bytes: the longer part is shortened first.
  std::string long_table = "customer_subscription_billing";
  std::string long_cols = "customer_account_identifier_for_invoicing";
  std::string n = make_object_name(long_table, long_cols, "key");
  CHECK(n.size() == 63);
  CHECK(n == "customer_subscription_billing_customer_account_identifier_f_key");
}

TEST_CASE("make_object_name never cuts a UTF-8 character") {
  std::string t(30, 'a');
  std::string c;
  for (int i = 0; i < 20; ++i) c += "\xc3\xa9";  // é is two bytes
  std::string n = make_object_name(t, c, "key");
  CHECK(n.size() <= 63);
  // The part taken from c must end on a whole character.
  size_t start = n.find('_') + 1, end = n.size() - 4;
  CHECK((end - start) % 2 == 0);
}

TEST_CASE("choose_name adds a number on collision") {
  auto taken = [](const std::string& s) { return s == "t_a_key" || s == "t_a_key1"; };
  CHECK(choose_name("t", "a", "key", taken) == "t_a_key2");
  CHECK(choose_name("t", "b", "key", taken) == "t_b_key");
}

TEST_CASE("index column names are made unique like ChooseIndexColumnNames") {
  auto names = unique_column_names({"lower", "lower", "id"});
  CHECK(names == std::vector<std::string>{"lower", "lower1", "id"});
}

TEST_CASE("format_type prints like PostgreSQL") {
  CHECK(format_type("", "int4", {}, false) == "integer");
  CHECK(format_type("", "varchar", {200}, false) == "character varying(200)");
  CHECK(format_type("", "numeric", {10, 2}, false) == "numeric(10,2)");
  CHECK(format_type("", "numeric", {10}, false) == "numeric(10,0)");
  CHECK(format_type("", "timestamptz", {}, false) == "timestamp with time zone");
  CHECK(format_type("", "timestamp", {3}, false) == "timestamp(3) without time zone");
  CHECK(format_type("", "timetz", {}, false) == "time with time zone");
  CHECK(format_type("", "text", {}, true) == "text[]");
  CHECK(format_type("", "bpchar", {1}, false) == "character(1)");
  CHECK(format_type("", "interval", {0x7FFF, 3}, false) == "interval(3)");
  CHECK(format_type("", "interval", {(1 << 3) | (1 << 10) | (1 << 11) | (1 << 12)}, false) == "interval day to second");
  CHECK(format_type("public", "order_status", {}, false) == "public.order_status");
  CHECK(format_type("app", "Status", {}, true) == "app.\"Status\"[]");
  CHECK(builtin_type("int") == "int4");
  CHECK(builtin_type("timestamptz") == "timestamptz");
  CHECK(!builtin_type("order_status"));
}
