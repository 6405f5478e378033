// The texts a ledger holds: PostgreSQL array literals (Supabase's statements) and statements
// compared without their comments and spacing.
#include <algorithm>
#include <cctype>

#include "frontend/ledger.h"

namespace pgdrift {

std::vector<std::string> parse_array_literal(std::string_view text) {
  std::vector<std::string> out;
  size_t i = text.find('{');
  if (i == std::string_view::npos) return out;
  ++i;
  while (i < text.size() && text[i] != '}') {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
    if (i >= text.size() || text[i] == '}') break;
    std::string item;
    if (text[i] == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        item += text[i];
      }
      ++i;
    } else {
      size_t end = text.find_first_of(",}", i);
      if (end == std::string_view::npos) end = text.size();
      item = std::string(text.substr(i, end - i));
      if (item == "NULL") item.clear();
      i = end;
    }
    out.push_back(std::move(item));
  }
  return out;
}

std::string array_literal(const std::vector<std::string>& items) {
  std::string out = "{";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += '"';
    for (char c : items[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

namespace {
// The end of the quoted run starting at `i` ('...', E'...', "...", $tag$...$tag$), or i when
// none starts there.
size_t quoted_end(std::string_view t, size_t i) {
  char c = t[i];
  if (c == '\'' || c == '"') {
    bool backslash = c == '\'' && i > 0 && (t[i - 1] == 'E' || t[i - 1] == 'e');
    for (size_t j = i + 1; j < t.size(); ++j) {
      if (backslash && t[j] == '\\') ++j;
      else if (t[j] == c && (j + 1 >= t.size() || t[j + 1] != c)) return j + 1;
      else if (t[j] == c) ++j;
    }
    return t.size();
  }
  if (c == '$') {
    size_t close = t.find('$', i + 1);
    if (close == std::string_view::npos) return i;
    std::string_view tag = t.substr(i, close - i + 1);
    for (char ch : tag.substr(1, tag.size() - 2))
      if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '_') return i;
    size_t end = t.find(tag, close + 1);
    return end == std::string_view::npos ? t.size() : end + tag.size();
  }
  return i;
}
}  // namespace

std::string normalize_statement_text(std::string_view t) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < t.size();) {
    if (t.substr(i, 2) == "--") {
      i = std::min(t.find('\n', i), t.size());
      space = true;
    } else if (t.substr(i, 2) == "/*") {
      size_t depth = 0;
      do {
        if (t.substr(i, 2) == "/*") ++depth, i += 2;
        else if (t.substr(i, 2) == "*/") --depth, i += 2;
        else ++i;
      } while (depth > 0 && i < t.size());
      space = true;
    } else if (std::isspace(static_cast<unsigned char>(t[i]))) {
      ++i;
      space = true;
    } else {
      size_t end = quoted_end(t, i);
      if (end == i) end = i + 1;
      if (space && !out.empty()) out += ' ';
      space = false;
      out.append(t.substr(i, end - i));
      i = end;
    }
  }
  while (!out.empty() && (out.back() == ';' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace pgdrift
