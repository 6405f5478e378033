// pgdrift's protobuf-c runtime (frontend/pb_runtime.cpp, pb_decode.cpp) against the real
// libprotobuf-c, loaded into a namespace of its own (dlmopen: its calls stay inside it): for every
// statement of every golden input and the demo, the bytes libpg_query now packs with ours are the
// bytes the real library packs from the same tree, and each decodes the other's bytes to a tree
// that packs back to them. Damaged bytes give nullptr, never a crash.
#include <dlfcn.h>
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

const fs::path kSourceRoot = PGDRIFT_SOURCE_ROOT;

// The SQL files of the golden cases and the demo, psql meta-commands left out.
std::vector<std::string> inputs() {
  std::vector<fs::path> files{kSourceRoot / "testdata/demo/prod.sql"};
  for (const auto& e : fs::recursive_directory_iterator(kSourceRoot / "testdata/golden"))
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

// The real libprotobuf-c's functions (nullptr members when the library cannot be loaded).
struct RealProtobufC {
  size_t (*size)(const ProtobufCMessage*) = nullptr;
  size_t (*pack)(const ProtobufCMessage*, uint8_t*) = nullptr;
  ProtobufCMessage* (*unpack)(const ProtobufCMessageDescriptor*, ProtobufCAllocator*, size_t, const uint8_t*) = nullptr;
  void (*free)(ProtobufCMessage*, ProtobufCAllocator*) = nullptr;
  RealProtobufC() {
    void* lib = dlmopen(LM_ID_NEWLM, "libprotobuf-c.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!lib) return;
    size = reinterpret_cast<decltype(size)>(dlsym(lib, "protobuf_c_message_get_packed_size"));
    pack = reinterpret_cast<decltype(pack)>(dlsym(lib, "protobuf_c_message_pack"));
    unpack = reinterpret_cast<decltype(unpack)>(dlsym(lib, "protobuf_c_message_unpack"));
    free = reinterpret_cast<decltype(free)>(dlsym(lib, "protobuf_c_message_free_unpacked"));
  }
};

const RealProtobufC& real() {
  static const RealProtobufC r;
  return r;
}

// The tree packed by the real library.
std::string real_packed(const PgQuery__ParseResult* tree) {
  std::string out(real().size(&tree->base), '\0');
  size_t n = real().pack(&tree->base, reinterpret_cast<uint8_t*>(out.data()));
  out.resize(n);
  return out;
}

std::string our_packed(const ProtobufCMessage* m) {
  std::string out(protobuf_c_message_get_packed_size(m), '\0');
  size_t n = protobuf_c_message_pack(m, reinterpret_cast<uint8_t*>(out.data()));
  out.resize(n);
  return out;
}

}  // namespace

TEST_CASE("pb_runtime: the real libprotobuf-c can be loaded beside ours") {
  REQUIRE((real().size && real().pack && real().unpack && real().free));
  CHECK(reinterpret_cast<void*>(real().pack) != reinterpret_cast<void*>(&protobuf_c_message_pack));
}

TEST_CASE("pb_runtime: every golden input packs and decodes as the real libprotobuf-c does") {
  REQUIRE(bool(real().pack));
  size_t files = 0;
  for (const std::string& sql : inputs()) {
    std::string bytes = packed(sql);  // libpg_query, packing with ours
    if (bytes.empty()) continue;      // inputs that are meant not to parse
    ++files;
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    Arena arena;
    PgQuery__ParseResult* tree = decode_parse_result(data, bytes.size(), arena);
    REQUIRE(tree != nullptr);
    CHECK(real_packed(tree) == bytes);  // our decode + the real pack give libpg_query's bytes back
    ProtobufCMessage* theirs = real().unpack(&pg_query__parse_result__descriptor, nullptr, bytes.size(), data);
    REQUIRE(theirs != nullptr);
    CHECK(our_packed(theirs) == bytes);  // the real decode + our pack, likewise
    real().free(theirs, nullptr);
    ProtobufCMessage* ours = protobuf_c_message_unpack(&pg_query__parse_result__descriptor, nullptr, bytes.size(), data);
    REQUIRE(ours != nullptr);
    CHECK(our_packed(ours) == bytes);
    protobuf_c_message_free_unpacked(ours, nullptr);  // (ASan checks what it frees)
  }
  CHECK(files > 250);  // the inputs were found (281 parse on 2026-12-06)
}

TEST_CASE("pb_runtime: the sizes measured for one message are reused only by its own next pack") {
  REQUIRE(bool(real().pack));
  std::string a = packed("CREATE TABLE a (x int DEFAULT 1, y text CHECK (y <> ''));");
  std::string b = packed("SELECT 1;");
  Arena arena;
  auto* ta = decode_parse_result(reinterpret_cast<const uint8_t*>(a.data()), a.size(), arena);
  auto* tb = decode_parse_result(reinterpret_cast<const uint8_t*>(b.data()), b.size(), arena);
  REQUIRE((ta && tb));
  auto pack_into = [](const PgQuery__ParseResult* t, size_t room) {
    std::string out(room, '\0');
    out.resize(protobuf_c_message_pack(&t->base, reinterpret_cast<uint8_t*>(out.data())));
    return out;
  };
  // sized one message, packed another: the other is measured, not given the first one's sizes
  REQUIRE(protobuf_c_message_get_packed_size(&ta->base) == a.size());
  CHECK(pack_into(tb, a.size()) == b);
  // sized and packed, then packed again without sizing: measured again, same bytes
  REQUIRE(protobuf_c_message_get_packed_size(&ta->base) == a.size());
  CHECK(pack_into(ta, a.size()) == a);
  CHECK(pack_into(ta, a.size()) == a);
}

TEST_CASE("pb_runtime: fields found by number and by name") {
  const ProtobufCMessageDescriptor* d = &pg_query__node__descriptor;
  for (unsigned i = 0; i < d->n_fields; ++i) {
    CHECK(protobuf_c_message_descriptor_get_field(d, d->fields[i].id) == &d->fields[i]);
    CHECK(protobuf_c_message_descriptor_get_field_by_name(d, d->fields[i].name) == &d->fields[i]);
  }
  CHECK(protobuf_c_message_descriptor_get_field(d, 0) == nullptr);
  CHECK(protobuf_c_message_descriptor_get_field(d, 100000) == nullptr);
  CHECK(protobuf_c_message_descriptor_get_field_by_name(d, "no_such_field") == nullptr);
}

TEST_CASE("pb_runtime: packed repeated numbers, doubles, strings with NUL-free bytes") {
  // A_Const with a float, a bit string and a negative integer; a CREATE with typmods; a
  // publication; the int64 and double fields
  std::string bytes = packed("SELECT -2147483648, 1.5e300, B'1010', 'x'::varchar(10), $1;\n"
                             "CREATE SEQUENCE s START -9223372036854775807 INCREMENT 3;");
  REQUIRE_FALSE(bytes.empty());
  Arena arena;
  PgQuery__ParseResult* tree = decode_parse_result(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), arena);
  REQUIRE(tree != nullptr);
  REQUIRE(bool(real().pack));
  CHECK(real_packed(tree) == bytes);
}

TEST_CASE("pb_runtime: damaged bytes give nullptr") {
  std::string bytes = packed("CREATE TABLE t (id integer PRIMARY KEY, name text DEFAULT 'x' CHECK (name <> ''));");
  REQUIRE(bytes.size() > 20);
  size_t refused = 0;
  size_t refused_malloc = 0;
  for (size_t cut = 1; cut < bytes.size(); ++cut) {  // every truncation, in an arena and in malloc
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    Arena arena;
    if (!decode_parse_result(data, cut, arena)) ++refused;
    ProtobufCMessage* m = protobuf_c_message_unpack(&pg_query__parse_result__descriptor, nullptr, cut, data);
    if (m) protobuf_c_message_free_unpacked(m, nullptr);
    else ++refused_malloc;  // (what it decoded before it refused is freed: LeakSanitizer checks)
  }
  CHECK(refused > 0);
  CHECK(refused_malloc == refused);
  std::string bad = bytes;
  bad[0] = static_cast<char>(0x0f);  // key with wire type 7: no such wire type
  Arena arena;
  CHECK(decode_parse_result(reinterpret_cast<const uint8_t*>(bad.data()), bad.size(), arena) == nullptr);
}
