// The data of a full dump: COPY blocks, setval calls, the largest value of a column.
#include <doctest/doctest.h>

#include "base/diagnostics.h"
#include "base/source.h"
#include "frontend/dump_data.h"

using namespace pgdrift;

namespace {
DumpData read_full_dump(std::string text) {
  static SourceManager sm;  // the blocks' data are views into the file
  DiagnosticEngine diags{sm};
  uint32_t id = sm.add("full.sql", std::move(text));
  DumpData out = read_dump_data(sm, {id}, diags);
  CHECK(diags.all().empty());
  return out;
}
}  // namespace

TEST_CASE("dump data: COPY blocks keep their columns and rows, setval its value and is_called") {
  DumpData d = read_full_dump(
      "CREATE TABLE public.t (id integer, v text);\n"
      "COPY public.t (id, v) FROM stdin;\n1\ta\n12\t\\N\n3\tc\n\\.\n"
      "COPY \"My Schema\".\"Odd\" FROM stdin;\n\\.\n"
      "SELECT pg_catalog.setval('public.t_id_seq', 12, true);\n"
      "SELECT pg_catalog.setval('\"My Schema\".\"Odd \"\"x\"\"_seq\"', 3000000000, false);\n"
      "SELECT 1;\n");
  REQUIRE(d.copies.size() == 2);
  CHECK(d.copies[0].schema == "public");
  CHECK(d.copies[0].table == "t");
  CHECK(d.copies[0].columns == std::vector<std::string>{"id", "v"});
  CHECK(d.copies[0].data == "1\ta\n12\t\\N\n3\tc\n");
  CHECK(d.copies[1].schema == "My Schema");
  CHECK(d.copies[1].table == "Odd");
  CHECK(d.copies[1].data.empty());
  REQUIRE(d.values.size() == 2);
  CHECK(d.values[0].name == "t_id_seq");
  CHECK(d.values[0].value == 12);
  CHECK(d.values[0].is_called);
  CHECK(d.values[1].schema == "My Schema");
  CHECK(d.values[1].name == "Odd \"x\"_seq");
  CHECK(d.values[1].value == 3000000000LL);
  CHECK_FALSE(d.values[1].is_called);
}

TEST_CASE("dump data: the largest integer of a column skips NULLs and other text") {
  CHECK(column_max("1\ta\n12\t\\N\n3\tc\n", 0) == 12);
  CHECK_FALSE(column_max("1\t\\N\n2\t\\N\n", 1).has_value());
  CHECK(column_max("x\t-5\ny\t-7\n", 1) == -5);
  CHECK(column_max("1\n9223372036854775807\n", 0) == INT64_MAX);
  CHECK_FALSE(column_max("", 0).has_value());
  CHECK_FALSE(column_max("1\t2\n", 5).has_value());
}
