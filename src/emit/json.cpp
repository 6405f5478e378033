#include "emit/json.h"

#include <cstdio>

namespace pgdrift {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

JsonObject& JsonObject::raw(const std::string& key, const std::string& encoded) {
  if (!body_.empty()) body_ += ", ";
  body_ += json_string(key) + ": " + encoded;
  return *this;
}

std::string json_array(const std::vector<std::string>& encoded, bool multiline) {
  if (encoded.empty()) return "[]";
  std::string out = "[";
  for (size_t i = 0; i < encoded.size(); ++i) {
    if (multiline) out += i ? ",\n  " : "\n  ";
    else if (i) out += ", ";
    out += encoded[i];
  }
  return out + (multiline ? "\n]" : "]");
}

}  // namespace pgdrift
