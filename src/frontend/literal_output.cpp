// Literals PostgreSQL stores in their type's output form (tsvector, money, single-field
// intervals): the text a dump shows for what a migration wrote. Declared in literal_canon.h.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "frontend/literal_canon.h"

namespace pgdrift {

std::string canonical_tsvector(std::string_view text) {
  std::vector<std::string> lexemes;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i >= text.size()) break;
    std::string lex;
    if (text[i] == '\'') {  // 'quoted lexeme', '' is a quote
      for (++i; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) { lex += text[++i]; continue; }
        if (text[i] == '\'') {
          if (i + 1 < text.size() && text[i + 1] == '\'') { lex += '\''; ++i; continue; }
          ++i;
          break;
        }
        lex += text[i];
      }
    } else {
      for (; i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])) && text[i] != ':'; ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        lex += text[i];
      }
    }
    std::string suffix;  // :1A,2B
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) suffix += text[i++];
    std::string quoted = "'";
    for (char c : lex) quoted += c == '\'' ? std::string("''") : c == '\\' ? std::string("\\\\") : std::string(1, c);
    lexemes.push_back(quoted + "'" + suffix);
  }
  std::sort(lexemes.begin(), lexemes.end());
  lexemes.erase(std::unique(lexemes.begin(), lexemes.end()), lexemes.end());
  std::string out;
  for (const auto& l : lexemes) out += (out.empty() ? "" : " ") + l;
  return out;
}

std::optional<std::string> interval_with_field(std::string_view number, int64_t field_mask) {
  static const std::pair<int64_t, const char*> kFields[] = {
      {1 << 2, "year"}, {1 << 1, "month"}, {1 << 3, "day"}, {1 << 10, "hour"}, {1 << 11, "minute"}, {1 << 12, "second"}};
  const char* unit = nullptr;
  for (const auto& [mask, name] : kFields)
    if (mask == field_mask) unit = name;
  std::string n(number);
  if (!unit || !(is_int_text(n.c_str()) || is_long_int_text(n.c_str()) || is_decimal_text(n.c_str()))) return std::nullopt;
  // A fraction of the field is cut off, except for seconds.
  if (std::string(unit) != "second") n = n.substr(0, n.find('.'));
  if (n.empty() || n == "-") n += "0";
  return canonical_interval(n + " " + unit + "s");
}

std::optional<std::string> canonical_money(std::string_view text) {
  std::string digits;
  bool neg = false, dot = false;
  int frac = 0;
  std::string whole, part;
  for (char c : text) {
    if (c == '-') neg = true;
    else if (c == '$' || c == ',' || c == ' ' || c == '+') continue;
    else if (c == '.' && !dot) dot = true;
    else if (std::isdigit(static_cast<unsigned char>(c))) (dot ? part : whole) += c;
    else return std::nullopt;
  }
  if (whole.empty() && part.empty()) return std::nullopt;
  // Cents, rounded half away from zero as money's input does.
  long long cents = 0;
  for (char c : whole) cents = cents * 10 + (c - '0');
  for (int i = 0; i < 2; ++i) cents = cents * 10 + (i < static_cast<int>(part.size()) ? part[i] - '0' : 0);
  frac = part.size() > 2 ? part[2] - '0' : 0;
  if (frac >= 5) ++cents;
  std::string units = std::to_string(cents / 100), grouped;
  for (size_t i = 0; i < units.size(); ++i) {
    if (i && (units.size() - i) % 3 == 0) grouped += ',';
    grouped += units[i];
  }
  std::string c2 = std::to_string(cents % 100);
  if (c2.size() < 2) c2 = "0" + c2;
  return std::string(neg && cents ? "-" : "") + "$" + grouped + "." + c2;
}

}  // namespace pgdrift
