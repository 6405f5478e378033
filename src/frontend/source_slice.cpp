#include "frontend/source_slice.h"

#include <algorithm>

#include "frontend/script_lex.h"

namespace pgdrift::slice {

using script_lex::is_ident_char;
using script_lex::is_space;

namespace {
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Offset after the string, quoted identifier, dollar quote or comment starting at `i`, or `i`
// when none starts there.
size_t skip_quoted(std::string_view t, size_t i) {
  char c = t[i];
  if (c == '\'' || c == '"') {
    for (size_t j = i + 1; j < t.size(); ++j)
      if (t[j] == c) {
        if (j + 1 < t.size() && t[j + 1] == c) { ++j; continue; }
        return j + 1;
      } else if (c == '\'' && t[j] == '\\' && i > 0 && (t[i - 1] == 'E' || t[i - 1] == 'e')) {
        ++j;
      }
    return t.size();
  }
  if (c == '-' && i + 1 < t.size() && t[i + 1] == '-') {
    size_t nl = t.find('\n', i);
    return nl == npos ? t.size() : nl + 1;
  }
  if (c == '/' && i + 1 < t.size() && t[i + 1] == '*') {
    size_t end = t.find("*/", i + 2);
    return end == npos ? t.size() : end + 2;
  }
  if (c == '$' && (i == 0 || !is_ident_char(t[i - 1]))) {
    size_t j = i + 1;
    while (j < t.size() && is_ident_char(t[j]) && t[j] != '$') ++j;
    if (j < t.size() && t[j] == '$') {
      std::string_view tag = t.substr(i, j - i + 1);
      size_t end = t.find(tag, j + 1);
      return end == npos ? t.size() : end + tag.size();
    }
  }
  return i;
}

// Walks the text from `from`, calling stop(i, depth) at each token start outside quotes; returns
// the first offset where stop says true, else `limit`.
template <class Stop>
size_t scan(std::string_view t, size_t from, size_t limit, Stop stop) {
  if (limit > t.size()) limit = t.size();
  int depth = 0;
  for (size_t i = from; i < limit;) {
    size_t q = skip_quoted(t, i);
    if (q != i) { i = q; continue; }
    char c = t[i];
    if (stop(i, depth)) return i;
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') --depth;
    if (is_ident_char(c)) {
      while (i < limit && is_ident_char(t[i])) ++i;
    } else {
      ++i;
    }
  }
  return limit;
}

bool word_at(std::string_view t, size_t i, std::string_view word) {
  if (i + word.size() > t.size() || (i > 0 && is_ident_char(t[i - 1]))) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (lower(t[i + k]) != lower(word[k])) return false;
  return i + word.size() == t.size() || !is_ident_char(t[i + word.size()]);
}
}  // namespace

std::string trimmed(std::string_view text, size_t from, size_t to) {
  if (to > text.size()) to = text.size();
  if (from >= to) return "";
  while (from < to && is_space(text[from])) ++from;
  while (to > from && (is_space(text[to - 1]) || text[to - 1] == ';')) --to;
  return std::string(text.substr(from, to - from));
}

size_t element_end(std::string_view text, size_t from, size_t limit) {
  return scan(text, from, limit, [&](size_t i, int depth) { return depth == 0 && (text[i] == ',' || text[i] == ')'); });
}

std::string paren_inside(std::string_view text, size_t from) {
  size_t open = scan(text, from, npos, [&](size_t i, int) { return text[i] == '('; });
  if (open >= text.size()) return "";
  size_t close = scan(text, open + 1, npos, [&](size_t i, int depth) { return depth == 0 && text[i] == ')'; });
  return trimmed(text, open + 1, close);
}

size_t paren_close(std::string_view text, size_t open) {
  size_t close = scan(text, open + 1, npos, [&](size_t i, int depth) { return depth == 0 && text[i] == ')'; });
  return close < text.size() ? close + 1 : text.size();
}

size_t keyword(std::string_view text, std::string_view word, size_t from) {
  size_t at = scan(text, from, npos, [&](size_t i, int depth) { return depth == 0 && word_at(text, i, word); });
  return at >= text.size() ? npos : at;
}

size_t skip_space(std::string_view text, size_t from) {
  while (from < text.size()) {
    if (is_space(text[from])) { ++from; continue; }
    size_t q = skip_quoted(text, from);
    if (q != from && (text[from] == '-' || text[from] == '/')) { from = q; continue; }
    break;
  }
  return from;
}

size_t token_end(std::string_view text, size_t at) {
  if (at >= text.size()) return text.size();
  size_t q = skip_quoted(text, at);
  if (q != at) return q;
  if (!is_ident_char(text[at])) return at + 1;
  while (at < text.size() && is_ident_char(text[at])) ++at;
  return at;
}

void balance(std::string_view text, size_t& from, size_t& to) {
  int depth = 0, lowest = 0;  // -lowest: ')' in [from, to) without their '('
  scan(text, from, to, [&](size_t i, int) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')') lowest = std::min(lowest, --depth);
    return false;
  });
  for (int open = -lowest; open > 0 && from > 0;) {
    --from;
    if (text[from] == '(') --open;
    else if (!is_space(text[from])) break;
  }
}

}  // namespace pgdrift::slice
