#include "emit/sql_text.h"

#include <cstdint>
#include <cstdio>

namespace pgdrift {

std::string comment_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out;
}

std::string dollar_quote(std::string_view body, std::string_view base_tag) {
  std::string tag(base_tag);
  for (int i = 1; body.find("$" + tag + "$") != std::string_view::npos; ++i) tag = std::string(base_tag) + std::to_string(i);
  std::string delim = "$" + tag + "$";
  return delim + std::string(body) + delim;
}

namespace {
uint64_t fnv1a(std::string_view text) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}
}  // namespace

std::string fnv1a_hex(std::string_view text) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a(text)));
  return buf;
}

long long fnv1a_signed(std::string_view text) { return static_cast<long long>(fnv1a(text) >> 1); }

}  // namespace pgdrift
