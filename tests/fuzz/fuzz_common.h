// What the SQL fuzz targets share: one script through the whole offline pipeline. Defined once in
// fuzz_common.cpp (the pipeline's headers cost a target's file 17 s of a sanitized build).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "base/source.h"

namespace pgdrift::fuzz {

// A source file whose bytes end exactly where the input does, as a mapped file does (a
// std::string would add a '\0' behind them and hide a read one past the end from ASan).
uint32_t add_exact(SourceManager& sources, std::string name, std::string_view text);

// Parses and replays `sql`; when it replays without errors, the catalog diffed against itself
// must be empty, and it is dumped and planned and emitted as a reconciler from an empty database.
void replay_and_check(std::string sql);

}  // namespace pgdrift::fuzz
