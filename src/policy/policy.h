// The policy layer: a `.pgdrift` file (grammar/Policy.g4, docs/policy.md) loaded into a Policy
// value that decides which objects are in scope. Includes no ANTLR header: the generated parser
// stays an implementation detail of policy.cpp.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"

namespace pgdrift {

// A glob over object names: `*` any run of characters, `?` one character (a UTF-8 code point),
// `\c` the character c itself. Names are stored as PostgreSQL stores them: unquoted names are
// folded to lower case, quoted names are kept as written with their wildcards escaped.
struct NamePattern {
  // Empty = any schema: an unqualified `exclude table tmp_*;` matches tmp_* in every schema,
  // not only in public (the safer reading for a filter: it never brings more into scope).
  std::string schema;
  std::string name;
  SourceSpan at;  // where the rule says it (not part of equality)

  bool operator==(const NamePattern& o) const { return schema == o.schema && name == o.name; }
};

struct Policy {
  // Every entry is a glob (see NamePattern). Exclusion wins over inclusion.
  std::vector<std::string> include_schemas;  // empty = every schema
  std::vector<std::string> exclude_schemas;  // `profile X;` adds the profile's schemas here
  std::vector<NamePattern> exclude_tables;
  bool ignore_owners = false, ignore_privileges = false;  // `ignore owners;`, `ignore privileges;`
  bool ignore_comments = false;                           // `ignore comments;`
  std::vector<std::string> ignore_privileges_schemas;     // `ignore privileges on schema a, b;` (globs)
  // `using [schema.]table.column as (expression);`: the parts, the expression as written.
  struct Using {
    std::vector<std::string> column;
    std::string expression;
    SourceSpan at;
  };
  std::vector<Using> usings;
  // `ignore <kind> pattern, ...;`: the kind as the registry names it ("function", "type", ...)
  // and the name parts, right-aligned with the object's (schema, [table,] name).
  struct Ignored {
    std::string kind;
    std::vector<std::string> parts;
    SourceSpan at;  // the pattern, for diagnostics
    bool operator==(const Ignored& o) const { return kind == o.kind && parts == o.parts; }
  };
  std::vector<Ignored> ignored;
  // True when `ignore` rules name this object: `parts` are its (schema, [table,] name).
  bool ignores(std::string_view kind, const std::vector<std::string>& parts) const;
  std::vector<std::string> allow_drop;  // `allow drop ...;`: kinds or object ids, as --allow-drop takes them
  std::vector<SourceSpan> allow_drop_at;  // where each entry is written
  // `external schema|role|table|function ...;`: the platform's objects (share/profiles).
  struct External {
    enum class Kind { Schema, Role, Table, Function } kind = Kind::Schema;
    std::string schema, name;         // schema "" for schemas and roles
    std::vector<std::string> items;   // a table's columns or a function's arguments, as written
    std::string returns;              // a function's result type, as written
    SourceSpan at;                    // the rule's object, for diagnostics
  };
  std::vector<External> externals;
  // `rename <kind> old to new;`: kind "table", "column", "type", "enum value", "index",
  // "constraint"; `from` the old name's parts as written ([schema.]name, [schema.]table.name,
  // [schema.]type then the label); `to` the new name (or label).
  struct Rename {
    std::string kind;
    std::vector<std::string> from;
    std::string to;
    SourceSpan at;  // the rule, for diagnostics and reports
  };
  std::vector<Rename> renames;
  // The rules of `other` (a profile) added to these; names already here stay once.
  void merge(const Policy& other);
  // The index of the first `ignore` rule naming this object, or -1.
  int ignoring_rule(std::string_view kind, const std::vector<std::string>& parts) const;

  bool admits_schema(std::string_view schema) const;
  // Also applies the schema rules.
  bool admits_table(std::string_view schema, std::string_view table) const;
};

// The text of the profile `profile name;` loads (share/profiles/<name>.pgdrift, compiled in);
// nullopt for an unknown profile.
std::optional<std::string_view> profile_text(std::string_view profile);
std::vector<std::string> profile_names();

// Parses file `file_id` (already loaded in `sources`). Every problem is an E010 diagnostic
// with the line:col of the offending token; nullopt after reporting errors. A `profile` rule
// adds the profile's file to `sources` (named share/profiles/<name>.pgdrift) and its rules.
// `kinds`: the object kinds `ignore <kind> ...;` accepts (empty: any word).
std::optional<Policy> load_policy(SourceManager& sources, uint32_t file_id,
                                  DiagnosticEngine& diags, std::span<const std::string> kinds = {});

// Whole-string glob match; see NamePattern for the syntax.
bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace pgdrift
