// Migration folders: which tool's layout they follow and in which order files apply.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace pgdrift {

enum class MigrationLayout {
  Supabase,       // 20240101120000_name.sql
  Prisma,         // 20240101120000_name/migration.sql
  Flyway,         // V1_2__name.sql, then R__name.sql repeatables sorted by name
  GolangMigrate,  // 1_name.up.sql (.down.sql skipped)
  Dbmate,         // 20240101120000_name.sql with "-- migrate:up" sections
  Numbered,       // 009_name.sql, 10-name.sql
  Plain,          // anything else: natural sort of relative paths
};

const char* layout_name(MigrationLayout layout);

struct MigrationFile {
  std::filesystem::path path;  // full path
  std::string display;         // path as given on the command line joined with the relative path
  std::string version;         // "20240101120000", "1.2", "009", "" for repeatables/plain
  std::string name;            // what the tool's ledger records beside the version: the part after
                               // it ("init"), Flyway's description ("add users"), Prisma's folder name
};

struct MigrationSet {
  MigrationLayout layout = MigrationLayout::Plain;
  std::vector<MigrationFile> files;  // in apply order
};

// Lists the migrations under `dir` in the order their tool applies them. Reports E005 when
// the folder holds no SQL file, E001 when it cannot be read.
// `extension`: the migrations' file suffix (".rb" lists a Rails db/migrate folder for `history`).
MigrationSet discover_migrations(const std::filesystem::path& dir, DiagnosticEngine& diags,
                                 std::string_view extension = ".sql");

// "a2" < "a10": digit runs compare by value, the rest byte-wise.
bool natural_less(std::string_view a, std::string_view b);

}  // namespace pgdrift
