// A minimal JSON writer for reports and dumps: strings escaped per RFC 8259, no whitespace
// decisions left to callers beyond what they append.
#pragma once
#include <string>
#include <vector>

namespace pgdrift {

std::string json_string(const std::string& s);

// Builds one JSON object: {"k": v, ...} with values already encoded.
class JsonObject {
 public:
  JsonObject& raw(const std::string& key, const std::string& encoded);
  JsonObject& str(const std::string& key, const std::string& value) { return raw(key, json_string(value)); }
  JsonObject& boolean(const std::string& key, bool v) { return raw(key, v ? "true" : "false"); }
  JsonObject& num(const std::string& key, long long v) { return raw(key, std::to_string(v)); }
  std::string done() const { return "{" + body_ + "}"; }

 private:
  std::string body_;
};

// [a, b, ...] from encoded values, one per line when `multiline`.
std::string json_array(const std::vector<std::string>& encoded, bool multiline);

}  // namespace pgdrift
