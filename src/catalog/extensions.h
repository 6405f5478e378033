// What common contrib extensions put in their schema that SQL refers to unqualified:
// types, functions and operator classes. Used to qualify names the way pg_dump prints them.
#pragma once
#include <string_view>

namespace pgdrift::catalog {

enum class ExtObject { Type, Function, OpClass };

// The extension that defines `name` of the given kind, or "" if none we know of.
std::string_view extension_defining(ExtObject kind, std::string_view name);

}  // namespace pgdrift::catalog
