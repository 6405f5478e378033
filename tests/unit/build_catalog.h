// The catalog replayed from one SQL text, for the unit tests (a test fails when it does not parse).
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "catalog/replay.h"
#include "frontend/frontend.h"

namespace pgdrift::test {

// WARNINGS, when given, receives the number of warnings replay reported.
inline catalog::Catalog build_catalog(const std::string& sql, size_t* warnings = nullptr) {
  SourceManager sm;
  DiagnosticEngine diags(sm);
  uint32_t id = sm.add("t.sql", sql);
  auto stmts = parse_files(sm, {id}, diags);
  REQUIRE_FALSE(diags.has_errors());
  catalog::Catalog cat = catalog::replay(stmts, diags);
  if (warnings) *warnings = diags.count(Severity::Warning);
  return cat;
}

}  // namespace pgdrift::test
