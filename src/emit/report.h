// Drift reports for humans (text, Markdown) and machines (JSON), and the catalog dump.
#pragma once
#include <string>

#include "base/source.h"
#include "diff/change.h"

namespace pgdrift {

struct ReportOptions {
  bool color = false;                  // ANSI colours (text only)
  const SourceManager* sources = nullptr;  // to print file:line of definitions
};

// Full report of every difference.
std::string report_text(const ChangeSet& changes, const ReportOptions& opt);
std::string report_markdown(const ChangeSet& changes, const ReportOptions& opt);
// Stable, documented in docs/json-format.md.
std::string report_json(const ChangeSet& changes, const ReportOptions& opt);
// Short summary for `check`: one line per change, no details.
std::string report_summary(const ChangeSet& changes, const ReportOptions& opt);

// The catalog as canonical SQL, sorted by kind and name.
std::string dump_sql(const catalog::Catalog& cat);
// The catalog as JSON ("pgdrift.catalog/1", docs/json-format.md), with canonical expressions.
std::string dump_json(const catalog::Catalog& cat);

}  // namespace pgdrift
