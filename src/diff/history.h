// `pgdrift history`: the versions of a migrations folder against the ledger the database keeps.
// Per version: applied, pending (local only), remote only, edited after apply, failed or dirty.
#pragma once
#include <string>
#include <vector>

#include "frontend/ledger.h"
#include "frontend/local_migrations.h"

namespace pgdrift {

enum class HistoryStatus { Applied, Pending, RemoteOnly, Edited, Failed };

const char* history_status_name(HistoryStatus s);  // "applied", "pending", "remote only", ...

struct HistoryEntry {
  std::string version, name;
  HistoryStatus status = HistoryStatus::Applied;
  std::string detail;        // why it is edited, failed or pending again ("checksum differs", ...)
  int local = -1;            // index in the local migrations; -1 for remote only
  std::vector<size_t> rows;  // the ledger entries of this version, in the ledger's order
};

struct HistoryReport {
  LedgerKind kind = LedgerKind::Dbmate;
  std::vector<HistoryEntry> entries;  // in version order
  bool aligned() const;               // every version applied and unchanged
  size_t count(HistoryStatus s) const;
};

// Matches the folder's migrations with the ledger's rows: Prisma by migration name, the others
// by version (Flyway's compared part by part, golang-migrate's as numbers: its ledger holds only
// the current version, so every local version up to it counts as applied).
HistoryReport compare_history(const LocalMigrations& local, const Ledger& ledger);

// The version as the ledger's tool compares it ("1.02.0" -> "1.2" for Flyway, "007" -> "7" for
// golang-migrate, unchanged otherwise).
std::string version_key(LedgerKind kind, std::string_view version);

}  // namespace pgdrift
