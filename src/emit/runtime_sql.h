// The reconciler's runtime (src/emit/runtime/*.sql, embedded at build time): the SQL of one
// part by its file name ("core", "column", ...), or nullptr.
#pragma once
#include <string_view>

namespace pgdrift {

const char* runtime_sql(std::string_view name);

}  // namespace pgdrift
