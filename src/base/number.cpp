#include "base/number.h"

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <string>

namespace pgdrift {

std::optional<long long> to_int64(std::string_view text) {
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  long long v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return v;
}

std::optional<double> to_double(std::string_view text) {
  std::string s(text);
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(s.c_str(), &end);
  if (errno == ERANGE || end != s.c_str() + s.size()) return std::nullopt;
  return v;
}

std::optional<unsigned> hex4(std::string_view text) {
  if (text.size() != 4) return std::nullopt;
  unsigned v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + 4, v, 16);
  if (ec != std::errc() || end != text.data() + 4) return std::nullopt;
  return v;
}

}  // namespace pgdrift
