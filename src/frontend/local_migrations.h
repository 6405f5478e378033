// The migrations of a folder as `pgdrift history` compares them with a ledger: version, name,
// text and statements of each file, in the order its tool applies them.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"
#include "frontend/migrations.h"

namespace pgdrift {

struct LocalMigration {
  std::string version, name;   // as MigrationFile has them
  std::string display;         // the file, for reports
  std::string_view text;       // its bytes (owned by the SourceManager, or by `owned`)
  std::vector<std::string> statements;  // as the splitter cuts them, without ';'
  uint32_t file = UINT32_MAX;  // SourceManager id; UINT32_MAX for a placeholder not written yet
  bool placeholder = false;    // written by this run (history --write-placeholders)
};

struct LocalMigrations {
  MigrationLayout layout = MigrationLayout::Plain;
  std::string extension = ".sql";  // ".rb" for a Rails db/migrate folder
  std::vector<LocalMigration> files;
};

// Reads the folder's migrations (SQL files; a folder of Ruby files is read as Rails' db/migrate,
// names and versions only). nullopt after E001/E005.
std::optional<LocalMigrations> load_local_migrations(const std::filesystem::path& dir, SourceManager& sources,
                                                     DiagnosticEngine& diags);

// The statement texts of a script, as the splitter cuts them.
std::vector<std::string> split_statements(const SourceManager& sources, uint32_t file, DiagnosticEngine& diags);

}  // namespace pgdrift
