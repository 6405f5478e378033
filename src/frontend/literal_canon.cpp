#include "frontend/literal_canon.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <map>
#include <vector>

#include "base/number.h"
namespace pgdrift {

namespace {
bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// A small recursive-descent JSON reader that writes jsonb's canonical text.
struct JsonCanon {
  std::string_view s;
  size_t i = 0;

  void ws() { while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i; }
  bool lit(std::string_view w) {
    if (s.substr(i, w.size()) != w) return false;
    i += w.size();
    return true;
  }
  std::optional<std::string> value();
  std::optional<std::string> string_raw();  // decoded-enough: the escaped text as PG prints it
  std::optional<std::string> number();
  std::optional<std::string> object();
  std::optional<std::string> array();
};

std::optional<std::string> JsonCanon::string_raw() {
  if (i >= s.size() || s[i] != '"') return std::nullopt;
  std::string out = "\"";
  for (++i; i < s.size(); ++i) {
    char c = s[i];
    if (c == '"') { ++i; return out + "\""; }
    if (static_cast<unsigned char>(c) < 0x20) return std::nullopt;
    if (c == '\\') {
      if (++i >= s.size()) return std::nullopt;
      char e = s[i];
      if (e == '/') { out += '/'; continue; }  // jsonb prints "\/" as "/"
      if (e == 'u') {
        if (i + 4 >= s.size()) return std::nullopt;
        out += "\\u";
        out.append(s.substr(i + 1, 4));
        i += 4;
        continue;
      }
      out += '\\';
      out += e;
      continue;
    }
    out += c;
  }
  return std::nullopt;
}

std::optional<std::string> JsonCanon::number() {
  size_t start = i;
  if (i < s.size() && s[i] == '-') ++i;
  while (i < s.size() && (digit(s[i]) || s[i] == '.' || s[i] == 'e' || s[i] == 'E' || s[i] == '+' || s[i] == '-')) ++i;
  if (i == start) return std::nullopt;
  return canonical_numeric(s.substr(start, i - start));
}

std::optional<std::string> JsonCanon::object() {
  ++i;  // {
  std::map<std::string, std::string> members;  // raw key -> value
  ws();
  if (i < s.size() && s[i] == '}') { ++i; return "{}"; }
  while (true) {
    ws();
    auto key = string_raw();
    ws();
    if (!key || i >= s.size() || s[i] != ':') return std::nullopt;
    ++i;
    auto val = value();
    if (!val) return std::nullopt;
    members[*key] = *val;  // last duplicate wins
    ws();
    if (i < s.size() && s[i] == ',') { ++i; continue; }
    if (i < s.size() && s[i] == '}') { ++i; break; }
    return std::nullopt;
  }
  std::vector<std::pair<std::string, std::string>> sorted(members.begin(), members.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.first.size() != b.first.size() ? a.first.size() < b.first.size() : a.first < b.first;
  });
  std::string out = "{";
  for (size_t k = 0; k < sorted.size(); ++k) out += (k ? ", " : "") + sorted[k].first + ": " + sorted[k].second;
  return out + "}";
}

std::optional<std::string> JsonCanon::array() {
  ++i;  // [
  std::string out = "[";
  ws();
  if (i < s.size() && s[i] == ']') { ++i; return "[]"; }
  for (bool first = true;; first = false) {
    auto val = value();
    if (!val) return std::nullopt;
    out += (first ? "" : ", ") + *val;
    ws();
    if (i < s.size() && s[i] == ',') { ++i; continue; }
    if (i < s.size() && s[i] == ']') { ++i; break; }
    return std::nullopt;
  }
  return out + "]";
}

std::optional<std::string> JsonCanon::value() {
  ws();
  if (i >= s.size()) return std::nullopt;
  char c = s[i];
  if (c == '{') return object();
  if (c == '[') return array();
  if (c == '"') return string_raw();
  if (lit("true")) return "true";
  if (lit("false")) return "false";
  if (lit("null")) return "null";
  return number();
}

int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void civil_from_days(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

int num(std::string_view s, size_t pos, size_t len) {
  int v = 0;
  for (size_t k = pos; k < pos + len; ++k) v = v * 10 + (s[k] - '0');
  return v;
}

bool digits_at(std::string_view s, size_t pos, size_t len) {
  if (pos + len > s.size()) return false;
  for (size_t k = pos; k < pos + len; ++k)
    if (!digit(s[k])) return false;
  return true;
}
}  // namespace

std::optional<std::string> canonical_json(std::string_view text) {
  size_t b = text.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos || (text[b] != '{' && text[b] != '[')) return std::nullopt;
  JsonCanon p{text, b};
  auto out = p.value();
  p.ws();
  if (!out || p.i != text.size()) return std::nullopt;
  return out;
}

std::optional<std::string> canonical_datetime(std::string_view s) {
  if (!digits_at(s, 0, 4) || s.size() < 10 || s[4] != '-' || !digits_at(s, 5, 2) || s[7] != '-' || !digits_at(s, 8, 2))
    return std::nullopt;
  int hh = 0, mi = 0, ss = 0, off = 0;
  std::string frac;
  size_t i = 10;
  if (i < s.size() && (s[i] == ' ' || s[i] == 'T')) {
    if (!digits_at(s, i + 1, 2) || s.size() < i + 6 || s[i + 3] != ':' || !digits_at(s, i + 4, 2)) return std::nullopt;
    hh = num(s, i + 1, 2);
    mi = num(s, i + 4, 2);
    i += 6;
    if (i < s.size() && s[i] == ':') {
      if (!digits_at(s, i + 1, 2)) return std::nullopt;
      ss = num(s, i + 1, 2);
      i += 3;
      if (i < s.size() && s[i] == '.') {
        size_t f = ++i;
        while (i < s.size() && digit(s[i])) ++i;
        frac = std::string(s.substr(f, i - f));
        while (!frac.empty() && frac.back() == '0') frac.pop_back();
      }
    }
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    int sign = s[i] == '-' ? -1 : 1;
    if (!digits_at(s, i + 1, 2)) return std::nullopt;
    off = num(s, i + 1, 2) * 60;
    i += 3;
    if (i < s.size() && s[i] == ':') ++i;
    if (digits_at(s, i, 2)) { off += num(s, i, 2); i += 2; }
    off *= sign;
  } else if (i < s.size() && s[i] == 'Z') {
    ++i;
  }
  if (i != s.size()) return std::nullopt;
  int64_t minutes = days_from_civil(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2)) * 1440 + hh * 60 + mi - off;
  int64_t days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
  int64_t rem = minutes - days * 1440;
  int64_t y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u %02lld:%02lld:%02d", static_cast<long long>(y), m, d,
                static_cast<long long>(rem / 60), static_cast<long long>(rem % 60), ss);
  return frac.empty() ? std::string(buf) : std::string(buf) + "." + frac;
}

std::optional<std::string> canonical_interval(std::string_view written) {
  std::string lowered(written);  // units are case-insensitive: '1 YEAR' = '1 year'
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string_view text = lowered;
  static const std::pair<std::string_view, int> kUnits[] = {
      {"year", 0}, {"years", 0}, {"yr", 0}, {"yrs", 0}, {"y", 0}, {"month", 1}, {"months", 1}, {"mon", 1}, {"mons", 1},
      {"week", 2}, {"weeks", 2}, {"w", 2}, {"day", 3}, {"days", 3}, {"d", 3}, {"hour", 4}, {"hours", 4}, {"hr", 4},
      {"hrs", 4}, {"h", 4}, {"minute", 5}, {"minutes", 5}, {"min", 5}, {"mins", 5}, {"m", 5}, {"second", 6},
      {"seconds", 6}, {"sec", 6}, {"secs", 6}, {"s", 6}};
  long long months = 0, days = 0, secs = 0;
  bool any = false;
  size_t i = 0;
  auto skip = [&] { while (i < text.size() && text[i] == ' ') ++i; };
  while (skip(), i < text.size()) {
    bool neg = text[i] == '-';
    if (neg || text[i] == '+') ++i;
    size_t start = i;
    while (i < text.size() && digit(text[i])) ++i;
    if (i == start) return std::nullopt;
    // Beyond a billion of a unit the sums below could overflow, and PostgreSQL refuses most such
    // intervals anyway: left as written.
    std::optional<long long> parsed = to_int64(text.substr(start, i - start));
    if (!parsed || *parsed > 1'000'000'000) return std::nullopt;
    long long n = neg ? -*parsed : *parsed;
    if (i < text.size() && text[i] == ':') {  // HH:MM[:SS]
      size_t colon2 = text.find(':', i + 1);
      if (!digits_at(text, i + 1, 2)) return std::nullopt;
      long long mm = num(text, i + 1, 2), ss = 0;
      i += 3;
      if (colon2 == i && digits_at(text, i + 1, 2)) { ss = num(text, i + 1, 2); i += 3; }
      secs += (neg ? -1 : 1) * ((neg ? -n : n) * 3600 + mm * 60 + ss);
      any = true;
      continue;
    }
    skip();
    size_t us = i;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    std::string unit(text.substr(us, i - us));
    for (char& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    int kind = -1;
    for (const auto& [u, k] : kUnits) if (u == unit) kind = k;
    if (kind < 0) return std::nullopt;
    const long long mult[] = {12, 1, 7, 1, 3600, 60, 1};
    if (kind <= 1) months += n * mult[kind];
    else if (kind <= 3) days += n * mult[kind];
    else secs += n * mult[kind];
    any = true;
  }
  if (!any) return std::nullopt;
  std::string out;
  auto part = [&](long long v, const char* one, const char* many) {
    if (v == 0) return;
    if (!out.empty()) out += ' ';
    out += std::to_string(v) + " " + (v == 1 || v == -1 ? one : many);
  };
  part(months / 12, "year", "years");
  part(months % 12, "mon", "mons");
  part(days, "day", "days");
  if (secs != 0 || out.empty()) {
    char buf[48];
    long long a = secs < 0 ? -secs : secs;
    std::snprintf(buf, sizeof buf, "%s%02lld:%02lld:%02lld", secs < 0 ? "-" : "", a / 3600, (a / 60) % 60, a % 60);
    if (!out.empty()) out += ' ';
    out += buf;
  }
  return out;
}

std::string canonical_numeric(std::string_view text) {
  size_t e = text.find_first_of("eE");
  if (e == std::string_view::npos) return std::string(text);
  std::string mant(text.substr(0, e));
  int exp = std::atoi(std::string(text.substr(e + 1)).c_str());
  bool neg = !mant.empty() && mant[0] == '-';
  if (neg || (!mant.empty() && mant[0] == '+')) mant.erase(0, 1);
  size_t dot = mant.find('.');
  std::string digits = dot == std::string::npos ? mant : mant.substr(0, dot) + mant.substr(dot + 1);
  int scale = dot == std::string::npos ? 0 : static_cast<int>(mant.size() - dot - 1);
  int new_scale = std::max(0, scale - exp);
  int point = static_cast<int>(digits.size()) - scale + exp;  // digits before the decimal point
  std::string out;
  if (point <= 0) out = "0." + std::string(-point, '0') + digits;
  else if (point >= static_cast<int>(digits.size())) out = digits + std::string(point - digits.size(), '0');
  else out = digits.substr(0, point) + "." + digits.substr(point);
  size_t frac_start = out.find('.');
  if (frac_start != std::string::npos) {
    int have = static_cast<int>(out.size() - frac_start - 1);
    if (have > new_scale) out.erase(out.size() - (have - new_scale));
    if (new_scale == 0) out.erase(frac_start);
  }
  size_t nz = out.find_first_not_of('0');
  if (nz == std::string::npos) out = "0";
  else if (out[nz] == '.') out.erase(0, nz - 1);
  else out.erase(0, nz);
  return neg && out != "0" ? "-" + out : out;
}

bool is_int_text(const char* s) {
  const char* p = s + (*s == '-');
  if (*p == '0') return p[1] == '\0';
  if (*p < '1' || *p > '9') return false;
  while (std::isdigit(static_cast<unsigned char>(*p))) ++p;
  return *p == '\0' && std::strlen(s) < 11;
}

bool is_long_int_text(const char* s) {
  const char* p = s + (*s == '-');
  if (*p < '1' || *p > '9') return false;
  while (std::isdigit(static_cast<unsigned char>(*p))) ++p;
  return *p == '\0';
}

bool is_decimal_text(const char* s) {
  const char* p = s + (*s == '-');
  if (!std::isdigit(static_cast<unsigned char>(*p))) return false;
  if (*p == '0' && std::isdigit(static_cast<unsigned char>(p[1]))) return false;
  while (std::isdigit(static_cast<unsigned char>(*p))) ++p;
  if (*p++ != '.' || !std::isdigit(static_cast<unsigned char>(*p))) return false;
  while (std::isdigit(static_cast<unsigned char>(*p))) ++p;
  return *p == '\0';
}

// B'...' and X'...' bit strings are stored as their bits.
std::string bits_of(const char* bs) {
  if (*bs == 'b' || *bs == 'B') return bs + 1;
  if (*bs != 'x' && *bs != 'X') return bs;
  std::string out;
  for (const char* p = bs + 1; *p; ++p) {
    int v = std::isdigit(static_cast<unsigned char>(*p)) ? *p - '0' : std::tolower(static_cast<unsigned char>(*p)) - 'a' + 10;
    for (int b = 3; b >= 0; --b) out += (v >> b) & 1 ? '1' : '0';
  }
  return out;
}

}  // namespace pgdrift
