// Reads what the command line names (a migration folder, a SQL file, "-" for stdin) into the
// SourceManager, rejecting unreadable and binary input.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"

namespace pgdrift {

// Loads every file of the input in apply order and returns their SourceManager ids; nullopt
// after reporting E001/E002/E005. A folder is read through discover_migrations.
std::optional<std::vector<uint32_t>> load_input(const std::string& arg, SourceManager& sources,
                                                DiagnosticEngine& diags);

// True when the bytes look like SQL text: no NUL byte and valid UTF-8.
bool looks_like_text(std::string_view bytes);

// Offset of the first NUL byte or invalid UTF-8 sequence, npos when the bytes are text.
size_t first_non_text_byte(std::string_view bytes);

}  // namespace pgdrift
