// pgdrift history's parts: the ledgers' checksums, reading ledgers from dumps and lists, and
// matching them with a folder's migrations.
#include <doctest/doctest.h>

#include "base/checksum.h"
#include "base/diagnostics.h"
#include "base/source.h"
#include "diff/history.h"
#include "frontend/ledger.h"

using namespace pgdrift;

TEST_CASE("checksums: SHA-256 and CRC-32 against their published test vectors") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // 56 bytes: the length no longer fits the first padded block
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000, 'a')) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
  CHECK(crc32_update(0, "123456789") == 0xcbf43926u);
  CHECK(crc32_update(crc32_update(0, "12345"), "6789") == 0xcbf43926u);
}

TEST_CASE("checksums: Flyway's ignores line endings and a byte order mark, and is signed") {
  int32_t lf = flyway_checksum("create table a (id int);\nselect 1;\n");
  CHECK(lf == flyway_checksum("create table a (id int);\r\nselect 1;\r\n"));
  CHECK(lf == flyway_checksum("\xEF\xBB\xBF" "create table a (id int);\rselect 1;"));
  CHECK(lf == static_cast<int32_t>(crc32_update(0, "create table a (id int);select 1;")));
  CHECK(flyway_checksum("123456789") == static_cast<int32_t>(0xcbf43926u));  // negative as Java's int
  CHECK(flyway_checksum("123456789") < 0);
}

namespace {
std::optional<Ledger> read_ledger(const std::string& text, DiagnosticEngine*& out, std::optional<LedgerKind> kind = std::nullopt) {
  static SourceManager sm;
  static DiagnosticEngine diags{sm};
  out = &diags;
  uint32_t id = sm.add("source.sql", text);
  return read_ledger(sm, {id}, kind, std::nullopt, diags);
}
}  // namespace

TEST_CASE("ledger: Supabase's rows from COPY, statements decoded from the array literal") {
  DiagnosticEngine* d = nullptr;
  std::optional<Ledger> l = read_ledger(
      "COPY supabase_migrations.schema_migrations (version, statements, name) FROM stdin;\n"
      "20240101000000\t{\"create table a (t text default 'x\\\\\\\\y')\",\"select 1\"}\tinit\n"
      "20240102000000\t\\N\tsecond\n\\.\n",
      d);
  REQUIRE(l);
  CHECK(l->kind == LedgerKind::Supabase);
  REQUIRE(l->entries.size() == 2);
  CHECK(l->entries[0].name == "init");
  REQUIRE(l->entries[0].statements);
  CHECK(*l->entries[0].statements == std::vector<std::string>{"create table a (t text default 'x\\y')", "select 1"});
  CHECK(!l->entries[1].statements);
}

TEST_CASE("ledger: golang-migrate from an INSERT without columns, told from dbmate by its dirty flag") {
  DiagnosticEngine* d = nullptr;
  std::optional<Ledger> l = read_ledger("INSERT INTO public.schema_migrations VALUES (3, true);\n", d);
  REQUIRE(l);
  CHECK(l->kind == LedgerKind::GolangMigrate);
  REQUIRE(l->entries.size() == 1);
  CHECK(l->entries[0].dirty);
  CHECK(l->entries[0].state == LedgerState::Failed);
  std::optional<Ledger> dbmate = read_ledger("INSERT INTO \"schema_migrations\" (version) VALUES\n('20240101'),\n('20240102');\n", d);
  REQUIRE(dbmate);
  CHECK(dbmate->kind == LedgerKind::Dbmate);
  CHECK(dbmate->entries.size() == 2);
}

TEST_CASE("ledger: a plain list of versions; a source without any ledger is E006") {
  DiagnosticEngine* d = nullptr;
  std::optional<Ledger> l = read_ledger("# applied on prod\n20240101000000 init\n\n20240102000000\n", d, LedgerKind::Supabase);
  REQUIRE(l);
  CHECK(l->from_list);
  REQUIRE(l->entries.size() == 2);
  CHECK(l->entries[0].name == "init");
  CHECK(l->entries[1].version == "20240102000000");
  size_t before = d->all().size();
  CHECK(!read_ledger("CREATE TABLE t (id int);\n", d));
  REQUIRE(d->all().size() == before + 1);
  CHECK(d->all().back().kind == DiagKind::no_ledger);
}

TEST_CASE("history: statements compare without comments, spacing or the final semicolon") {
  CHECK(normalize_statement_text("-- c\ncreate  table a (\n  x text default 'a  b' /* n */);") ==
        "create table a ( x text default 'a  b' )");
  CHECK(normalize_statement_text("select $$ a  -- b $$") == "select $$ a  -- b $$");
}

TEST_CASE("history: Flyway versions compare part by part; golang-migrate's as numbers") {
  CHECK(version_key(LedgerKind::Flyway, "1.01.0") == "1.1");
  CHECK(version_key(LedgerKind::Flyway, "1_2") == "1.2");
  CHECK(version_key(LedgerKind::GolangMigrate, "000012") == "12");
  CHECK(version_key(LedgerKind::Supabase, "0012") == "0012");
}

TEST_CASE("history: Prisma's rows by migration name; rolled back is pending, unfinished is failed") {
  SourceManager sm;
  LocalMigrations local;
  local.layout = MigrationLayout::Prisma;
  std::string a = "CREATE TABLE a ();\n", b = "CREATE TABLE b ();\n", c = "CREATE TABLE c ();\n";
  local.files = {{"1", "1_a", "1_a/migration.sql", a, {}, 0, false},
                 {"2", "2_b", "2_b/migration.sql", b, {}, 1, false},
                 {"3", "3_c", "3_c/migration.sql", c, {}, 2, false}};
  Ledger l;
  l.kind = LedgerKind::Prisma;
  auto row = [](std::string name, std::string sum, LedgerState st) {
    LedgerEntry e;
    e.version = name.substr(0, 1), e.name = name, e.checksum = sum, e.state = st;
    return e;
  };
  l.entries = {row("1_a", sha256_hex("CREATE TABLE a ();\r\n"), LedgerState::Applied),  // CRLF on another machine
               row("2_b", sha256_hex(b), LedgerState::Failed), row("3_c", sha256_hex(c), LedgerState::RolledBack),
               row("4_d", "x", LedgerState::Applied)};
  HistoryReport r = compare_history(local, l);
  REQUIRE(r.entries.size() == 4);
  CHECK(r.entries[0].status == HistoryStatus::Applied);
  CHECK(r.entries[1].status == HistoryStatus::Failed);
  CHECK(r.entries[2].status == HistoryStatus::Pending);
  CHECK(r.entries[2].detail == "rolled back");
  CHECK(r.entries[3].status == HistoryStatus::RemoteOnly);
  CHECK(!r.aligned());
}
