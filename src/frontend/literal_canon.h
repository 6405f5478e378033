// Canonical text of literals whose value PostgreSQL stores rather than their spelling:
// jsonb documents, date/time literals, numbers in exponent form. Used only for comparison.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pgdrift {

// jsonb's output form of a JSON object or array ("{"n": 1, "theme": "dark"}": keys by length
// then bytes, last duplicate wins, ", " and ": " separators); nullopt if not JSON.
std::optional<std::string> canonical_json(std::string_view text);

// "2024-01-01" -> "2024-01-01 00:00:00"; a numeric UTC offset is applied and dropped;
// nullopt when the text is not an ISO date or timestamp.
std::optional<std::string> canonical_datetime(std::string_view text);

// "5 minutes" -> "00:05:00", "1 day 2 hours" -> "1 day 02:00:00", "14 months" -> "1 year 2 mons":
// interval's output form; nullopt when the text is not an interval of that simple shape.
std::optional<std::string> canonical_interval(std::string_view text);

// tsvector's output form: lexemes (quotes and backslashes read as tsvector input does) sorted,
// duplicates merged, each quoted: "b a" -> "'a' 'b'". Positions and weights are kept as written.
std::string canonical_tsvector(std::string_view text);

// '90'::interval minute -> "01:30:00": a number with one interval field (its typmod mask),
// truncated to that field as PostgreSQL does; nullopt when not of that shape.
std::optional<std::string> interval_with_field(std::string_view number, int64_t field_mask);

// money's output form in the C locale: '1.999' -> "$2.00", '1234' -> "$1,234.00".
std::optional<std::string> canonical_money(std::string_view text);

// "1.5e3" -> "1500", "2.50E-1" -> "0.250": plain decimal with numeric's scale rules;
// the text unchanged when it is already plain.
std::string canonical_numeric(std::string_view text);

// Literal shapes: "-12" (fits an int4: at most 10 digits, no leading zero), "12345678901",
// "1.50"; and the bits of a B'...' / X'...' string ("x1F" -> "00011111").
bool is_int_text(const char* s);
bool is_long_int_text(const char* s);
bool is_decimal_text(const char* s);
std::string bits_of(const char* bs);

}  // namespace pgdrift
