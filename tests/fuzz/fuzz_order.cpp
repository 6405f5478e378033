// libFuzzer target: migration-folder discovery and ordering. Each input line names a file
// (or "dir/file" one level down) created empty in a scratch folder, a line starting with '+'
// gets "-- migrate:up" as content; the folder is then listed and ordered. Checks that every
// listed file exists and is listed once.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "frontend/migrations.h"

namespace fs = std::filesystem;

namespace {

void remove_scratch();

// A folder of this process's own, removed when it exits (registered once the path exists, so
// that the removal runs before the path is destroyed).
const fs::path& scratch() {
  static const fs::path dir = fs::temp_directory_path() / ("pgdrift-fuzz-order-" + std::to_string(getpid()));
  static const bool registered = std::atexit(remove_scratch) == 0;
  (void)registered;
  return dir;
}

void remove_scratch() {
  std::error_code ec;
  fs::remove_all(scratch(), ec);
}

bool usable(const std::string& name) {
  if (name.empty() || name.size() > 200 || name == "." || name == "..") return false;
  for (char c : name) if (c == '\0') return false;
  return true;
}

void create(const std::string& line) {
  bool dbmate = line[0] == '+';
  std::string rel = dbmate ? line.substr(1) : line;
  size_t slash = rel.find('/');
  std::string dir = slash == std::string::npos ? "" : rel.substr(0, slash);
  std::string file = slash == std::string::npos ? rel : rel.substr(slash + 1);
  if (!usable(file) || file.find('/') != std::string::npos || (!dir.empty() && !usable(dir))) return;
  std::error_code ec;
  if (!dir.empty()) fs::create_directory(scratch() / dir, ec);
  std::ofstream(scratch() / rel) << (dbmate ? "-- migrate:up\nselect 1;\n" : "");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pgdrift;
  std::error_code ec;
  fs::remove_all(scratch(), ec);
  fs::create_directories(scratch());
  std::istringstream lines(std::string(reinterpret_cast<const char*>(data), size));
  int n = 0;
  for (std::string line; std::getline(lines, line) && n < 64; ++n) if (!line.empty()) create(line);
  SourceManager sources;
  DiagnosticEngine diags(sources);
  MigrationSet set = discover_migrations(scratch(), diags);
  std::set<fs::path> seen;
  for (const MigrationFile& f : set.files) {
    if (!fs::is_regular_file(f.path) || !seen.insert(f.path).second) std::abort();
  }
  (void)layout_name(set.layout);
  return 0;
}
