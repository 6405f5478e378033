#include "frontend/script_lex.h"

#include <algorithm>

namespace pgdrift::script_lex {

bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + 32) : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

bool is_copy_from_stdin(std::string_view stmt) {
  bool first = true, after_from = false;
  for (size_t i = 0; i < stmt.size();) {
    char c = stmt[i];
    if (is_ident_start(c)) {
      size_t j = i + 1;
      while (j < stmt.size() && is_ident_char(stmt[j])) ++j;
      std::string_view word = stmt.substr(i, j - i);
      if (first && !ascii_iequals(word, "copy")) return false;
      if (after_from && ascii_iequals(word, "stdin")) return true;
      after_from = ascii_iequals(word, "from");
      first = false;
      i = j;
    } else if (c == '-' && i + 1 < stmt.size() && stmt[i + 1] == '-') {
      i = std::min(stmt.find('\n', i), stmt.size());
    } else if (c == '/' && i + 1 < stmt.size() && stmt[i + 1] == '*') {
      size_t close = stmt.find("*/", i + 2);
      if (close == npos) return false;
      i = close + 2;
    } else if (c == '\'' || c == '"') {
      size_t close = stmt.find(c, i + 1);
      if (close == npos) return false;
      after_from = false;
      i = close + 1;
    } else {
      if (!is_space(c) && c != '\\') after_from = false;
      ++i;
    }
  }
  return false;
}

size_t find_dbmate_marker(std::string_view text, std::string_view marker, size_t from) {
  for (size_t at = text.find(marker, from); at != npos; at = text.find(marker, at + 1)) {
    size_t after = at + marker.size();
    if (after < text.size() && !is_space(text[after])) continue;
    size_t p = at;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    if (p < 2 || text[p - 1] != '-' || text[p - 2] != '-') continue;
    p -= 2;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    if (p == 0 || text[p - 1] == '\n' || (p == 3 && text.substr(0, 3) == "\xEF\xBB\xBF"))
      return p;
  }
  return npos;
}

Meta classify_meta(std::string_view name) {
  static constexpr std::string_view kHarmless[] = {
      "restrict", "unrestrict", "connect", "c",   "set", "unset", "echo",    "qecho",
      "warn",     "encoding",   "pset",    "if",  "elif", "else", "endif",   "timing",
      "x",        "t",          "a",       "f",   "H",   "T",     "C",       "o",
      "out",      "cd",         "setenv",  "getenv", "conninfo", "prompt", "r", "reset"};
  for (std::string_view h : kHarmless)
    if (name == h) return Meta::Harmless;
  if (name == "i" || name == "ir" || name == "include" || name == "include_relative")
    return Meta::Include;
  if (name == "q" || name == "quit") return Meta::Quit;
  if (name == "copy") return Meta::CopyData;
  return Meta::Unknown;
}

}  // namespace pgdrift::script_lex
