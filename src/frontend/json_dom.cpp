#include "frontend/json_dom.h"

#include <cctype>

#include "base/number.h"
namespace pgdrift {

const JsonValue* JsonValue::get(std::string_view key) const {
  for (size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == key) return &items[i];
  return nullptr;
}

namespace {
struct JsonReader {
  std::string_view s;
  size_t i = 0;

  void ws() { while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i; }
  bool eat(char c) {
    ws();
    if (i < s.size() && s[i] == c) { ++i; return true; }
    return false;
  }

  static void utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) { out += static_cast<char>(cp); return; }
    if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); }
    else {
      if (cp < 0x10000) out += static_cast<char>(0xE0 | (cp >> 12));
      else { out += static_cast<char>(0xF0 | (cp >> 18)); out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)); }
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    }
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }

  bool string(std::string& out) {
    if (!eat('"')) return false;
    while (i < s.size() && s[i] != '"') {
      char c = s[i++];
      if (c != '\\') { out += c; continue; }
      if (i >= s.size()) return false;
      char e = s[i++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          std::optional<unsigned> hi = i + 4 <= s.size() ? hex4(s.substr(i, 4)) : std::nullopt;
          if (!hi) return false;
          unsigned cp = *hi;
          i += 4;
          std::optional<unsigned> low = i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u' ? hex4(s.substr(i + 2, 4)) : std::nullopt;
          if (cp >= 0xD800 && cp < 0xDC00 && low) {
            unsigned lo = *low;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          }
          utf8(out, cp);
          break;
        }
        default: out += e;
      }
    }
    return eat('"');
  }

  bool value(JsonValue& v) {
    ws();
    if (i >= s.size()) return false;
    char c = s[i];
    if (c == '{') {
      ++i;
      v.type = JsonValue::Type::Object;
      if (eat('}')) return true;
      do {
        std::string key;
        JsonValue member;
        if (!string(key) || !eat(':') || !value(member)) return false;
        v.keys.push_back(std::move(key));
        v.items.push_back(std::move(member));
      } while (eat(','));
      return eat('}');
    }
    if (c == '[') {
      ++i;
      v.type = JsonValue::Type::Array;
      if (eat(']')) return true;
      do {
        v.items.emplace_back();
        if (!value(v.items.back())) return false;
      } while (eat(','));
      return eat(']');
    }
    if (c == '"') { v.type = JsonValue::Type::String; return string(v.text); }
    if (s.substr(i, 4) == "true") { i += 4; v.type = JsonValue::Type::Bool; v.boolean = true; return true; }
    if (s.substr(i, 5) == "false") { i += 5; v.type = JsonValue::Type::Bool; return true; }
    if (s.substr(i, 4) == "null") { i += 4; return true; }
    size_t start = i;
    while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '-' || s[i] == '+' || s[i] == '.' || s[i] == 'e' || s[i] == 'E')) ++i;
    if (i == start) return false;
    v.type = JsonValue::Type::Number;
    v.text = std::string(s.substr(start, i - start));
    return true;
  }
};
}  // namespace

std::optional<JsonValue> parse_json(std::string_view text) {
  JsonReader r{text};
  JsonValue v;
  if (!r.value(v)) return std::nullopt;
  r.ws();
  if (r.i != text.size()) return std::nullopt;
  return v;
}

}  // namespace pgdrift
