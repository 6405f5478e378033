#include "frontend/local_migrations.h"

#include <fstream>
#include <sstream>

#include "frontend/input.h"
#include "frontend/script.h"

namespace pgdrift {

namespace fs = std::filesystem;

std::vector<std::string> split_statements(const SourceManager& sources, uint32_t file, DiagnosticEngine& diags) {
  std::vector<std::string> out;
  for (const StatementText& st : split_script(sources, file, diags)) out.emplace_back(st.text);
  return out;
}

namespace {
bool has_files_ending(const fs::path& dir, std::string_view suffix) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.size() > suffix.size() && name.ends_with(suffix)) return true;
  }
  return false;
}

std::optional<std::string> read_file(const fs::path& path, DiagnosticEngine& diags) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) {
    diags.report(DiagKind::io_error, SourceSpan{}, "cannot read '" + path.string() + "'");
    return std::nullopt;
  }
  return text.str();
}
}  // namespace

std::optional<LocalMigrations> load_local_migrations(const fs::path& dir, SourceManager& sources, DiagnosticEngine& diags) {
  LocalMigrations out;
  bool rails = !has_files_ending(dir, ".sql") && has_files_ending(dir, ".rb");
  if (rails) out.extension = ".rb";
  MigrationSet set = discover_migrations(dir, diags, out.extension);
  if (diags.has_errors()) return std::nullopt;
  out.layout = set.layout;
  for (const MigrationFile& f : set.files) {
    std::optional<std::string> text = read_file(f.path, diags);
    if (!text) return std::nullopt;
    if (!rails && !looks_like_text(*text)) {
      diags.report(DiagKind::binary_input, SourceSpan{}, "'" + f.display + "' is not SQL text");
      return std::nullopt;
    }
    LocalMigration m{f.version, f.name, f.display, {}, {}, sources.add(f.display, std::move(*text)), false};
    m.text = sources.file(m.file).text();
    if (!rails) m.statements = split_statements(sources, m.file, diags);
    out.files.push_back(std::move(m));
  }
  if (diags.has_errors()) return std::nullopt;
  return out;
}

}  // namespace pgdrift
