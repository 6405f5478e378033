// SQL identifier and literal quoting the way PostgreSQL's quote_ident/quote_literal do.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace pgdrift {

// Quotes when needed: anything but [a-z_][a-z0-9_$]* or a keyword that is not unreserved.
std::string quote_ident(std::string_view name);
// 'text' with embedded quotes doubled; E'...' when the text holds a backslash.
std::string quote_literal(std::string_view text);
// schema.name, each part quoted as needed.
std::string qualified(std::string_view schema, std::string_view name);
// The parts of a name as regclass reads it: 'public."My Seq"' -> {public, My Seq} (unquoted
// parts lower-cased, "" inside quotes one quote).
std::vector<std::string> split_name_literal(std::string_view text);
// True when `text` starts with `lower_word` (lower case), compared case-insensitively: the first
// keyword of a statement ("insert", "copy").
bool starts_with_word_ci(std::string_view text, std::string_view lower_word);
// A-Z to a-z, the rest unchanged (SQL keywords and option names fold this way).
std::string lower_ascii(std::string s);
// True for keywords PostgreSQL 15 does not accept as a bare column name.
bool is_quoting_keyword(std::string_view word);

}  // namespace pgdrift
