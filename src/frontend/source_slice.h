// Pieces of a statement's text, cut the way pg_dump lays a statement out: a table element up to
// its comma, the inside of a parenthesised group, the text after a keyword. What the server
// printed into a dump is what it will print for the same object again, so these texts predict
// the server's own forms (pg_get_expr, pg_get_constraintdef, ...) without a connection.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace pgdrift::slice {

constexpr size_t npos = std::string_view::npos;

// `text[from, to)` without surrounding white space and a trailing semicolon.
std::string trimmed(std::string_view text, size_t from = 0, size_t to = npos);

// End of the element that starts at `from`: the first ',' or ')' outside parentheses, strings
// and comments, or `limit` (default: the end of the text).
size_t element_end(std::string_view text, size_t from, size_t limit = npos);

// The text inside the first parenthesised group at or after `from` (its outer parentheses
// excluded); npos-safe: "" when there is none.
std::string paren_inside(std::string_view text, size_t from);

// Offset just after the parenthesis that closes the one at `open`.
size_t paren_close(std::string_view text, size_t open);

// Offset of the first occurrence of `word` (an ASCII keyword, any case) as a whole token outside
// parentheses, strings and comments, at or after `from`; npos when absent.
size_t keyword(std::string_view text, std::string_view word, size_t from = 0);

// Offset just after the token at `at` (a word, quoted identifier, or single character).
size_t token_end(std::string_view text, size_t at);

// Offset of the next token at or after `from` (skips white space and comments).
size_t skip_space(std::string_view text, size_t from);

// The smallest range [from, to) containing [from, to) whose parentheses balance: an expression's
// leftmost node may sit inside parentheses the parser dropped.
void balance(std::string_view text, size_t& from, size_t& to);

}  // namespace pgdrift::slice
