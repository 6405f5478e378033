// Lexical helpers of the script splitter (script.cpp): character classes, keyword tests, COPY
// and dbmate detection, psql meta-command classes. Internal to the frontend.
#pragma once
#include <array>
#include <string_view>

namespace pgdrift::script_lex {

constexpr size_t npos = std::string_view::npos;

inline unsigned char uc(char c) { return static_cast<unsigned char>(c); }

inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline bool is_ident_start(char c) {
  unsigned char u = uc(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80;
}

inline bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9') || c == '$'; }

// Bytes that may start a string, identifier, dollar quote or comment, end a statement, or open
// and close parentheses (a ';' inside them does not end the statement, as in psql).
inline constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> t{};
  for (char c : {'\'', '"', '$', '-', '/', ';', '(', ')'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

// ASCII case-insensitive comparison with a lower-case `b`.
bool ascii_iequals(std::string_view a, std::string_view b);

// True for "COPY ... FROM stdin" (also psql's "\copy"): data lines follow, up to "\.".
bool is_copy_from_stdin(std::string_view stmt);

// Offset of the line "-- migrate:<word> [options]" at or after `from`, npos when absent.
size_t find_dbmate_marker(std::string_view text, std::string_view marker, size_t from);

enum class Meta { Harmless, Include, Quit, CopyData, Unknown };
Meta classify_meta(std::string_view name);

}  // namespace pgdrift::script_lex
