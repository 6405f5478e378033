// Drift reports for humans (text, Markdown) and machines (JSON), and the catalog dump.
#pragma once
#include <string>

#include "base/source.h"
#include "diff/change.h"
#include "diff/inventory.h"
#include "diff/sequence_check.h"

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
// For CI gates: GitHub Actions annotations (::error file=..,line=..,col=..::...) and SARIF 2.1.0;
// each change located at the statement that defines the object (migration, else the dump).
std::string report_github(const ChangeSet& changes, const ReportOptions& opt);
std::string report_sarif(const ChangeSet& changes, const ReportOptions& opt);
// Short summary for `check`: one line per change, no details.
std::string report_summary(const ChangeSet& changes, const ReportOptions& opt);

// The inventory (pgdrift inventory): counts per schema and kind, then the one-sided objects.
std::string inventory_text(const Inventory& inv);
std::string inventory_markdown(const Inventory& inv);
std::string inventory_json(const Inventory& inv);  // "pgdrift.inventory/1", docs/json-format.md

// pgdrift sequences: one line per serial or identity sequence, then how many are behind.
std::string sequences_text(const std::vector<SequenceCheck>& checks);
std::string sequences_json(const std::vector<SequenceCheck>& checks);  // "pgdrift.sequences/1"

// The catalog as canonical SQL, sorted by kind and name.
std::string dump_sql(const catalog::Catalog& cat);
// The SQL `dump` prints for one object ("" for what it prints with another: columns, constraints,
// triggers and policies with their table, views in dependency order, privileges at the end).
std::string object_dump_sql(const catalog::Catalog& cat, const catalog::ObjectRef& r);
// The catalog as JSON ("pgdrift.catalog/1", docs/json-format.md), with canonical expressions.
std::string dump_json(const catalog::Catalog& cat);

}  // namespace pgdrift
