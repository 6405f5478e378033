#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"
#include "policy/policy.h"

using namespace pgdrift;

namespace {

struct Loaded {
  std::optional<Policy> policy;
  std::vector<std::string> errors;  // first line of each rendered diagnostic
  std::string rendered;             // everything, carets included
};

Loaded load(const std::string& text) {
  SourceManager sm;
  uint32_t id = sm.add("policy.pgdrift", text);
  DiagnosticEngine diags(sm);
  Loaded out;
  out.policy = load_policy(sm, id, diags);
  for (const Diagnostic& d : diags.all()) {
    std::string f = diags.format(d);
    out.rendered += f;
    out.errors.push_back(f.substr(0, f.find('\n')));
  }
  CHECK(out.policy.has_value() == out.errors.empty());
  return out;
}

Policy ok(const std::string& text) {
  Loaded l = load(text);
  REQUIRE_MESSAGE(l.policy.has_value(), l.rendered);
  return *l.policy;
}

// The single error a text produces, as "line:col: message" (file name and code dropped).
std::string error_of(const std::string& text) {
  Loaded l = load(text);
  REQUIRE_MESSAGE(l.errors.size() == 1, l.rendered);
  const std::string& e = l.errors[0];
  std::string prefix = "policy.pgdrift:";
  REQUIRE(e.rfind(prefix, 0) == 0);
  REQUIRE(e.size() > 6);
  REQUIRE(e.substr(e.size() - 6) == "[E010]");
  std::string rest = e.substr(prefix.size(), e.size() - prefix.size() - 7);
  size_t at = rest.find(": error: ");
  REQUIRE(at != std::string::npos);
  return rest.substr(0, at) + ": " + rest.substr(at + 9);
}

}  // namespace

TEST_CASE("policy: empty file, comments and empty statements admit everything") {
  for (const char* text : {"", "   \n\t\n", "# nothing here\n", ";;\n;", "# a\n;  # b\n"}) {
    Policy p = ok(text);
    CHECK(p.include_schemas.empty());
    CHECK(p.exclude_schemas.empty());
    CHECK(p.exclude_tables.empty());
    CHECK(p.admits_schema("public"));
    CHECK(p.admits_table("auth", "users"));
  }
}

TEST_CASE("policy: include and exclude schema") {
  Policy p = ok("include schema public, app;  # ours\nexclude schema app;\n");
  CHECK(p.include_schemas == std::vector<std::string>{"public", "app"});
  CHECK(p.exclude_schemas == std::vector<std::string>{"app"});
  CHECK(p.admits_schema("public"));
  CHECK_FALSE(p.admits_schema("app"));  // exclusion wins
  CHECK_FALSE(p.admits_schema("auth"));  // not included
  CHECK_FALSE(p.admits_table("auth", "users"));
  CHECK(p.admits_table("public", "users"));

  Policy q = ok("exclude schema auth, storage;\nexclude schema auth, pg_temp_*;");
  CHECK(q.exclude_schemas == std::vector<std::string>{"auth", "storage", "pg_temp_*"});
  CHECK(q.admits_schema("public"));
  CHECK(q.admits_schema("app"));
  CHECK_FALSE(q.admits_schema("storage"));
  CHECK_FALSE(q.admits_schema("pg_temp_3"));
}

TEST_CASE("policy: exclude table, qualified and unqualified") {
  Policy p = ok("exclude table public.tmp_*, *.audit_?;\nexclude table backup_*;\n");
  REQUIRE(p.exclude_tables.size() == 3);
  CHECK(p.exclude_tables[0] == NamePattern{"public", "tmp_*", {}});
  CHECK(p.exclude_tables[1] == NamePattern{"*", "audit_?", {}});
  CHECK(p.exclude_tables[2] == NamePattern{"", "backup_*", {}});
  CHECK_FALSE(p.admits_table("public", "tmp_x"));
  CHECK(p.admits_table("app", "tmp_x"));  // qualified: public only
  CHECK_FALSE(p.admits_table("app", "audit_1"));
  CHECK(p.admits_table("app", "audit_12"));
  CHECK_FALSE(p.admits_table("public", "backup_2024"));  // unqualified: every schema
  CHECK_FALSE(p.admits_table("app", "backup_2024"));
  CHECK(p.admits_table("public", "users"));
  CHECK(p.admits_schema("public"));  // table rules never drop a whole schema
}

const Policy::External* find_external(const Policy& p, Policy::External::Kind kind, const std::string& schema,
                                      const std::string& name) {
  for (const Policy::External& e : p.externals)
    if (e.kind == kind && e.schema == schema && e.name == name) return &e;
  return nullptr;
}

TEST_CASE("policy: profile supabase declares the platform's objects external") {
  using Kind = Policy::External::Kind;
  Policy p = ok("profile supabase;\n");
  for (const char* s : {"auth", "storage", "realtime", "_realtime", "supabase_functions",
                        "supabase_migrations", "extensions", "graphql", "graphql_public",
                        "pgbouncer", "pgsodium", "pgsodium_masks", "vault", "net", "cron",
                        "_analytics"})
    CHECK_MESSAGE(find_external(p, Kind::Schema, "", s) != nullptr, s);
  for (const char* r : {"anon", "authenticated", "service_role", "supabase_admin"})
    CHECK_MESSAGE(find_external(p, Kind::Role, "", r) != nullptr, r);
  const Policy::External* users = find_external(p, Kind::Table, "auth", "users");
  REQUIRE(users != nullptr);
  CHECK(users->items[1] == "id uuid not null");
  CHECK(users->items[2] == "aud character varying(255)");
  const Policy::External* objects = find_external(p, Kind::Table, "storage", "objects");
  REQUIRE(objects != nullptr);
  CHECK(std::find(objects->items.begin(), objects->items.end(), "path_tokens text[]") != objects->items.end());
  const Policy::External* uid = find_external(p, Kind::Function, "auth", "uid");
  REQUIRE(uid != nullptr);
  CHECK(uid->items.empty());
  CHECK(uid->returns == "uuid");
  const Policy::External* folder = find_external(p, Kind::Function, "storage", "foldername");
  REQUIRE(folder != nullptr);
  CHECK(folder->items == std::vector<std::string>{"name text"});
  CHECK(folder->returns == "text[]");
  CHECK(p.admits_schema("auth"));  // external, not excluded: policies on storage.objects are compared
  CHECK(p.exclude_schemas.empty());
  CHECK(profile_text("supabase").has_value());
  CHECK_FALSE(profile_text("nope").has_value());

  Policy twice = ok("PROFILE Supabase; profile \"supabase\";");
  CHECK(twice.externals.size() == p.externals.size());  // no duplicates
}

TEST_CASE("policy: profiles of the migration tools exclude their ledgers") {
  CHECK_FALSE(ok("profile prisma;").admits_table("public", "_prisma_migrations"));
  CHECK_FALSE(ok("profile flyway;").admits_table("app", "flyway_schema_history"));
  Policy rails = ok("profile rails;");
  CHECK_FALSE(rails.admits_table("public", "schema_migrations"));
  CHECK_FALSE(rails.admits_table("public", "ar_internal_metadata"));
  CHECK(rails.admits_table("public", "users"));
}

TEST_CASE("policy: external rules") {
  using Kind = Policy::External::Kind;
  Policy p = ok("external schema Platform, \"Other\";\n"
                "external role anon;\n"
                "external table platform.accounts (id uuid not null, amount numeric(10,2), tags text[]);\n"
                "external function platform.current_account(uuid, double precision) returns setof text;\n");
  CHECK(find_external(p, Kind::Schema, "", "platform") != nullptr);
  CHECK(find_external(p, Kind::Schema, "", "Other") != nullptr);
  CHECK(find_external(p, Kind::Role, "", "anon") != nullptr);
  const Policy::External* t = find_external(p, Kind::Table, "platform", "accounts");
  REQUIRE(t != nullptr);
  CHECK(t->items == std::vector<std::string>{"id uuid not null", "amount numeric(10, 2)", "tags text[]"});
  const Policy::External* f = find_external(p, Kind::Function, "platform", "current_account");
  REQUIRE(f != nullptr);
  CHECK(f->items == std::vector<std::string>{"uuid", "double precision"});
  CHECK(f->returns == "setof text");
}

TEST_CASE("policy: external rule errors name their line:col") {
  CHECK(load("external table users (id uuid);").errors ==
        std::vector<std::string>{"policy.pgdrift:1:16: error: an external table or function is written schema.name [E010]"});
  CHECK(load("external table a.b ();").errors ==
        std::vector<std::string>{"policy.pgdrift:1:21: error: unexpected ')', expected a name, '(' or '[' [E010]"});
  CHECK(load("external function a.f() uuid;").errors ==
        std::vector<std::string>{"policy.pgdrift:1:25: error: unexpected 'uuid', expected 'returns' [E010]"});
  CHECK(load("external view a.v;").errors ==
        std::vector<std::string>{"policy.pgdrift:1:10: error: unexpected 'view', expected 'schema', 'table', 'role' or 'function' [E010]"});
  CHECK(load("profile nope;").errors ==
        std::vector<std::string>{"policy.pgdrift:1:9: error: unknown profile 'nope' (known: flyway, prisma, rails, supabase) [E010]"});
}

TEST_CASE("policy: keywords are case-insensitive and unquoted names fold to lower case") {
  Policy p = ok("INCLUDE SCHEMA Public, APP;\nExClUdE TaBlE App.Tmp_*;\n");
  CHECK(p.include_schemas == std::vector<std::string>{"public", "app"});
  CHECK(p.exclude_tables == std::vector<NamePattern>{{"app", "tmp_*", {}}});
  CHECK_FALSE(p.admits_table("app", "tmp_1"));
  CHECK(p.admits_table("app", "Tmp_1"));  // a quoted, mixed-case table is another name
}

TEST_CASE("policy: quoted identifiers keep case and make wildcards literal") {
  Policy p = ok("exclude table \"My Schema\".\"My Table\", public.\"a*b\", \"x\"\"y\";\n"
                "exclude schema \"Ünïcode\", \"back\\slash\";");
  REQUIRE(p.exclude_tables.size() == 3);
  CHECK(p.exclude_tables[0] == NamePattern{"My Schema", "My Table", {}});
  CHECK(p.exclude_tables[1] == NamePattern{"public", "a\\*b", {}});
  CHECK(p.exclude_tables[2] == NamePattern{"", "x\"y", {}});
  CHECK(p.exclude_schemas == std::vector<std::string>{"Ünïcode", "back\\\\slash"});
  CHECK_FALSE(p.admits_table("My Schema", "My Table"));
  CHECK(p.admits_table("my schema", "my table"));
  CHECK_FALSE(p.admits_table("public", "a*b"));
  CHECK(p.admits_table("public", "axb"));
  CHECK_FALSE(p.admits_table("s", "x\"y"));
  CHECK_FALSE(p.admits_schema("back\\slash"));
}

TEST_CASE("policy: keywords are not reserved") {
  Policy p = ok("include schema include, schema;\nexclude table table.profile, exclude;");
  CHECK(p.include_schemas == std::vector<std::string>{"include", "schema"});
  CHECK(p.exclude_tables == std::vector<NamePattern>{{"table", "profile", {}}, {"", "exclude", {}}});
}

TEST_CASE("policy: statements may span lines; a BOM is ignored") {
  Policy p = ok("\xEF\xBB\xBF"
                "exclude\n  schema   # the noisy ones\n  auth,\n  storage\n;");
  CHECK(p.exclude_schemas == std::vector<std::string>{"auth", "storage"});
}

TEST_CASE("policy: glob_match") {
  CHECK(glob_match("", ""));
  CHECK_FALSE(glob_match("", "a"));
  CHECK(glob_match("*", ""));
  CHECK(glob_match("*", "anything"));
  CHECK(glob_match("users", "users"));
  CHECK_FALSE(glob_match("users", "user"));
  CHECK_FALSE(glob_match("user", "users"));
  CHECK(glob_match("tmp_*", "tmp_"));
  CHECK(glob_match("tmp_*", "tmp_2024_01"));
  CHECK_FALSE(glob_match("tmp_*", "xtmp_1"));
  CHECK(glob_match("*_log", "audit_log"));
  CHECK_FALSE(glob_match("*_log", "audit_logs"));
  CHECK(glob_match("a*b*c", "aXXbYYc"));
  CHECK(glob_match("a*b*c", "abbbcbc"));  // needs backtracking
  CHECK_FALSE(glob_match("a*b*c", "abcb"));
  CHECK(glob_match("v?", "v1"));
  CHECK_FALSE(glob_match("v?", "v"));
  CHECK_FALSE(glob_match("v?", "v12"));
  CHECK(glob_match("caf?", "caf\xC3\xA9"));   // ? is one code point, not one byte
  CHECK(glob_match("?x", "\xF0\x9F\x98\x80x"));
  CHECK(glob_match("*\xC3\xA9", "caf\xC3\xA9"));
  CHECK(glob_match("a\\*b", "a*b"));
  CHECK_FALSE(glob_match("a\\*b", "axb"));
  CHECK(glob_match("a\\?", "a?"));
  CHECK_FALSE(glob_match("a\\?", "ab"));
  CHECK(glob_match("a\\\\b", "a\\b"));
  CHECK(glob_match("**", "x"));
  CHECK(glob_match("Tmp", "Tmp"));
  CHECK_FALSE(glob_match("tmp", "Tmp"));  // case-sensitive: names are already folded
}

TEST_CASE("policy: unknown rules are reported at their first token") {
  CHECK(error_of("include schema a;\n\nexclud schema auth;\n") == "3:1: unknown rule 'exclud'");
  CHECK(error_of("  Schema auth;") == "1:3: unknown rule 'Schema'");
  CHECK(error_of("exclude schema a;\n  \"quoted\" x;") == "2:3: unknown rule '\"quoted\"'");
  CHECK(error_of("exclude schema a; . b;") == "1:19: unexpected '.'");
  CHECK(error_of("% exclude schema a;") == "1:1: unexpected character '%'");
  Loaded l = load("include schema a;\n\nexclud schema auth;\n");
  CHECK(l.rendered ==
        "policy.pgdrift:3:1: error: unknown rule 'exclud' [E010]\n"
        "  exclud schema auth;\n"
        "  ^~~~~~\n");
}

TEST_CASE("policy: syntax errors point at the offending token") {
  CHECK(error_of("exclude tabel x;") == "1:9: unexpected 'tabel', expected 'schema' or 'table'");
  CHECK(error_of("include table x;") == "1:9: unexpected 'table', expected 'schema'");
  CHECK(error_of("exclude schema ;") == "1:16: unexpected ';', expected a name or pattern");
  CHECK(error_of("exclude schema a,;") == "1:18: unexpected ';', expected a name or pattern");
  CHECK(error_of("exclude table public.;") == "1:22: unexpected ';', expected a name or pattern");
  CHECK(error_of("exclude schema a b;") == "1:18: unexpected 'b', expected ';'");
  CHECK(error_of("exclude table a.b.c;") == "1:18: unexpected '.', expected ';'");
  CHECK(error_of("profile;") == "1:8: unexpected ';', expected a name");
  CHECK(error_of("exclude schema") == "1:15: unexpected end of file, expected a name or pattern");
  CHECK(error_of("exclude\n\n# end\n") ==
        "1:8: unexpected end of file, expected 'schema' or 'table'");
  CHECK(error_of("exclude table public.tmp%;") == "1:25: unexpected character '%'");
  CHECK(error_of("exclude table \"abc;\n") == "1:15: unterminated quoted identifier");
  CHECK(error_of("exclude table \"a\"\"\n;") == "1:15: unterminated quoted identifier");
  CHECK(error_of("exclude schema \"\";") == "1:16: empty quoted name");
  CHECK(error_of("profile \"\";") == "1:9: empty quoted name");
  CHECK(error_of("profile firebase;") == "1:9: unknown profile 'firebase' (known: flyway, prisma, rails, supabase)");
  CHECK(error_of("profile \"Supabase\";") == "1:9: unknown profile 'Supabase' (known: flyway, prisma, rails, supabase)");
}

TEST_CASE("policy: a missing ';' at the end of a line is reported after the last token") {
  CHECK(error_of("exclude schema a\nexclude schema b;\n") == "1:17: missing ';' after 'a'");
  CHECK(error_of("profile supabase") == "1:17: missing ';' after 'supabase'");
  CHECK(error_of("profile supabase  # done\n") == "1:17: missing ';' after 'supabase'");
  Loaded l = load("exclud schema a");  // both problems are real
  CHECK(l.errors == std::vector<std::string>{
                        "policy.pgdrift:1:1: error: unknown rule 'exclud' [E010]",
                        "policy.pgdrift:1:16: error: missing ';' after 'a' [E010]"});
}

TEST_CASE("policy: one error per statement, all statements checked, in file order") {
  Loaded l = load("profile x;\nexclud a;\nexclude tabel x y z;\ninclude schema ok;\n"
                  "exclude schema a b c, d;\n");
  CHECK(l.errors == std::vector<std::string>{
                        "policy.pgdrift:1:9: error: unknown profile 'x' (known: flyway, prisma, rails, supabase) [E010]",
                        "policy.pgdrift:2:1: error: unknown rule 'exclud' [E010]",
                        "policy.pgdrift:3:9: error: unexpected 'tabel', expected 'schema' or "
                        "'table' [E010]",
                        "policy.pgdrift:5:18: error: unexpected 'b', expected ';' [E010]"});
}

TEST_CASE("policy: columns count bytes, whatever comes before") {
  // "café" is 5 bytes: the '%' is byte 24 of the line, code point 23.
  CHECK(error_of("exclude table caf\xC3\xA9.tmp%;") == "1:24: unexpected character '%'");
  CHECK(error_of("# \xC3\xBCn\xC3\xAF\xF0\x9F\x98\x80 comment\nexclud x;") ==
        "2:1: unknown rule 'exclud'");
  CHECK(error_of("exclude schema \"\xF0\x9F\x98\x80\" b;") == "1:23: unexpected 'b', expected ';'");
  CHECK(error_of("\xEF\xBB\xBF"
                 "exclud;") == "1:4: unknown rule 'exclud'");
  CHECK(error_of("exclude schema a;\nexclude schema \xFF;") == "2:16: invalid utf-8");
  CHECK(error_of("exclude schema \xC3\x28;") == "1:16: invalid utf-8");
}

TEST_CASE("policy: ignore owners, ignore privileges") {
  Policy none = ok("exclude schema auth;");
  CHECK(!none.ignore_owners);
  CHECK(!none.ignore_privileges);
  Policy p = ok("IGNORE Owners;\nignore privileges;");
  CHECK(p.ignore_owners);
  CHECK(p.ignore_privileges);
  CHECK(error_of("ignore;") == "1:7: unexpected ';', expected a name");
}

TEST_CASE("policy: ignore <kind> patterns, right-aligned with the object's schema, table and name") {
  Policy p = ok("ignore function public.pgtap_*;\nignore index *_tmp;\nignore column public.users.legacy_*;\nignore trigger audit_*;");
  REQUIRE(p.ignored.size() == 4);
  CHECK(p.ignores("function", {"public", "pgtap_ok"}));
  CHECK(!p.ignores("function", {"app", "pgtap_ok"}));
  CHECK(!p.ignores("table", {"public", "pgtap_ok"}));
  CHECK(p.ignores("index", {"app", "orders_tmp"}));
  CHECK(p.ignores("column", {"public", "users", "legacy_flag"}));
  CHECK(!p.ignores("column", {"public", "orders", "legacy_flag"}));
  CHECK(p.ignores("trigger", {"public", "users", "audit_insert"}));
  CHECK(!p.ignores("trigger", {"public", "users", "other"}));
}

TEST_CASE("policy: ignore names a kind of the registry") {
  std::vector<std::string> kinds = {"column", "function", "owner", "privilege", "table"};
  SourceManager sm;
  DiagnosticEngine diags(sm);
  CHECK(load_policy(sm, sm.add("p.pgdrift", "ignore table tmp_*;"), diags, kinds).has_value());
  CHECK(!load_policy(sm, sm.add("q.pgdrift", "ignore tabel tmp_*;"), diags, kinds).has_value());
  CHECK(!load_policy(sm, sm.add("r.pgdrift", "ignore privilege x;"), diags, kinds).has_value());
  REQUIRE(diags.all().size() == 2);
  CHECK(diags.format(diags.all()[0]).rfind("q.pgdrift:1:8: error: unknown object kind 'tabel' [E010]", 0) == 0);
  CHECK(diags.format(diags.all()[1]).rfind("r.pgdrift:1:8: error: unknown object kind 'privilege' (use 'ignore privileges;' or 'ignore owners;') [E010]", 0) == 0);
}

TEST_CASE("policy: allow drop takes kinds and object ids, quoted as reports print them") {
  Policy p = ok("allow drop column, public.tmp_import;\nallow drop \"App\".\"Events\".\"Old Col\", column;");
  std::string all;
  for (const std::string& a : p.allow_drop) all += a + "|";
  CHECK(all == "column|public.tmp_import|\"App\".\"Events\".\"Old Col\"|");
  CHECK(error_of("allow drop;") == "1:11: unexpected ';', expected a name");
  CHECK(error_of("allow column;") == "1:7: unexpected 'column', expected 'drop'");
  // the new words stay usable as names
  Policy names = ok("exclude table public.drop, ignore.owners;");
  CHECK(names.exclude_tables.size() == 2);
}

TEST_CASE("policy: rename rules") {
  Policy p = ok("rename table users to accounts;\n"
                "rename column App.accounts.name to \"Full Name\";\n"
                "rename enum value mood.'it''s' to 'blue';\n"
                "rename type app.size to size_class;\n"
                "rename index users_idx to accounts_idx;\n"
                "rename constraint accounts.users_pkey to accounts_pkey;\n");
  REQUIRE(p.renames.size() == 6);
  CHECK(p.renames[0].kind == "table");
  CHECK(p.renames[0].from == std::vector<std::string>{"users"});
  CHECK(p.renames[0].to == "accounts");
  CHECK(p.renames[1].kind == "column");
  CHECK(p.renames[1].from == std::vector<std::string>{"app", "accounts", "name"});
  CHECK(p.renames[1].to == "Full Name");
  CHECK(p.renames[2].kind == "enum value");
  CHECK(p.renames[2].from == std::vector<std::string>{"mood", "it's"});
  CHECK(p.renames[2].to == "blue");
  CHECK(p.renames[3].kind == "type");
  CHECK(p.renames[4].kind == "index");
  CHECK(p.renames[5].kind == "constraint");
  CHECK(p.renames[5].from == std::vector<std::string>{"accounts", "users_pkey"});
  CHECK(p.renames[1].at.offset == 32);  // the rule, for reports
}

TEST_CASE("policy: rename rule errors name their line:col") {
  CHECK(load("rename column name to full_name;").errors ==
        std::vector<std::string>{"policy.pgdrift:1:15: error: a column is named [schema.]table.name [E010]"});
  CHECK(load("rename table a.b.c to d;").errors ==
        std::vector<std::string>{"policy.pgdrift:1:14: error: a table is named [schema.]name [E010]"});
  CHECK(load("rename table users accounts;").errors ==
        std::vector<std::string>{"policy.pgdrift:1:20: error: unexpected 'accounts', expected 'to' [E010]"});
  CHECK(load("rename enum value mood.sad to 'blue';").errors ==
        std::vector<std::string>{"policy.pgdrift:1:28: error: unexpected 'to', expected '.' [E010]"});
  CHECK(load("rename view v to w;").errors.size() == 1);
}

TEST_CASE("policy: ignore comments, ignore privileges on schema") {
  Policy p = ok("ignore comments;\nignore privileges on schema auth, \"Storage\", tmp_*;\n");
  CHECK(p.ignore_comments);
  CHECK_FALSE(p.ignore_privileges);  // only those schemas
  CHECK(p.ignore_privileges_schemas == std::vector<std::string>{"auth", "Storage", "tmp_*"});
  CHECK(load("ignore privileges on auth;").errors ==
        std::vector<std::string>{"policy.pgdrift:1:22: error: unexpected 'auth', expected ';' [E010]"});
  CHECK(load("ignore privileges on schema;").errors ==
        std::vector<std::string>{"policy.pgdrift:1:28: error: unexpected ';', expected a name or pattern [E010]"});
}

TEST_CASE("policy: using rules keep the expression as written") {
  Policy p = ok("using app.orders.amount as (amount::numeric(12, 2) / 100);\n"
                "using users.tags as (string_to_array(tags, ',') || ARRAY['x']);\n");
  REQUIRE(p.usings.size() == 2);
  CHECK(p.usings[0].column == std::vector<std::string>{"app", "orders", "amount"});
  CHECK(p.usings[0].expression == "amount::numeric(12, 2) / 100");
  CHECK(p.usings[1].column == std::vector<std::string>{"users", "tags"});
  CHECK(p.usings[1].expression == "string_to_array(tags, ',') || ARRAY['x']");
  CHECK(load("using amount as (amount::int);").errors ==
        std::vector<std::string>{"policy.pgdrift:1:7: error: a column is named [schema.]table.column [E010]"});
  CHECK(load("using t.c as ( );").errors ==
        std::vector<std::string>{"policy.pgdrift:1:14: error: empty conversion expression [E010]"});
  CHECK(load("using t.c as amount::int;").errors.size() == 1);
  CHECK(load("using t.c as (amount::int;").errors.size() == 1);
}

// Found by the fuzz_policy target (tests/fuzz/regressions/policy/): the second statement's error
// came while the parser was still recovering from the first, so it was not reported, and the
// rule was built from a tree without its object name (a null dereference).
TEST_CASE("policy: a statement broken while the parser recovers from the one before is skipped") {
  CHECK(error_of("rename index a to b runnum value mood.'sad' to 'blue';\nrename ty+pe app x to y;\n") ==
        "1:21: unexpected 'runnum', expected ';'");
  CHECK(error_of("rename index a to b c;\nrename to;\n") == "1:21: unexpected 'c', expected ';'");
}
