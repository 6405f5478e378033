// A small JSON reader for libpg_query's PL/pgSQL output (the only JSON the frontend reads).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pgdrift {

struct JsonValue {
  enum class Type { Null, Bool, Number, String, Array, Object } type = Type::Null;
  std::string text;                                       // String (decoded) or Number (as written)
  bool boolean = false;
  std::vector<JsonValue> items;     // Array; Object: the members' values, in order
  std::vector<std::string> keys;    // Object: the members' names, parallel to items

  const JsonValue* get(std::string_view key) const;       // Object member or nullptr
  bool is_object() const { return type == Type::Object; }
  bool is_array() const { return type == Type::Array; }
};

std::optional<JsonValue> parse_json(std::string_view text);

}  // namespace pgdrift
