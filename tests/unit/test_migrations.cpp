#include <doctest/doctest.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"
#include "frontend/input.h"
#include "frontend/migrations.h"

using namespace pgdrift;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system temp dir, removed with everything in it.
struct TempDir {
  fs::path root;
  TempDir() {
    static std::atomic<int> counter{0};
    auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    root = fs::temp_directory_path() / ("pgdrift-unit-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(now) + "-" + std::to_string(counter++));
    fs::create_directories(root);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  void write(const std::string& rel, const std::string& content = "select 1;\n") const {
    fs::path p = root / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
  }
  std::string str() const { return root.string(); }
};

struct Found {
  SourceManager sm;
  DiagnosticEngine diags{sm};
  MigrationSet set;
  explicit Found(const fs::path& dir) { set = discover_migrations(dir, diags); }
  // File names relative to the folder, in apply order.
  std::vector<std::string> rels(const std::string& dir) const {
    std::vector<std::string> out;
    for (const MigrationFile& f : set.files) out.push_back(f.display.substr(dir.size() + 1));
    return out;
  }
  std::vector<std::string> versions() const {
    std::vector<std::string> out;
    for (const MigrationFile& f : set.files) out.push_back(f.version);
    return out;
  }
};

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("natural order compares digit runs by value") {
  CHECK(natural_less("a2", "a10"));
  CHECK_FALSE(natural_less("a10", "a2"));
  CHECK(natural_less("a", "a1"));
  CHECK(natural_less("x9.sql", "x10.sql"));
  CHECK(natural_less("dir/2.sql", "dir/10.sql"));
  CHECK(natural_less("B", "a"));  // byte-wise outside digits
  CHECK_FALSE(natural_less("same", "same"));
  CHECK(natural_less("a01", "a1") != natural_less("a1", "a01"));  // strict even when equal by value
  CHECK(natural_less("v99999999999999999999", "v100000000000000000000"));  // no overflow
}

TEST_CASE("layout names") {
  CHECK(std::string(layout_name(MigrationLayout::Supabase)) == "supabase");
  CHECK(std::string(layout_name(MigrationLayout::Prisma)) == "prisma");
  CHECK(std::string(layout_name(MigrationLayout::Flyway)) == "flyway");
  CHECK(std::string(layout_name(MigrationLayout::GolangMigrate)) == "golang-migrate");
  CHECK(std::string(layout_name(MigrationLayout::Dbmate)) == "dbmate");
  CHECK(std::string(layout_name(MigrationLayout::Numbered)) == "numbered");
  CHECK(std::string(layout_name(MigrationLayout::Plain)) == "plain");
}

TEST_CASE("supabase timestamps in order, other files ignored") {
  TempDir t;
  t.write("20240301000000_c.sql");
  t.write("20240101120000_a.sql");
  t.write("20240102000000_b.sql");
  t.write("README.md", "# notes");
  t.write(".hidden.sql");
  Found f(t.root);
  CHECK(f.set.layout == MigrationLayout::Supabase);
  CHECK(f.rels(t.str()) ==
        Names{"20240101120000_a.sql", "20240102000000_b.sql", "20240301000000_c.sql"});
  CHECK(f.versions() == Names{"20240101120000", "20240102000000", "20240301000000"});
  CHECK(f.set.files[0].display == t.str() + "/20240101120000_a.sql");
  CHECK(f.set.files[0].path == t.root / "20240101120000_a.sql");
  CHECK(f.diags.all().empty());
}

TEST_CASE("display keeps the folder as given") {
  TempDir t;
  t.write("db/migrations/20240101000000_x.sql");
  fs::path old = fs::current_path();
  fs::current_path(t.root);
  Found f("db/migrations");
  fs::current_path(old);
  REQUIRE(f.set.files.size() == 1);
  CHECK(f.set.files[0].display == "db/migrations/20240101000000_x.sql");
}

TEST_CASE("a numbered file among supabase timestamps sorts by value") {
  TempDir t;
  t.write("20240101000000_a.sql");
  t.write("009_reconcile_schema.sql");
  Found f(t.root);
  CHECK(f.set.layout == MigrationLayout::Supabase);
  CHECK(f.rels(t.str()) == Names{"009_reconcile_schema.sql", "20240101000000_a.sql"});
}

TEST_CASE("prisma folders with migration.sql") {
  TempDir t;
  t.write("20240102000000_add_users/migration.sql");
  t.write("20240101000000_init/migration.sql");
  t.write("migration_lock.toml", "provider = \"postgresql\"\n");
  t.write("notes/readme.txt", "x");
  Found f(t.root);
  CHECK(f.set.layout == MigrationLayout::Prisma);
  CHECK(f.rels(t.str()) ==
        Names{"20240101000000_init/migration.sql", "20240102000000_add_users/migration.sql"});
  CHECK(f.versions() == Names{"20240101000000", "20240102000000"});
}

TEST_CASE("flyway versions part-wise, repeatables last, undo ignored") {
  TempDir t;
  for (const char* n : {"V2__z.sql", "V1_10__x.sql", "V1__init.sql", "V1_2__y.sql", "V1.1__dot.sql",
                        "R__views.sql", "R__a_funcs.sql", "U2__undo_z.sql"})
    t.write(n);
  Found f(t.root);
  CHECK(f.set.layout == MigrationLayout::Flyway);
  CHECK(f.rels(t.str()) == Names{"V1__init.sql", "V1.1__dot.sql", "V1_2__y.sql", "V1_10__x.sql",
                                 "V2__z.sql", "R__a_funcs.sql", "R__views.sql"});
  CHECK(f.versions() == Names{"1", "1.1", "1.2", "1.10", "2", "", ""});
}

TEST_CASE("golang-migrate up files by number, down files skipped") {
  TempDir t;
  for (const char* n : {"1_init.up.sql", "1_init.down.sql", "10_x.up.sql", "2_y.up.sql",
                        "2_y.down.sql", "10_x.down.sql"})
    t.write(n);
  Found f(t.root);
  CHECK(f.set.layout == MigrationLayout::GolangMigrate);
  CHECK(f.rels(t.str()) == Names{"1_init.up.sql", "2_y.up.sql", "10_x.up.sql"});
  CHECK(f.versions() == Names{"1", "2", "10"});
}

TEST_CASE("dbmate is told apart by content") {
  TempDir t;
  t.write("20240102000000_b.sql", "-- migrate:up\nselect 2;\n-- migrate:down\n");
  t.write("20240101000000_a.sql",
          "-- migrate:up\ncreate table a (id int);\n\n-- migrate:down\ndrop table a;\n");
  Found f(t.root);
  CHECK(f.set.layout == MigrationLayout::Dbmate);
  CHECK(f.rels(t.str()) == Names{"20240101000000_a.sql", "20240102000000_b.sql"});
  CHECK(f.versions() == Names{"20240101000000", "20240102000000"});
}

TEST_CASE("numbered prefixes by value then name") {
  TempDir t;
  for (const char* n : {"009_reconcile.sql", "10-later.sql", "1_first.sql", "002_second.sql",
                        "1_a.sql", "001_a.sql"})
    t.write(n);
  Found f(t.root);
  CHECK(f.set.layout == MigrationLayout::Numbered);
  CHECK(f.rels(t.str()) == Names{"001_a.sql", "1_a.sql", "1_first.sql", "002_second.sql",
                                 "009_reconcile.sql", "10-later.sql"});
  CHECK(f.versions() == Names{"001", "1", "1", "002", "009", "10"});
}

TEST_CASE("plain folders use natural order and no versions") {
  TempDir t;
  for (const char* n : {"schema.sql", "data10.sql", "data9.sql", "001_init.sql"}) t.write(n);
  t.write("sub/ignored.sql");
  Found f(t.root);
  CHECK(f.set.layout == MigrationLayout::Plain);
  CHECK(f.rels(t.str()) == Names{"001_init.sql", "data9.sql", "data10.sql", "schema.sql"});
  CHECK(f.versions() == Names{"", "", "", ""});
}

TEST_CASE("a folder with SQL only in subfolders is read recursively") {
  TempDir t;
  t.write("b/1.sql");
  t.write("a/10.sql");
  t.write("a/2.sql");
  t.write(".git/x.sql");
  t.write("notes.txt", "x");
  Found f(t.root);
  CHECK(f.set.layout == MigrationLayout::Plain);
  CHECK(f.rels(t.str()) == Names{"a/2.sql", "a/10.sql", "b/1.sql"});
}

TEST_CASE("a folder without SQL files is E005") {
  TempDir t;
  Found empty(t.root);
  CHECK(empty.set.files.empty());
  REQUIRE(empty.diags.all().size() == 1);
  CHECK(empty.diags.all()[0].kind == DiagKind::bad_migration_dir);
  CHECK_FALSE(empty.diags.all()[0].span.valid());

  t.write("notes.txt", "x");
  t.write("sub/readme.md", "x");
  Found none(t.root);
  REQUIRE(none.diags.all().size() == 1);
  CHECK(none.diags.all()[0].kind == DiagKind::bad_migration_dir);
  CHECK(none.diags.all()[0].message.find(t.str()) != std::string::npos);
}

TEST_CASE("a missing folder is E001") {
  TempDir t;
  fs::path missing = t.root / "nope";
  Found f(missing);
  CHECK(f.set.files.empty());
  REQUIRE(f.diags.all().size() == 1);
  CHECK(f.diags.all()[0].kind == DiagKind::io_error);
  CHECK(f.diags.all()[0].message ==
        "cannot read '" + missing.string() + "': No such file or directory");
}

TEST_CASE("text detection: NUL bytes and invalid UTF-8") {
  CHECK(looks_like_text("select 'caf\xC3\xA9', '\xE2\x82\xAC', '\xF0\x9F\x98\x80';"));
  CHECK(looks_like_text(""));
  CHECK_FALSE(looks_like_text("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(looks_like_text("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(looks_like_text("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(looks_like_text("ok \xE2\x82"));       // truncated
  CHECK_FALSE(looks_like_text("\xFF\xFE" "s\0" "e\0"));
  CHECK(first_non_text_byte(std::string_view("select 1;\nabc\0def", 17)) == 13);
  CHECK(first_non_text_byte("0123456789abcdef\xC3(") == 16);
}

TEST_CASE("text detection: a bad byte anywhere in a long text, blocks of 64 bytes and their edges") {
  const std::string ascii(200, 'x');
  for (size_t at = 0; at < ascii.size(); ++at) {
    std::string nul = ascii, high = ascii, utf8 = ascii;
    nul[at] = '\0';
    high[at] = '\xFF';
    utf8.replace(at, 1, "\xC3\xA9");  // é: text, and the bytes after it are still looked at
    CHECK(first_non_text_byte(nul) == at);
    CHECK(first_non_text_byte(high) == at);
    CHECK(first_non_text_byte(utf8) == std::string_view::npos);
    utf8.push_back('\0');  // a NUL after it, at the very end
    CHECK(first_non_text_byte(utf8) == utf8.size() - 1);
  }
}

TEST_CASE("load_input reads a folder in apply order under display names") {
  TempDir t;
  t.write("002_b.sql", "select 2;\n");
  t.write("001_a.sql", "select 1;\n");
  SourceManager sm;
  DiagnosticEngine diags(sm);
  auto ids = load_input(t.str(), sm, diags);
  REQUIRE(ids.has_value());
  REQUIRE(ids->size() == 2);
  CHECK(sm.file((*ids)[0]).name() == t.str() + "/001_a.sql");
  CHECK(sm.file((*ids)[0]).text() == "select 1;\n");
  CHECK(sm.file((*ids)[1]).name() == t.str() + "/002_b.sql");
  CHECK(diags.all().empty());
}

TEST_CASE("load_input reads a single file and rejects missing ones") {
  TempDir t;
  t.write("dump.sql", "SET x = 1;\n");
  SourceManager sm;
  DiagnosticEngine diags(sm);
  std::string file = (t.root / "dump.sql").string();
  auto ids = load_input(file, sm, diags);
  REQUIRE(ids.has_value());
  CHECK(sm.file(ids->at(0)).name() == file);

  std::string missing = (t.root / "missing.sql").string();
  CHECK_FALSE(load_input(missing, sm, diags).has_value());
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].kind == DiagKind::io_error);
  CHECK(diags.all()[0].message == "cannot read '" + missing + "': No such file or directory");
  CHECK_FALSE(load_input((t.root / "empty").string(), sm, diags).has_value());
}

TEST_CASE("load_input rejects binary files at the first bad byte") {
  TempDir t;
  t.write("nul.sql", std::string("select\n1\0;", 10));
  t.write("latin1.sql", "select 'caf\xE9';\n");
  SourceManager sm;
  DiagnosticEngine diags(sm);
  std::string nul = (t.root / "nul.sql").string();
  CHECK_FALSE(load_input(nul, sm, diags).has_value());
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].kind == DiagKind::binary_input);
  CHECK(diags.all()[0].message == "'" + nul + "' is not a SQL text file");
  CHECK(sm.describe(diags.all()[0].span) == nul + ":2:2");

  std::string latin1 = (t.root / "latin1.sql").string();
  CHECK_FALSE(load_input(latin1, sm, diags).has_value());
  REQUIRE(diags.all().size() == 2);
  CHECK(sm.describe(diags.all()[1].span) == latin1 + ":1:12");
}

TEST_CASE("load_input reports every bad file of a folder") {
  TempDir t;
  t.write("001_a.sql", "select 1;\n");
  t.write("002_b.sql", std::string("\0", 1));
  t.write("003_c.sql", "\xFF");
  SourceManager sm;
  DiagnosticEngine diags(sm);
  CHECK_FALSE(load_input(t.str(), sm, diags).has_value());
  CHECK(diags.count(Severity::Error) == 2);
}

TEST_CASE("load_input reads stdin as <stdin>") {
  TempDir t;
  t.write("in.sql", "select 42;\n");
  REQUIRE(std::freopen((t.root / "in.sql").c_str(), "rb", stdin) != nullptr);
  SourceManager sm;
  DiagnosticEngine diags(sm);
  auto ids = load_input("-", sm, diags);
  REQUIRE(ids.has_value());
  REQUIRE(ids->size() == 1);
  CHECK(sm.file(ids->at(0)).name() == "<stdin>");
  CHECK(sm.file(ids->at(0)).text() == "select 42;\n");
  std::freopen("/dev/null", "rb", stdin);
}
