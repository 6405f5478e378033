// What `pgdrift history` writes: the report (text, Markdown, JSON), the ledger's repair script,
// placeholder files for remote-only versions, and the verification queries of the objects the
// pending migrations create. docs/history.md.
#pragma once
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/source.h"
#include "catalog/catalog.h"
#include "diff/history.h"

namespace pgdrift {

struct HistoryContext {
  const HistoryReport& report;
  const LocalMigrations& local;
  const Ledger& ledger;
  const SourceManager& sources;
  std::string folder, source;  // as given on the command line
};

std::string history_text(const HistoryContext& c);
std::string history_markdown(const HistoryContext& c);
std::string history_json(const HistoryContext& c);

struct RepairOptions {
  bool mark_applied = false;        // record pending and failed migrations as applied
  bool revert_remote_only = false;  // delete the rows of versions the folder does not have
};

// The ledger's table as the repair script names it (the source's name, or the tool's default).
std::string ledger_table(const Ledger& ledger);

// One transaction that makes the ledger record the folder; idempotent (each statement matches
// on version and name and changes only rows that differ: a second run changes nothing).
std::string history_repair(const HistoryContext& c, const RepairOptions& o);

// A placeholder file per remote-only version: (path relative to the folder, contents).
std::vector<std::pair<std::string, std::string>> history_placeholders(const HistoryContext& c);

// Read-only queries: each object of `desired` whose definition lies in one of `files` (the
// pending migrations) exists; the script fails (ON_ERROR_STOP) naming the missing ones.
std::string history_verify(const catalog::Catalog& desired, const std::set<uint32_t>& files, const SourceManager& sources);

}  // namespace pgdrift
