// Plain-text tables for terminal reports (inventory, sequences).
#pragma once
#include <string>
#include <vector>

namespace pgdrift {

// The rows with their columns padded to the widest cell, two spaces apart; a column whose
// `right[i]` is true (counts) is right-aligned; trailing spaces trimmed.
std::string text_table(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right);

}  // namespace pgdrift
