#include "emit/row_defaults.h"

#include <mutex>
#include <vector>

#include "emit/runtime_sql.h"

namespace pgdrift::emit_detail {

namespace {
std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\n"), e = s.find_last_not_of(" \t\n");
  return b == std::string_view::npos ? "" : std::string(s.substr(b, e - b + 1));
}

// The text between "(" at `open` and its closing ")", comments removed; the items at depth 0.
std::vector<std::string> items(std::string_view sql, size_t open) {
  std::vector<std::string> out;
  std::string item;
  int depth = 0;
  bool quoted = false;
  for (size_t i = open + 1; i < sql.size(); ++i) {
    char c = sql[i];
    if (!quoted && c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      i = sql.find('\n', i);
      if (i == std::string_view::npos) break;
      item += ' ';
      continue;
    }
    if (c == '\'') quoted = !quoted;
    if (!quoted && c == '(') ++depth;
    if (!quoted && c == ')' && depth-- == 0) break;
    if (!quoted && c == ',' && depth == 0) {
      out.push_back(trim(item));
      item.clear();
      continue;
    }
    item += c;
  }
  out.push_back(trim(item));
  return out;
}
}  // namespace

std::map<std::string, std::string> table_defaults(std::string_view sql, const std::string& table) {
  std::map<std::string, std::string> out;
  size_t at = sql.find("CREATE TEMP TABLE " + table + " (");
  if (at == std::string_view::npos) return out;
  for (const std::string& item : items(sql, sql.find('(', at))) {
    if (item.empty() || item.rfind("PRIMARY KEY", 0) == 0) continue;
    std::string name = item.substr(0, item.find(' '));
    size_t def = item.find(" DEFAULT ");
    if (def != std::string::npos) out[name] = trim(std::string_view(item).substr(def + 9));
    else if (item.find("NOT NULL") == std::string::npos) out[name] = "NULL";
  }
  return out;
}

const std::map<std::string, std::string>& row_defaults(const std::string& file, const std::string& part) {
  static std::mutex mutex;
  static std::map<std::string, std::map<std::string, std::string>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(part);
  if (it == cache.end()) {
    const char* sql = runtime_sql(file);
    it = cache.emplace(part, sql ? table_defaults(sql, "pgd_" + part) : std::map<std::string, std::string>{}).first;
  }
  return it->second;
}

}  // namespace pgdrift::emit_detail
