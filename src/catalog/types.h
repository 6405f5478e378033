// Built-in types: how PostgreSQL names them internally and how format_type() prints them.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pgdrift::catalog {

// The internal name (pg_type.typname) of a built-in type written unqualified or with
// pg_catalog, e.g. "int4" -> "int4", "integer" -> "int4", "timestamptz" -> "timestamptz".
std::optional<std::string> builtin_type(std::string_view name);

// format_type() text for a type: builtin internal name or qualified user type text, with
// integer typmods and the array flag, e.g. ("varchar", {200}) -> "character varying(200)".
std::string format_type(const std::string& schema, const std::string& name,
                        const std::vector<int64_t>& typmods, bool array);

// True when `opclass` is what PostgreSQL picks anyway for a column of format_type() `type`
// under index method `method` (pg_get_indexdef then omits it), e.g. text_ops for text.
bool is_default_opclass(const std::string& method, const std::string& type, const std::string& opclass);

// Serial pseudo-types: "serial"/"serial4" -> "integer" etc.; nullopt when not serial.
std::optional<std::string> serial_base_type(std::string_view name);

// Default bounds of a sequence of the given format_type() ("smallint", "integer", "bigint").
int64_t seq_type_min(const std::string& type);
int64_t seq_type_max(const std::string& type);

}  // namespace pgdrift::catalog
