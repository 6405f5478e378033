// Numbers read from SQL text without exceptions: a value out of range or not a number is
// nullopt, never a throw (std::stoll on "99999999999999999999" would end the process).
#pragma once
#include <optional>
#include <string_view>

namespace pgdrift {

// A decimal integer with an optional leading '-' or '+', the whole text; nullopt when it is
// something else or does not fit in 64 bits.
std::optional<long long> to_int64(std::string_view text);
// A floating-point number (as strtod reads it), the whole text; nullopt when it is something
// else or out of range.
std::optional<double> to_double(std::string_view text);
// Exactly four hex digits (a JSON \uXXXX escape).
std::optional<unsigned> hex4(std::string_view text);

}  // namespace pgdrift
