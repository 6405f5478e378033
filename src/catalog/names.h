// Implicit object names exactly as PostgreSQL chooses them (makeObjectName,
// ChooseRelationName, ChooseConstraintName, ChooseIndexColumnNames in its source).
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace pgdrift::catalog {

constexpr size_t kMaxIdentifier = 63;  // NAMEDATALEN - 1

// name1[_name2][_label], shortening the longer of name1/name2 first so the result fits in
// 63 bytes, cutting only at UTF-8 character boundaries.
std::string make_object_name(const std::string& name1, const std::string& name2, const std::string& label);

// Tries label, label1, label2, ... until `taken` says the name is free.
std::string choose_name(const std::string& name1, const std::string& name2, const std::string& label,
                        const std::function<bool(const std::string&)>& taken);

// Column names joined with '_' as PostgreSQL does for index and FK names (stops before the
// joined text would reach 64 bytes).
std::string join_name_parts(const std::vector<std::string>& parts);

// Makes index column names unique the way ChooseIndexColumnNames does ("lower", "lower1").
std::vector<std::string> unique_column_names(const std::vector<std::string>& names);

// Truncates an identifier to 63 bytes at a character boundary (what the parser does).
std::string truncate_identifier(const std::string& name);

}  // namespace pgdrift::catalog
