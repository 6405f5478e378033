// pgdrift history: the folder's migrations against the ledger the database keeps.
#include <filesystem>
#include <iostream>

#include "cli/cli.h"
#include "emit/history.h"
#include "frontend/input.h"

namespace pgdrift::cli {

namespace fs = std::filesystem;

namespace {
std::optional<LedgerKind> layout_ledger(const LocalMigrations& local) {
  if (local.extension == ".rb") return LedgerKind::Dbmate;
  switch (local.layout) {
    case MigrationLayout::Supabase: return LedgerKind::Supabase;
    case MigrationLayout::Prisma: return LedgerKind::Prisma;
    case MigrationLayout::Flyway: return LedgerKind::Flyway;
    case MigrationLayout::GolangMigrate: return LedgerKind::GolangMigrate;
    case MigrationLayout::Dbmate: return LedgerKind::Dbmate;
    default: return std::nullopt;
  }
}

// The folder as it will be once the placeholders are written: what the repair script records.
LocalMigrations with_placeholders(Session& s, const LocalMigrations& local,
                                  const std::vector<std::pair<std::string, std::string>>& placeholders,
                                  const std::vector<HistoryEntry>& remote_only) {
  LocalMigrations out = local;
  for (size_t i = 0; i < placeholders.size(); ++i) {
    const auto& [rel, text] = placeholders[i];
    std::string display = (fs::path(s.opt.desired) / rel).string();
    uint32_t id = s.sources.add(display, text);
    LocalMigration m{remote_only[i].version, remote_only[i].name, display, s.sources.file(id).text(), {}, id, true};
    DiagnosticEngine quiet{s.sources};
    if (local.extension != ".rb") m.statements = split_statements(s.sources, id, quiet);
    out.files.push_back(std::move(m));
  }
  return out;
}

// The verification queries: the folder replayed, its objects defined in pending migrations.
std::optional<std::string> verify_queries(Session& s, const HistoryReport& report, const LocalMigrations& local) {
  if (local.extension == ".rb")
    return std::string("-- pgdrift history: the migrations are Ruby (Rails); pgdrift reads SQL only, so there are no\n"
                       "-- verification queries. Check the pending migrations' objects with db/structure.sql instead.\n");
  std::set<std::string> pending;
  for (const HistoryEntry& e : report.entries)
    if (e.local >= 0 && (e.status == HistoryStatus::Pending || e.status == HistoryStatus::Failed))
      pending.insert(local.files[static_cast<size_t>(e.local)].display);
  std::vector<uint32_t> ids;
  std::optional<catalog::Catalog> desired = s.build(s.opt.desired, &ids);
  if (s.report_diagnostics() || !desired) return std::nullopt;
  std::set<uint32_t> files;
  for (uint32_t id : ids)
    if (pending.count(s.sources.file(id).name())) files.insert(id);
  return history_verify(*desired, files, s.sources);
}

bool refuse_existing(const std::vector<std::pair<std::string, std::string>>& files) {
  for (const auto& [path, text] : files) {
    std::error_code ec;
    if (fs::exists(path, ec)) {
      std::cerr << "pgdrift: error: '" << path << "' exists; no placeholder written [E001]\n";
      return true;
    }
  }
  return false;
}
}  // namespace

int run_history(Session& s) {
  std::optional<LocalMigrations> local = load_local_migrations(s.opt.desired, s.sources, s.diags);
  std::optional<std::vector<uint32_t>> ids;
  if (local) ids = load_input(s.opt.applied, s.sources, s.diags);
  std::optional<Ledger> ledger;
  if (ids) {
    std::optional<LedgerKind> kind = s.opt.ledger.empty() ? std::nullopt : ledger_kind_named(s.opt.ledger);
    ledger = read_ledger(s.sources, *ids, kind, layout_ledger(*local), s.diags);
  }
  if (s.report_diagnostics() || !ledger) return kError;
  HistoryReport report = compare_history(*local, *ledger);
  HistoryContext ctx{report, *local, *ledger, s.sources, s.opt.desired, s.opt.applied};

  std::vector<std::pair<std::string, std::string>> files, placeholders;
  LocalMigrations after = *local;
  if (s.opt.write_placeholders) {
    placeholders = history_placeholders(ctx);
    std::vector<HistoryEntry> remote_only;
    for (const HistoryEntry& e : report.entries)
      if (e.status == HistoryStatus::RemoteOnly && !e.rows.empty()) remote_only.push_back(e);
    after = with_placeholders(s, *local, placeholders, remote_only);
    for (const auto& [rel, text] : placeholders) files.emplace_back((fs::path(s.opt.desired) / rel).string(), text);
    if (refuse_existing(files)) return kError;
  }
  HistoryReport repaired = compare_history(after, *ledger);
  if (!s.opt.repair.empty())
    files.emplace_back(s.opt.repair, history_repair(HistoryContext{repaired, after, *ledger, s.sources, s.opt.desired, s.opt.applied},
                                                    RepairOptions{s.opt.mark_applied, s.opt.revert_remote_only}));
  if (!s.opt.verify.empty()) {
    std::optional<std::string> verify = verify_queries(s, report, *local);
    if (!verify) return kError;
    files.emplace_back(s.opt.verify, *verify);
  }
  std::vector<fs::path> made;
  for (const auto& [path, text] : files) {
    fs::path parent = fs::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty() && !fs::exists(parent, ec) && fs::create_directories(parent, ec)) made.push_back(parent);
  }
  if (!s.write_files(files)) {
    std::error_code ec;
    for (const fs::path& p : made) fs::remove(p, ec);
    return kError;
  }
  std::string text = s.opt.format == "json" ? history_json(ctx) : s.opt.format == "markdown" ? history_markdown(ctx) : history_text(ctx);
  if (!s.emit(text)) return kError;
  return report.aligned() ? kOk : kDrift;
}

}  // namespace pgdrift::cli
