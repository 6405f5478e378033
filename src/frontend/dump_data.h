// The data of a full pg_dump that `pgdrift sequences` reads: the COPY ... FROM stdin blocks and
// the setval calls. The schema itself goes through the usual frontend and replay.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"

namespace pgdrift {

struct CopyBlock {
  std::string schema, table;         // as the COPY statement names it ("" schema: unqualified)
  std::vector<std::string> columns;  // the column list, in order (empty: the table's own order)
  std::string_view data;             // text-format rows, tab-separated, \N for NULL
  SourceSpan span;                   // the COPY statement
};

struct SequenceValue {
  std::string schema, name;  // the sequence setval names
  int64_t value = 0;
  bool is_called = true;
  SourceSpan span;
};

struct DumpData {
  std::vector<CopyBlock> copies;
  std::vector<SequenceValue> values;
};

// Reads the files' COPY blocks and `SELECT pg_catalog.setval('s', n, b)` statements, in order.
DumpData read_dump_data(const SourceManager& sources, const std::vector<uint32_t>& files, DiagnosticEngine& diags);

// Calls f(row) for each line of COPY data (text format, one row per line).
template <class F>
void for_each_copy_row(std::string_view data, F&& f) {
  size_t line = 0;
  while (line < data.size()) {
    size_t eol = data.find('\n', line);
    std::string_view row = data.substr(line, eol == std::string_view::npos ? std::string_view::npos : eol - line);
    line = eol == std::string_view::npos ? data.size() : eol + 1;
    f(row);
  }
}

// The largest integer in column `index` of the rows; nullopt when no row holds one there.
std::optional<int64_t> column_max(std::string_view data, size_t index);

}  // namespace pgdrift
