#include "frontend/migrations.h"

#include <algorithm>
#include <fstream>
#include <system_error>

#include "frontend/script.h"

namespace pgdrift {
namespace fs = std::filesystem;

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

size_t digit_run(std::string_view s, size_t from) {
  size_t p = from;
  while (p < s.size() && is_digit(s[p])) ++p;
  return p - from;
}

// Compares two digit strings by value (leading zeros ignored): <0, 0 or >0.
int compare_number(std::string_view a, std::string_view b) {
  a.remove_prefix(std::min(a.find_first_not_of('0'), a.size()));
  b.remove_prefix(std::min(b.find_first_not_of('0'), b.size()));
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b);
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  s = s.substr(s.size() - suffix.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] + 32) : s[i];
    if (c != suffix[i]) return false;
  }
  return true;
}

enum class NameKind { Other, FlywayVersioned, FlywayRepeatable, FlywayUndo, GoUp, GoDown, Prefixed };

struct Item {
  fs::path path;
  std::string rel;   // relative path with '/' separators
  std::string name;  // file name, or the folder name for Prisma
  NameKind kind = NameKind::Other;
  std::string version;
  bool timestamp = false;  // a 14-digit prefix followed by '_'
};

Item make_item(fs::path path, std::string rel, std::string name) {
  Item item;
  item.path = std::move(path);
  item.rel = std::move(rel);
  item.name = std::move(name);
  return item;
}

// "V1_2__x.sql" -> "1.2"; empty when the name is not a Flyway versioned/undo name.
std::string flyway_version(std::string_view name) {
  size_t p = 1, n = digit_run(name, p);
  if (n == 0) return {};
  std::string version(name.substr(p, n));
  p += n;
  while (p + 1 < name.size() && (name[p] == '.' || name[p] == '_') && is_digit(name[p + 1])) {
    n = digit_run(name, p + 1);
    version += '.';
    version.append(name.substr(p + 1, n));
    p += 1 + n;
  }
  return name.substr(p, 2) == "__" ? version : std::string();
}

void classify(Item& item) {
  std::string_view name = item.name;
  if (name.substr(0, 3) == "R__") {
    item.kind = NameKind::FlywayRepeatable;
    return;
  }
  if (name[0] == 'V' || name[0] == 'U') {
    item.version = flyway_version(name);
    if (!item.version.empty()) {
      item.kind = name[0] == 'V' ? NameKind::FlywayVersioned : NameKind::FlywayUndo;
      if (item.kind == NameKind::FlywayUndo) item.version.clear();
      return;
    }
  }
  size_t n = digit_run(name, 0);
  if (n == 0 || n >= name.size() || (name[n] != '_' && name[n] != '-')) return;
  item.version = std::string(name.substr(0, n));
  item.timestamp = n == 14 && name[n] == '_';
  if (name[n] == '_' && ends_with_ci(name, ".up.sql")) item.kind = NameKind::GoUp;
  else if (name[n] == '_' && ends_with_ci(name, ".down.sql")) item.kind = NameKind::GoDown;
  else item.kind = NameKind::Prefixed;
}

bool is_hidden(const fs::path& p) { return p.filename().string().starts_with('.'); }

bool is_sql_file(const fs::directory_entry& e, std::string_view extension = ".sql") {
  std::error_code ec;
  return e.is_regular_file(ec) && !is_hidden(e.path()) &&
         ends_with_ci(e.path().filename().string(), extension);
}

void report_io(DiagnosticEngine& diags, const fs::path& path, const std::error_code& ec) {
  diags.report(DiagKind::io_error, SourceSpan{},
               "cannot read '" + path.string() + "': " + ec.message());
}

struct Listing {
  std::vector<Item> sql;     // top-level SQL files
  std::vector<Item> prisma;  // subfolders holding migration.sql
  bool has_subdirs = false;
  std::vector<fs::path> subdirs;
};

// Lists the top level of `dir`; false after reporting E001.
bool list_top(const fs::path& dir, Listing& out, DiagnosticEngine& diags, std::string_view extension) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return report_io(diags, dir, ec), false;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& e = *it;
    std::string name = e.path().filename().string();
    if (is_sql_file(e, extension)) {
      out.sql.push_back(make_item(e.path(), name, name));
    } else if (e.is_directory(ec) && !is_hidden(e.path())) {
      out.has_subdirs = true;
      out.subdirs.push_back(e.path());
      fs::path m = e.path() / "migration.sql";
      if (fs::is_regular_file(m, ec))
        out.prisma.push_back(make_item(m, name + "/migration.sql", name));
    }
  }
  if (ec) return report_io(diags, dir, ec), false;
  return true;
}

// Every SQL file below `dir`, hidden files and folders left out; false after reporting E001.
bool list_recursive(const fs::path& dir, std::vector<Item>& out, DiagnosticEngine& diags) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec);
  if (ec) return report_io(diags, dir, ec), false;
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& e = *it;
    if (is_hidden(e.path())) {
      if (e.is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!is_sql_file(e)) continue;
    std::string rel = e.path().lexically_relative(dir).generic_string();
    out.push_back(make_item(e.path(), rel, e.path().filename().string()));
  }
  if (ec) return report_io(diags, dir, ec), false;
  return true;
}

// The layout the top-level file names follow, before the dbmate content check.
MigrationLayout layout_of_names(const std::vector<Item>& items) {
  size_t counts[7] = {};
  size_t timestamps = 0, underscored = 0;
  for (const Item& i : items) {
    ++counts[static_cast<int>(i.kind)];
    if (i.timestamp) ++timestamps;
    if (!i.version.empty() && i.name[i.version.size()] == '_') ++underscored;
  }
  auto count = [&](NameKind k) { return counts[static_cast<int>(k)]; };
  size_t total = items.size();
  size_t flyway = count(NameKind::FlywayVersioned) + count(NameKind::FlywayRepeatable);
  if (flyway > 0 && flyway + count(NameKind::FlywayUndo) == total) return MigrationLayout::Flyway;
  size_t up = count(NameKind::GoUp), down = count(NameKind::GoDown);
  if (up > 0 && up + down == total) return MigrationLayout::GolangMigrate;
  if (count(NameKind::Prefixed) + up + down != total) return MigrationLayout::Plain;
  if (timestamps > 0 && underscored == total) return MigrationLayout::Supabase;
  return MigrationLayout::Numbered;
}

// Flyway versions compare part by part numerically; missing parts count as 0.
int compare_flyway(std::string_view a, std::string_view b) {
  while (!a.empty() || !b.empty()) {
    size_t da = std::min(a.find('.'), a.size()), db = std::min(b.find('.'), b.size());
    int c = compare_number(a.substr(0, da), b.substr(0, db));
    if (c != 0) return c;
    a.remove_prefix(std::min(da + 1, a.size()));
    b.remove_prefix(std::min(db + 1, b.size()));
  }
  return 0;
}

bool flyway_less(const Item& a, const Item& b) {
  bool ra = a.kind == NameKind::FlywayRepeatable, rb = b.kind == NameKind::FlywayRepeatable;
  if (ra != rb) return rb;
  if (!ra) {
    int c = compare_flyway(a.version, b.version);
    if (c != 0) return c < 0;
  }
  return a.name < b.name;
}

bool version_less(const Item& a, const Item& b) {
  int c = compare_number(a.version, b.version);
  return c != 0 ? c < 0 : a.rel < b.rel;
}

void order_items(MigrationLayout layout, std::vector<Item>& items) {
  auto drop = [&](NameKind k) {
    std::erase_if(items, [k](const Item& i) { return i.kind == k; });
  };
  switch (layout) {
    case MigrationLayout::Flyway:
      drop(NameKind::FlywayUndo);
      std::sort(items.begin(), items.end(), flyway_less);
      return;
    case MigrationLayout::GolangMigrate:
    case MigrationLayout::Supabase:
    case MigrationLayout::Dbmate:
    case MigrationLayout::Numbered:
      drop(NameKind::GoDown);  // "N_name.down.sql" undoes a migration wherever it appears
      std::sort(items.begin(), items.end(), version_less);
      return;
    case MigrationLayout::Prisma:
      std::sort(items.begin(), items.end(),
                [](const Item& a, const Item& b) { return a.name < b.name; });
      return;
    case MigrationLayout::Plain:
      std::sort(items.begin(), items.end(),
                [](const Item& a, const Item& b) { return natural_less(a.rel, b.rel); });
      return;
  }
}

bool starts_dbmate(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string head(1 << 16, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return has_dbmate_sections(head);
}

// The name a ledger records beside the version (MigrationFile::name).
std::string ledger_name(MigrationLayout layout, const Item& i) {
  std::string_view n = i.name;
  if (layout == MigrationLayout::Prisma || layout == MigrationLayout::Plain || i.version.empty()) return i.name;
  if (i.kind == NameKind::FlywayVersioned) {
    n.remove_prefix(std::min(n.find("__") + 2, n.size()));
  } else {
    n.remove_prefix(std::min(i.version.size() + 1, n.size()));
  }
  if (i.kind == NameKind::GoUp) n.remove_suffix(std::min<size_t>(7, n.size()));  // ".up.sql"
  else if (size_t dot = n.rfind('.'); dot != std::string_view::npos) n = n.substr(0, dot);
  std::string out(n);
  if (i.kind == NameKind::FlywayVersioned) std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}
}  // namespace

const char* layout_name(MigrationLayout layout) {
  switch (layout) {
    case MigrationLayout::Supabase: return "supabase";
    case MigrationLayout::Prisma: return "prisma";
    case MigrationLayout::Flyway: return "flyway";
    case MigrationLayout::GolangMigrate: return "golang-migrate";
    case MigrationLayout::Dbmate: return "dbmate";
    case MigrationLayout::Numbered: return "numbered";
    case MigrationLayout::Plain: return "plain";
  }
  return "plain";
}

// Top-level files decide the layout; SQL files in subfolders (graphile-migrate's committed/,
// current/) would then be left out: said, never silent.
void warn_unread_subdirs(const fs::path& dir, std::vector<fs::path> subdirs, DiagnosticEngine& diags) {
  std::sort(subdirs.begin(), subdirs.end());
  for (const fs::path& sub : subdirs) {
    if (sub.filename() == "archive") continue;  // where pgdrift baseline moves the migrations it replaced
    std::vector<Item> found;
    DiagnosticEngine quiet(diags.sources());
    if (!list_recursive(sub, found, quiet) || found.empty()) continue;
    diags.report(DiagKind::unread_folder, SourceSpan{},
                 "'" + sub.lexically_relative(dir).generic_string() + "' holds " + std::to_string(found.size()) +
                     " SQL file(s) that are not read: the migrations are the top-level files of '" + dir.string() + "'");
  }
}

MigrationSet discover_migrations(const fs::path& dir, DiagnosticEngine& diags, std::string_view extension) {
  MigrationSet set;
  Listing top;
  if (!list_top(dir, top, diags, extension)) return set;
  std::vector<Item> items;
  if (!top.sql.empty()) {
    warn_unread_subdirs(dir, top.subdirs, diags);
    items = std::move(top.sql);
    for (Item& i : items) classify(i);
    set.layout = layout_of_names(items);
  } else if (!top.prisma.empty()) {
    items = std::move(top.prisma);
    for (Item& i : items) i.version = i.name.substr(0, digit_run(i.name, 0));
    set.layout = MigrationLayout::Prisma;
  } else if (top.has_subdirs && !list_recursive(dir, items, diags)) {
    return set;
  }
  if (items.empty()) {
    diags.report(DiagKind::bad_migration_dir, SourceSpan{},
                 "no SQL file in '" + dir.string() + "'");
    return set;
  }
  order_items(set.layout, items);
  if (items.empty()) {  // every file was a down migration (N_name.down.sql), which is never applied
    diags.report(DiagKind::bad_migration_dir, SourceSpan{},
                 "no migration to apply in '" + dir.string() + "': its SQL files are all down migrations");
    return set;
  }
  bool digit_named = set.layout == MigrationLayout::Supabase ||
                     set.layout == MigrationLayout::Numbered;
  if (digit_named && starts_dbmate(items.front().path)) set.layout = MigrationLayout::Dbmate;
  for (Item& i : items) {
    if (set.layout == MigrationLayout::Plain) i.version.clear();
    std::string name = ledger_name(set.layout, i);
    set.files.push_back(MigrationFile{i.path, (dir / i.rel).string(), std::move(i.version), std::move(name)});
  }
  return set;
}

bool natural_less(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      size_t na = digit_run(a, i), nb = digit_run(b, j);
      int c = compare_number(a.substr(i, na), b.substr(j, nb));
      if (c != 0) return c < 0;
      i += na;
      j += nb;
    } else if (a[i] != b[j]) {
      return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    } else {
      ++i;
      ++j;
    }
  }
  if (i < a.size() || j < b.size()) return j < b.size();
  return a < b;  // equal by value ("a01" and "a1"): bytes decide, so the order stays strict
}

}  // namespace pgdrift
