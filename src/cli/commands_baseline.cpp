// pgdrift baseline: one schema as one plain, dependency-ordered SQL file, alone or written into
// a migration tool's folder (docs/baseline.md).
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <iostream>

#include "base/checksum.h"
#include "base/sql_ident.h"
#include "cli/cli.h"
#include "emit/baseline.h"
#include "frontend/local_migrations.h"
#include "frontend/script.h"

namespace pgdrift::cli {

namespace fs = std::filesystem;

namespace {
// What the source holds beside its schema. Run after it, in order: statements pgdrift does not
// model (W100: event triggers, operators, ...) and those on objects the schema references but
// never defines (a trigger on auth.users): the database the source ran on had them, so does
// the baseline's. Listed, not run: data (INSERT, cron.schedule, ...; they may need rows in an
// order the baseline does not keep) and the statements other warnings left out.
void extras(const Session& s, const catalog::Catalog& cat, BaselineInputs& in) {
  std::map<uint32_t, std::vector<StatementText>> split;  // a diagnostic may point inside its statement
  DiagnosticEngine quiet{s.sources};
  std::set<std::pair<uint32_t, uint32_t>> seen;  // one statement, several diagnostics
  for (const Diagnostic& d : s.diags.all()) {
    if (!d.span.valid()) continue;
    auto [it, added] = split.try_emplace(d.span.file);
    if (added) it->second = split_script(s.sources, d.span.file, quiet);
    auto st = std::find_if(it->second.begin(), it->second.end(), [&](const StatementText& t) {
      return t.span.offset <= d.span.offset && d.span.offset < t.span.offset + std::max<uint32_t>(t.span.length, 1);
    });
    if (st == it->second.end() || !seen.insert({d.span.file, st->span.offset}).second) continue;
    std::string_view text = st->text;
    std::string line = s.diags.format(d);
    line = line.substr(0, line.find('\n'));
    std::string_view message = d.message;
    bool external = d.kind == DiagKind::unknown_object && message.find(" does not exist") != std::string_view::npos &&
                    cat.externals.value.count(std::string(message.substr(0, message.find(" does not exist"))));
    if (d.kind == DiagKind::unsupported_stmt || external) {
      in.run.push_back(KeptStatement{s.sources.describe(st->span), std::string(text)});
    } else if (d.kind == DiagKind::ignored_stmt) {
      bool data = starts_with_word_ci(text, "insert") || starts_with_word_ci(text, "update") || starts_with_word_ci(text, "delete") ||
                  starts_with_word_ci(text, "merge") || (starts_with_word_ci(text, "select") && text.find("set_config") == std::string_view::npos);
      if (data) in.kept.push_back(KeptStatement{s.sources.describe(st->span), std::string(text)});
    } else if (d.kind == DiagKind::dynamic_sql || d.kind == DiagKind::unknown_object) {
      in.listed.push_back(line);
    }
  }
}

struct Written {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::pair<fs::path, fs::path>> moves;  // from, to
};

// The folder's migrations (those the baseline replaces), or none when the folder is new.
std::vector<MigrationFile> existing(const std::string& dir) {
  SourceManager sm;
  DiagnosticEngine quiet{sm};
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return {};
  return discover_migrations(dir, quiet).files;
}

std::string ledger_literal_list(const std::vector<MigrationFile>& old, bool names) {
  std::string out;
  for (const MigrationFile& m : old) out += (out.empty() ? "" : ", ") + quote_literal(names ? fs::path(m.display).parent_path().filename().string() : m.version);
  return out;
}

// ARRAY['...', ...]::text[]: the statements of a script, as Supabase's ledger records them.
std::string statements_array(const std::string& sql) {
  SourceManager sm;
  DiagnosticEngine quiet{sm};
  std::string items;
  for (const std::string& st : split_statements(sm, sm.add("baseline.sql", sql), quiet))
    items += (items.empty() ? "" : ", ") + quote_literal(st);
  return "ARRAY[" + items + "]::text[]";
}

// The layout's files: the baseline, the archive moves, and the ledger script.
std::optional<Written> layout_files(const Session& s, const std::string& sql) {
  const Options& o = s.opt;
  fs::path dir = o.into;
  std::vector<MigrationFile> old = existing(o.into);
  std::string version = o.baseline_version;
  if (version.empty() && !old.empty()) version = old.back().version;
  Written w;
  if (o.layout == "prisma") {
    fs::path file = dir / "0000_baseline" / "migration.sql";
    w.files.emplace_back(file.string(), sql);
    fs::path archive = o.archive.empty() ? dir.parent_path() / "migrations_archive" : fs::path(o.archive);
    for (const MigrationFile& m : old) w.moves.emplace_back(m.path.parent_path(), archive / m.path.parent_path().filename());
    std::string t = "_prisma_migrations";
    std::string ledger = "-- pgdrift baseline: marks 0000_baseline applied (as prisma migrate resolve --applied 0000_baseline)\n"
                         "BEGIN;\nINSERT INTO " + t + " (id, checksum, migration_name, started_at, finished_at, applied_steps_count) "
                         "SELECT gen_random_uuid()::text, " + quote_literal(sha256_hex(sql)) + ", '0000_baseline', now(), now(), 0 "
                         "WHERE NOT EXISTS (SELECT FROM " + t + " WHERE migration_name = '0000_baseline' AND finished_at IS NOT NULL AND rolled_back_at IS NULL);\n";
    if (!old.empty()) ledger += "DELETE FROM " + t + " WHERE migration_name IN (" + ledger_literal_list(old, true) + ");\n";
    w.files.emplace_back(o.ledger_script.empty() ? (dir.parent_path() / "0000_baseline_applied.sql").string() : o.ledger_script, ledger + "COMMIT;\n");
    return w;
  }
  if (version.empty()) {
    std::cerr << "pgdrift: error: the baseline's version: --version (the folder holds no migration to take it from) [E020]\n";
    return std::nullopt;
  }
  if (o.layout == "flyway") {
    w.files.emplace_back((dir / ("B" + version + "__baseline.sql")).string(), sql);
    return w;
  }
  fs::path file = dir / (version + "_baseline.sql");
  w.files.emplace_back(file.string(), sql);
  fs::path archive = o.archive.empty() ? dir / "archive" : fs::path(o.archive);
  for (const MigrationFile& m : old) w.moves.emplace_back(m.path, archive / m.path.filename());
  if (o.layout == "supabase") {
    std::string t = "supabase_migrations.schema_migrations";
    std::string ledger = "-- pgdrift baseline: records " + version + "_baseline as applied and forgets the versions it replaces\nBEGIN;\n";
    std::string statements = statements_array(sql), v = quote_literal(version);
    ledger += "INSERT INTO " + t + " (version, name, statements) SELECT " + v + ", 'baseline', " + statements +
              " WHERE NOT EXISTS (SELECT FROM " + t + " WHERE version = " + v + ");\n";
    ledger += "UPDATE " + t + " SET (name, statements) = ('baseline', " + statements + ") WHERE version = " + v +
              " AND (name, statements) IS DISTINCT FROM ('baseline', " + statements + ");\n";
    std::vector<MigrationFile> replaced;
    for (const MigrationFile& m : old) if (m.version != version) replaced.push_back(m);
    if (!replaced.empty()) ledger += "DELETE FROM " + t + " WHERE version IN (" + ledger_literal_list(replaced, false) + ");\n";
    w.files.emplace_back(o.ledger_script.empty() ? (dir.parent_path() / "baseline_ledger.sql").string() : o.ledger_script, ledger + "COMMIT;\n");
  }
  return w;
}

// Writes the files, then moves the replaced migrations; undoes the moves on failure.
bool apply(Session& s, const Written& w) {
  std::error_code ec;
  for (const auto& [path, text] : w.files)
    if (fs::path parent = fs::path(path).parent_path(); !parent.empty()) fs::create_directories(parent, ec);
  if (!s.write_files(w.files)) return false;
  std::vector<std::pair<fs::path, fs::path>> done;
  for (const auto& [from, to] : w.moves) {
    fs::create_directories(to.parent_path(), ec);
    fs::rename(from, to, ec);
    if (ec) {
      std::cerr << "pgdrift: error: cannot move '" << from.string() << "' to '" << to.string() << "': " << ec.message() << " [E001]\n";
      for (auto it = done.rbegin(); it != done.rend(); ++it) fs::rename(it->second, it->first, ec);
      return false;
    }
    done.emplace_back(from, to);
  }
  return true;
}
}  // namespace

int run_baseline(Session& s) {
  std::optional<catalog::Catalog> cat = s.build(s.opt.desired);
  BaselineInputs in;
  in.source = s.opt.desired;
  if (cat) extras(s, *cat, in);
  if (s.report_diagnostics() || !cat) return kError;
  catalog::Catalog empty;
  catalog::align_platform(*cat, empty);  // the platform's tables exist already
  Plan plan = plan_reconcile(empty, *cat, diff_catalogs(empty, *cat, DiffOptions{}), PlanOptions{});
  std::string sql = emit_baseline(plan, *cat, in);
  std::vector<std::pair<std::string, std::string>> extra;
  if (!s.opt.sequence_fix.empty()) extra.emplace_back(s.opt.sequence_fix, sequence_fix_sql(*cat));
  if (s.opt.layout.empty()) return s.write_files(extra) && s.emit(sql) ? kOk : kError;
  std::optional<Written> w = layout_files(s, sql);
  if (w) w->files.insert(w->files.end(), extra.begin(), extra.end());
  if (!w || !apply(s, *w)) return kError;
  for (const auto& [path, text] : w->files) std::cout << "wrote " << path << "\n";
  for (const auto& [from, to] : w->moves) std::cout << "moved " << from.string() << " -> " << to.string() << "\n";
  return kOk;
}

// pgdrift adopt: the objects only the actual database has, as a new migration.
int run_adopt(Session& s) {
  std::optional<Session::Pair> both = s.build_both(s.opt.desired, s.opt.actual);
  if (both) s.check_rules(both->actual, both->desired);
  if (s.report_diagnostics() || !both) return kError;
  ChangeSet cs = diff_catalogs(both->actual, both->desired, DiffOptions{});
  std::set<std::string> ids;
  for (const Change& c : cs.changes)
    if (c.change == ChangeKind::Extra) ids.insert(c.id);
  catalog::Catalog empty;
  catalog::align_platform(both->actual, empty);
  Plan plan = plan_reconcile(empty, both->actual, diff_catalogs(empty, both->actual, DiffOptions{}), PlanOptions{});
  return s.emit(emit_adopt(plan, both->actual, both->desired, ids, s.opt.desired, s.opt.actual)) ? kOk : kError;
}

}  // namespace pgdrift::cli
