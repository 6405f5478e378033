// Small helpers for writing SQL text: dollar quoting that never collides with the body.
#pragma once
#include <string>
#include <string_view>

namespace pgdrift {

// $tag$body$tag$ with a tag ("pgdrift", "pgdrift1", ...) that does not occur in `body`.
std::string dollar_quote(std::string_view body, std::string_view base_tag = "q");

// Text for a "-- ..." line: a newline or carriage return (a quoted identifier may hold one) is
// written as \n, \r, so that the rest of the text stays inside the comment.
std::string comment_text(std::string_view text);

// A 64-bit FNV-1a hash as 16 hex digits (script checksums, lock keys).
std::string fnv1a_hex(std::string_view text);
long long fnv1a_signed(std::string_view text);

}  // namespace pgdrift
