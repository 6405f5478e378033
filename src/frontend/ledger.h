// The migration ledger a database keeps (which versions its tool applied), read offline from
// what `pgdrift history --applied` names: a dump holding the ledger's rows (COPY or INSERT),
// a schema file ending with the ledger's INSERTs (dbmate, Rails structure.sql), or a plain
// list of versions. See docs/history.md.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"

namespace pgdrift {

enum class LedgerKind {
  Supabase,       // supabase_migrations.schema_migrations(version, statements, name)
  Prisma,         // _prisma_migrations(id, checksum, finished_at, migration_name, ..., rolled_back_at)
  Flyway,         // flyway_schema_history(installed_rank, version, description, ..., checksum, ..., success)
  GolangMigrate,  // schema_migrations(version bigint, dirty boolean): the current version only
  Dbmate,         // schema_migrations(version): dbmate and Rails
};

const char* ledger_kind_name(LedgerKind kind);
std::optional<LedgerKind> ledger_kind_named(std::string_view name);

enum class LedgerState { Applied, Failed, RolledBack };

// One row of the ledger, in the terms every tool shares.
struct LedgerEntry {
  std::string version;                  // as recorded ("" for Flyway's repeatables and schema rows)
  std::string name;                     // Supabase name, Prisma migration_name, Flyway description
  std::optional<std::string> checksum;  // Prisma: hex SHA-256; Flyway: the signed CRC-32 as text
  std::optional<std::vector<std::string>> statements;  // Supabase: the statements it ran
  std::string script;                   // Flyway: the script's file name
  std::string type;                     // Flyway: SQL, BASELINE, SCHEMA, ...
  LedgerState state = LedgerState::Applied;
  bool dirty = false;                   // golang-migrate: the current version failed half-way
  SourceSpan span;                      // the row (its INSERT or COPY statement)
};

struct Ledger {
  LedgerKind kind = LedgerKind::Dbmate;
  std::string table;                    // the ledger table, qualified as the source names it
  bool from_list = false;               // a plain list of versions
  std::vector<LedgerEntry> entries;     // in the source's order
};

// Reads the ledger from the files. `kind`: the ledger to look for (nullopt: the one the source
// holds; with several, `prefer` decides). A source without any ledger is E006.
std::optional<Ledger> read_ledger(const SourceManager& sources, const std::vector<uint32_t>& files,
                                  std::optional<LedgerKind> kind, std::optional<LedgerKind> prefer,
                                  DiagnosticEngine& diags);

// A PostgreSQL array literal ({a,"b c",NULL}) as its elements; NULL elements become "".
std::vector<std::string> parse_array_literal(std::string_view text);

// The array literal of the elements, each double-quoted.
std::string array_literal(const std::vector<std::string>& items);

// A statement reduced to what it means for comparing: comments dropped, whitespace outside
// literals collapsed to one space, no trailing semicolon.
std::string normalize_statement_text(std::string_view text);

}  // namespace pgdrift
