// The scripts pgdrift writes go through PostgreSQL's own parsers (libpg_query): every statement
// of the reconciler, its rollback and its verify script, and the PL/pgSQL of every runtime
// function and DO block in them, for every pair under testdata/pairs and the two example projects.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "catalog/replay.h"
#include "diff/change.h"
#include "emit/reconcile.h"
#include "emit/row_defaults.h"
#include "frontend/frontend.h"
#include "frontend/migrations.h"
#include "frontend/sql_check.h"
#include "plan/step.h"

using namespace pgdrift;
namespace fs = std::filesystem;

namespace {
const fs::path kRoot = PGDRIFT_SOURCE_ROOT;

std::string read_text(const fs::path& p) {
  std::ifstream f(p);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

catalog::Catalog build(SourceManager& sm, DiagnosticEngine& diags, const fs::path& p) {
  std::vector<uint32_t> ids;
  if (fs::is_directory(p)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(p))
      if (e.path().extension() == ".sql") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) ids.push_back(sm.add(f.string(), read_text(f)));
  } else if (fs::exists(p)) {
    ids.push_back(sm.add(p.string(), read_text(p)));
  }
  return catalog::replay(parse_files(sm, ids, diags), diags);
}

void check_case(const fs::path& desired, const fs::path& actual) {
  SourceManager sm;
  DiagnosticEngine diags(sm);
  catalog::Catalog d = build(sm, diags, desired), a = build(sm, diags, actual);
  ChangeSet changes = diff_catalogs(a, d, DiffOptions{true, true});
  for (bool drift_only : {false, true}) {
    PlanOptions o;
    o.drift_only = drift_only;
    for (const char* k : {"table", "column", "constraint", "index", "view", "function", "trigger", "policy", "sequence",
                          "type", "schema", "extension", "privilege", "publication"})
      o.drops.kinds.insert(k);
    o.drops.privileges = o.drops.owners = true;
    Plan plan = plan_reconcile(a, d, changes, o);
    ReconcileInputs in;
    in.desired_name = desired.string();
    in.actual_name = actual.string();
    ReconcileScripts s = emit_reconcile(plan, d, in);
    for (const std::string* script : {&s.reconciler, &s.rollback, &s.verify}) {
      std::vector<std::string> errors = sql_script_errors(*script);
      CHECK_MESSAGE(errors.empty(), desired.string() << ": " << (errors.empty() ? "" : errors.front()));
    }
  }
}
}  // namespace

TEST_CASE("the syntax check finds what the server would refuse") {
  CHECK(sql_script_errors("CREATE TEMP TABLE t (step integer, collation text);").size() == 1);
  CHECK(sql_script_errors("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $f$ BEGIN IF x THEN NULL; END $f$;").size() == 1);
  CHECK(sql_script_errors("DO $d$ BEGIN PERFORM 1 END $d$;").size() == 1);
  CHECK(sql_script_errors("DO $d$ BEGIN PERFORM 1; END $d$; SELECT 1;").empty());
}

TEST_CASE("every script the reconciler writes parses") {
  size_t cases = 0;
  for (const auto& e : fs::directory_iterator(kRoot / "testdata/pairs")) {
    if (!e.is_directory()) continue;
    check_case(e.path() / "desired.sql", e.path() / "actual.sql");
    ++cases;
  }
  for (const char* project : {"demo", "supabase_app"}) {
    check_case(kRoot / "testdata" / project / "supabase/migrations", kRoot / "testdata" / project / "prod.sql");
    ++cases;
  }
  CHECK(cases > 40);
}

// The rows leave out what a runtime table gives by default: what that is comes from the table's
// own SQL (src/emit/runtime/*.sql).
TEST_CASE("a runtime table's defaults are read from its CREATE TEMP TABLE") {
  std::string sql =
      "-- a comment: don't (a quote in a comment)\n"
      "CREATE TEMP TABLE pgd_thing (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL,\n"
      "  kind \"char\" NOT NULL DEFAULT 'x',  -- a, b (and a comma)\n"
      "  note text, flags text[] NOT NULL DEFAULT '{}', target integer NOT NULL DEFAULT -1,\n"
      "  on_off boolean NOT NULL DEFAULT false) INHERITS (pg_temp.pgd_obj);\n"
      "CREATE TEMP TABLE pgd_other (PRIMARY KEY (step), z text);\n";
  std::map<std::string, std::string> d = emit_detail::table_defaults(sql, "pgd_thing");
  CHECK(d == std::map<std::string, std::string>{
                 {"kind", "'x'"}, {"note", "NULL"}, {"flags", "'{}'"}, {"target", "-1"}, {"on_off", "false"}});
  CHECK(emit_detail::table_defaults(sql, "pgd_missing").empty());
  // the real runtime: a column's settings default as its table states
  const auto& column = emit_detail::row_defaults("column", "column");
  CHECK(column.at("statistics") == "-1");
  CHECK(column.at("options") == "'{}'");
  CHECK(column.at("comment") == "NULL");
  CHECK(column.count("name") == 0);
  CHECK(column.count("type") == 0);
  CHECK(emit_detail::row_defaults("sequence", "sequence_owner").count("owner") == 0);
  CHECK(emit_detail::row_defaults("trigger", "trigger").at("enabled") == "'O'");
}
