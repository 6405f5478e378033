#include "base/md5.h"

#include <array>
#include <cmath>
#include <cstdint>

namespace pgdrift {

namespace {
// K[i] = floor(2^32 * |sin(i + 1)|), and the per-round shift amounts.
const std::array<uint32_t, 64> kSine = [] {
  std::array<uint32_t, 64> k{};
  for (size_t i = 0; i < 64; ++i) k[i] = static_cast<uint32_t>(std::floor(std::fabs(std::sin(static_cast<double>(i + 1))) * 4294967296.0));
  return k;
}();
constexpr std::array<uint32_t, 16> kShift = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

uint32_t rotl(uint32_t x, uint32_t c) { return (x << c) | (x >> (32 - c)); }

void block(std::array<uint32_t, 4>& h, const unsigned char* p) {
  uint32_t m[16];
  for (int i = 0; i < 16; ++i)
    m[i] = static_cast<uint32_t>(p[i * 4]) | static_cast<uint32_t>(p[i * 4 + 1]) << 8 |
           static_cast<uint32_t>(p[i * 4 + 2]) << 16 | static_cast<uint32_t>(p[i * 4 + 3]) << 24;
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
  for (uint32_t i = 0; i < 64; ++i) {
    uint32_t f, g;
    if (i < 16) { f = (b & c) | (~b & d); g = i; }
    else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
    else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
    else { f = c ^ (b | ~d); g = (7 * i) % 16; }
    uint32_t next = d;
    d = c;
    c = b;
    b = b + rotl(a + f + kSine[i] + m[g], kShift[(i / 16) * 4 + i % 4]);
    a = next;
  }
  h[0] += a, h[1] += b, h[2] += c, h[3] += d;
}
}  // namespace

std::string md5_hex(std::string_view data) {
  std::array<uint32_t, 4> h = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
  size_t full = data.size() / 64 * 64;
  for (size_t i = 0; i < full; i += 64) block(h, reinterpret_cast<const unsigned char*>(data.data() + i));
  std::string tail(data.substr(full));
  tail += static_cast<char>(0x80);
  while (tail.size() % 64 != 56) tail += '\0';
  uint64_t bits = static_cast<uint64_t>(data.size()) * 8;
  for (int i = 0; i < 8; ++i) tail += static_cast<char>((bits >> (8 * i)) & 0xff);
  for (size_t i = 0; i < tail.size(); i += 64) block(h, reinterpret_cast<const unsigned char*>(tail.data() + i));
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (uint32_t w : h)
    for (int i = 0; i < 4; ++i) {
      unsigned char byte = static_cast<unsigned char>((w >> (8 * i)) & 0xff);
      out += hex[byte >> 4];
      out += hex[byte & 15];
    }
  return out;
}

}  // namespace pgdrift
