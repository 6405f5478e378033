// Splits one SQL script into statement texts before libpg_query sees them.
//
// Understands: -- and nested /* */ comments, '...' strings (incl. E'...' escapes and ''),
// "..." identifiers, $tag$ dollar quotes, psql meta-commands (a line starting with a
// backslash outside a statement), COPY ... FROM stdin data blocks (skipped up to the "\."
// line), and dbmate "-- migrate:up" / "-- migrate:down" sections (only "up" is kept).
#pragma once
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"

namespace pgdrift {

struct StatementText {
  SourceSpan span;        // from the first token to the end of the statement (no ';')
  std::string_view text;  // view into the SourceFile's text, same range as span
  std::string_view data;  // COPY ... FROM stdin: its data lines, up to (not with) the "\." line
};

// Splits file `file_id` of `sources`. Unterminated strings/comments/dollar quotes/COPY
// blocks are reported as errors (E004) at the place they start; unknown meta-commands as W102.
std::vector<StatementText> split_script(const SourceManager& sources, uint32_t file_id,
                                        DiagnosticEngine& diags);

// True when the text holds a dbmate "-- migrate:up" line.
bool has_dbmate_sections(std::string_view text);

}  // namespace pgdrift
