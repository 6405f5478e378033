// The frontend's entry point: files -> ordered statements with spans and diagnostics.
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"
#include "frontend/ast.h"

namespace pgdrift {

struct FrontendStats {
  size_t statements = 0;
  size_t ignored = 0;        // not schema (DML, SET, transaction control, ...)
  size_t privileges = 0;     // owners and grants: modelled later, not compared
  size_t unsupported = 0;    // schema changes not modelled yet (each has a warning)
};

// Called now and then while parsing, with the bytes of the files read so far.
using ParseProgress = std::function<void(uint64_t bytes_read)>;

// Splits, parses and lowers every file in order. Syntax errors are reported (E003) and the
// statement is skipped; callers check diags.has_errors().
std::vector<ast::Stmt> parse_files(const SourceManager& sources, const std::vector<uint32_t>& files,
                                   DiagnosticEngine& diags, FrontendStats* stats = nullptr,
                                   const ParseProgress& progress = {});

// Receives the statements of parse_files a part at a time, in order.
using StatementSink = std::function<void(std::vector<ast::Stmt>&& part)>;

// parse_files, handing each part to `sink` as soon as it is lowered (on this thread), so that a
// consumer on another thread can work on it while the next part is parsed.
void parse_files_each(const SourceManager& sources, const std::vector<uint32_t>& files, DiagnosticEngine& diags,
                      FrontendStats* stats, const ParseProgress& progress, const StatementSink& sink);

}  // namespace pgdrift
