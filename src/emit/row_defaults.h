// What a runtime table (src/emit/runtime/*.sql, CREATE TEMP TABLE pgd_<part>) gives a column an
// INSERT leaves out: read from the runtime's own SQL, so the rows and the tables cannot disagree.
// Internal to emit.
#pragma once
#include <map>
#include <string>
#include <string_view>

namespace pgdrift::emit_detail {

// Column -> the SQL literal it gets when left out: its DEFAULT, or NULL for a nullable column
// without one. Columns that must be given (NOT NULL, no DEFAULT) are absent.
std::map<std::string, std::string> table_defaults(std::string_view runtime_sql, const std::string& table);

// table_defaults of pgd_<part> in the runtime file `file`, read once per part.
const std::map<std::string, std::string>& row_defaults(const std::string& file, const std::string& part);

}  // namespace pgdrift::emit_detail
