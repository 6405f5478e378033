// frontend/pb_decode.cpp against protobuf-c: the tree it decodes from libpg_query's bytes packs
// back (with protobuf-c's own pack) to exactly those bytes, for every statement of every golden
// input and the demo; damaged bytes give nullptr, never a crash.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/pg_parse.h"

using namespace pgdrift;
namespace fs = std::filesystem;

namespace {

const fs::path kRoot = PGDRIFT_SOURCE_ROOT;

// The SQL files of the golden cases and the demo, psql meta-commands left out.
std::vector<std::string> inputs() {
  std::vector<fs::path> files{kRoot / "testdata/demo/prod.sql"};
  for (const auto& e : fs::recursive_directory_iterator(kRoot / "testdata/golden"))
    if (e.path().extension() == ".sql" && e.path().parent_path().filename() != "expected") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (const fs::path& p : files) {
    std::ifstream in(p);
    std::string line, text;
    while (std::getline(in, line))
      if (line.empty() || line[0] != '\\') text += line + "\n";
    out.push_back(std::move(text));
  }
  return out;
}

// libpg_query's bytes for `sql`, or "" when it does not parse.
std::string packed(const std::string& sql) {
  PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql.c_str());
  std::string out = r.error ? "" : std::string(r.parse_tree.data, r.parse_tree.len);
  pg_query_free_protobuf_parse_result(r);
  return out;
}

std::string repacked(const PgQuery__ParseResult* tree) {
  std::string out(pg_query__parse_result__get_packed_size(tree), '\0');
  pg_query__parse_result__pack(tree, reinterpret_cast<uint8_t*>(out.data()));
  return out;
}

}  // namespace

TEST_CASE("pb_decode: every golden input decodes to the tree libpg_query packed") {
  size_t files = 0;
  for (const std::string& sql : inputs()) {
    std::string bytes = packed(sql);
    if (bytes.empty()) continue;  // inputs that are meant not to parse
    ++files;
    Arena arena;
    PgQuery__ParseResult* tree = decode_parse_result(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), arena);
    REQUIRE(tree != nullptr);
    CHECK(repacked(tree) == bytes);
  }
  CHECK(files > 250);  // the inputs were found (281 parse on 2026-12-06)
}

TEST_CASE("pb_decode: packed repeated numbers, doubles, strings with NUL-free bytes") {
  // A_Const with a float, a bit string and a negative integer; a CREATE with typmods; a
  // publication; the int64 and double fields
  std::string bytes = packed("SELECT -2147483648, 1.5e300, B'1010', 'x'::varchar(10), $1;\n"
                             "CREATE SEQUENCE s START -9223372036854775807 INCREMENT 3;");
  REQUIRE_FALSE(bytes.empty());
  Arena arena;
  PgQuery__ParseResult* tree = decode_parse_result(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), arena);
  REQUIRE(tree != nullptr);
  CHECK(repacked(tree) == bytes);
}

TEST_CASE("pb_decode: damaged bytes give nullptr") {
  std::string bytes = packed("CREATE TABLE t (id integer PRIMARY KEY, name text DEFAULT 'x' CHECK (name <> ''));");
  REQUIRE(bytes.size() > 20);
  size_t refused = 0;
  for (size_t cut = 1; cut < bytes.size(); ++cut) {  // every truncation
    Arena arena;
    if (!decode_parse_result(reinterpret_cast<const uint8_t*>(bytes.data()), cut, arena)) ++refused;
  }
  CHECK(refused > 0);
  std::string bad = bytes;
  bad[0] = static_cast<char>(0x0f);  // key with wire type 7: no such wire type
  Arena arena;
  CHECK(decode_parse_result(reinterpret_cast<const uint8_t*>(bad.data()), bad.size(), arena) == nullptr);
}
