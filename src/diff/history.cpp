#include "diff/history.h"

#include <algorithm>
#include <map>

#include "base/checksum.h"

namespace pgdrift {

const char* history_status_name(HistoryStatus s) {
  switch (s) {
    case HistoryStatus::Applied: return "applied";
    case HistoryStatus::Pending: return "pending";
    case HistoryStatus::RemoteOnly: return "remote only";
    case HistoryStatus::Edited: return "edited";
    case HistoryStatus::Failed: return "failed";
  }
  return "applied";
}

bool HistoryReport::aligned() const {
  return std::all_of(entries.begin(), entries.end(), [](const HistoryEntry& e) { return e.status == HistoryStatus::Applied; });
}

size_t HistoryReport::count(HistoryStatus s) const {
  return static_cast<size_t>(std::count_if(entries.begin(), entries.end(), [s](const HistoryEntry& e) { return e.status == s; }));
}

namespace {
std::string strip_zeros(std::string_view part) {
  size_t nz = part.find_first_not_of('0');
  return nz == std::string_view::npos ? "0" : std::string(part.substr(nz));
}

bool numeric_less(const std::string& a, const std::string& b) {
  return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// Flyway keys compare part by part as numbers.
bool key_less(LedgerKind kind, const std::string& a, const std::string& b) {
  auto digits = [](const std::string& v) { return !v.empty() && v.find_first_not_of("0123456789") == std::string::npos; };
  if (kind == LedgerKind::GolangMigrate || (digits(a) && digits(b))) return numeric_less(strip_zeros(a), strip_zeros(b));
  if (kind != LedgerKind::Flyway) return a < b;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    size_t ei = std::min(a.find('.', i), a.size()), ej = std::min(b.find('.', j), b.size());
    std::string pa = i < a.size() ? a.substr(i, ei - i) : "0", pb = j < b.size() ? b.substr(j, ej - j) : "0";
    if (pa != pb) return numeric_less(pa, pb);
    i = ei + 1, j = ej + 1;
  }
  return false;
}

std::vector<std::string> normalized(const std::vector<std::string>& statements) {
  std::vector<std::string> out;
  for (const std::string& s : statements)
    if (std::string n = normalize_statement_text(s); !n.empty()) out.push_back(std::move(n));
  return out;
}

// Prisma accepts the file's SHA-256 with its line endings as they are, as LF or as CRLF.
bool prisma_checksum_matches(std::string_view text, const std::string& recorded) {
  if (sha256_hex(text) == recorded) return true;
  std::string lf, crlf;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    lf += text[i];
  }
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return sha256_hex(lf) == recorded || sha256_hex(crlf) == recorded;
}

// What differs between an applied row and the file as it is now ("" when nothing does).
std::string edited(LedgerKind kind, const LocalMigration& m, const LedgerEntry& row) {
  switch (kind) {
    case LedgerKind::Supabase:
      if (row.statements && normalized(*row.statements) != normalized(m.statements)) return "statements differ";
      if (!row.name.empty() && row.name != m.name) return "name '" + row.name + "' recorded";
      return "";
    case LedgerKind::Prisma:
      return row.checksum && !prisma_checksum_matches(m.text, *row.checksum) ? "checksum differs" : "";
    case LedgerKind::Flyway:
      if (row.checksum && *row.checksum != std::to_string(flyway_checksum(m.text))) return "checksum differs";
      if (row.name != m.name) return "description '" + row.name + "' recorded";
      return "";
    default: return "";
  }
}

// The entry of a local migration from its ledger rows.
HistoryEntry local_entry(LedgerKind kind, const LocalMigrations& local, int index, std::vector<size_t> rows,
                         const Ledger& ledger) {
  const LocalMigration& m = local.files[static_cast<size_t>(index)];
  HistoryEntry e{m.version, m.name, HistoryStatus::Pending, "", index, std::move(rows)};
  const LedgerEntry* applied = nullptr;
  const LedgerEntry* failed = nullptr;
  for (size_t r : e.rows) {
    const LedgerEntry& row = ledger.entries[r];
    if (row.state == LedgerState::Applied) applied = &row, failed = nullptr;
    else if (row.state == LedgerState::Failed && (kind == LedgerKind::Flyway || !applied)) failed = &row, applied = nullptr;
  }
  if (failed) {
    e.status = HistoryStatus::Failed;
    e.detail = failed->dirty ? "dirty" : "failed";
  } else if (applied) {
    e.detail = ledger.from_list ? "" : edited(kind, m, *applied);
    e.status = e.detail.empty() ? HistoryStatus::Applied : HistoryStatus::Edited;
  } else if (!e.rows.empty()) {
    e.detail = "rolled back";
  }
  return e;
}

// golang-migrate records only the version it is at: every local version up to it is applied.
HistoryReport golang_history(const LocalMigrations& local, const Ledger& ledger) {
  HistoryReport out{LedgerKind::GolangMigrate, {}};
  const LedgerEntry* at = ledger.entries.empty() ? nullptr : &ledger.entries.back();
  std::string current = at ? version_key(out.kind, at->version) : "";
  bool found = false;
  for (size_t i = 0; i < local.files.size(); ++i) {
    const LocalMigration& m = local.files[i];
    std::string key = version_key(out.kind, m.version);
    HistoryEntry e{m.version, m.name, HistoryStatus::Pending, "", static_cast<int>(i), {}};
    if (at && !numeric_less(current, key)) {
      e.status = HistoryStatus::Applied;
      if (key == current) {
        found = true;
        e.rows = {ledger.entries.size() - 1};
        if (at->dirty) e.status = HistoryStatus::Failed, e.detail = "dirty";
      }
    }
    out.entries.push_back(std::move(e));
  }
  if (at && !found) {
    HistoryEntry e{at->version, "", HistoryStatus::RemoteOnly, at->dirty ? "dirty" : "", -1, {ledger.entries.size() - 1}};
    auto pos = std::find_if(out.entries.begin(), out.entries.end(), [&](const HistoryEntry& x) {
      return numeric_less(current, version_key(out.kind, x.version));
    });
    out.entries.insert(pos, std::move(e));
  }
  return out;
}

// Flyway's BASELINE row: versions up to it count as applied without rows of their own.
std::string flyway_baseline(const Ledger& ledger) {
  std::string baseline;
  for (const LedgerEntry& r : ledger.entries)
    if (r.type == "BASELINE" && !r.version.empty()) baseline = version_key(LedgerKind::Flyway, r.version);
  return baseline;
}
}  // namespace

std::string version_key(LedgerKind kind, std::string_view version) {
  if (kind == LedgerKind::GolangMigrate) return strip_zeros(version);
  if (kind != LedgerKind::Flyway) return std::string(version);
  std::vector<std::string> parts;
  for (size_t i = 0; i <= version.size();) {
    size_t end = std::min(version.find_first_of("._", i), version.size());
    parts.push_back(strip_zeros(version.substr(i, end - i)));
    i = end + 1;
  }
  while (parts.size() > 1 && parts.back() == "0") parts.pop_back();
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ".") + p;
  return out;
}

HistoryReport compare_history(const LocalMigrations& local, const Ledger& ledger) {
  LedgerKind kind = ledger.kind;
  if (kind == LedgerKind::GolangMigrate) return golang_history(local, ledger);
  // Prisma's rows name the migration folder; the other ledgers key on the version.
  auto key_of_local = [&](const LocalMigration& m) {
    return kind == LedgerKind::Prisma && !ledger.from_list ? m.name : version_key(kind, m.version);
  };
  auto key_of_row = [&](const LedgerEntry& r) {
    return kind == LedgerKind::Prisma && !ledger.from_list ? r.name : version_key(kind, r.version);
  };
  std::map<std::string, std::vector<size_t>> rows;
  std::vector<std::string> row_order;
  for (size_t i = 0; i < ledger.entries.size(); ++i) {
    const LedgerEntry& r = ledger.entries[i];
    if (r.version.empty() || r.type == "BASELINE" || r.type == "SCHEMA") continue;  // repeatables, markers
    auto [it, added] = rows.try_emplace(key_of_row(r));
    if (added) row_order.push_back(it->first);
    it->second.push_back(i);
  }
  std::string baseline = kind == LedgerKind::Flyway ? flyway_baseline(ledger) : "";
  HistoryReport out{kind, {}};
  for (size_t i = 0; i < local.files.size(); ++i) {
    const LocalMigration& m = local.files[i];
    if (m.version.empty()) continue;  // Flyway's repeatables are not versions
    std::string key = key_of_local(m);
    auto it = rows.find(key);
    HistoryEntry e = local_entry(kind, local, static_cast<int>(i), it == rows.end() ? std::vector<size_t>{} : it->second, ledger);
    if (it == rows.end() && !baseline.empty() && !key_less(kind, baseline, key)) e.status = HistoryStatus::Applied, e.detail = "baseline";
    if (it != rows.end()) rows.erase(it);
    out.entries.push_back(std::move(e));
  }
  for (const std::string& key : row_order) {
    auto it = rows.find(key);
    if (it == rows.end()) continue;
    const LedgerEntry& r = ledger.entries[it->second.back()];
    std::string detail = r.state == LedgerState::Failed ? "failed" : r.state == LedgerState::RolledBack ? "rolled back" : "";
    out.entries.push_back(HistoryEntry{r.version, r.name, HistoryStatus::RemoteOnly, detail, -1, it->second});
  }
  auto sort_key = [&](const HistoryEntry& e) {
    return kind == LedgerKind::Prisma && !e.name.empty() ? e.name : version_key(kind, e.version);
  };
  std::stable_sort(out.entries.begin(), out.entries.end(), [&](const HistoryEntry& a, const HistoryEntry& b) {
    return key_less(kind, sort_key(a), sort_key(b));
  });
  return out;
}

}  // namespace pgdrift
