// The command-line layer: argv -> options -> the pipeline -> stdout/files and exit codes.
// Holds no logic of its own beyond wiring the layers together.
#pragma once
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"
#include "catalog/catalog.h"
#include "catalog/filter.h"
#include "catalog/platform.h"
#include "catalog/rename.h"
#include "emit/reconcile.h"
#include "frontend/frontend.h"
#include "policy/policy.h"

namespace pgdrift::cli {

enum Exit { kOk = 0, kDrift = 1, kError = 2 };

struct Options {
  std::string command;
  std::string desired, actual;  // actual "" = empty database
  std::string policy;           // "" = ./.pgdrift if present
  std::string format = "text";
  std::string output;           // "" = stdout
  std::string color = "auto";
  bool verbose = false;
  std::string rollback, verify;          // reconcile: extra outputs
  std::vector<std::string> allow_drop;   // reconcile: kinds or object ids
  bool fix_sequences = false;            // reconcile: sequences moved past their columns' data
  bool drift_only = false;               // reconcile: only the steps the actual database needs
  bool with_privileges = false, with_owners = false;  // compare GRANTs (the default anyway) / owners
  bool without_privileges = false;                    // leave GRANTs out
  // history: the ledger SOURCE (--applied; the folder is `desired`) and what to write
  std::string applied, ledger, repair;
  bool write_placeholders = false, mark_applied = false, revert_remote_only = false;
  // baseline: a tool's layout written into a folder
  std::string layout, into, baseline_version, archive, ledger_script, sequence_fix;
};

// Parses argv; on a usage error prints it and returns nullopt.
std::optional<Options> parse_options(int argc, char** argv, int& exit_code);

// Everything one run reads, with the diagnostics about it.
struct Session {
  SourceManager sources;
  DiagnosticEngine diags{sources};
  const Options& opt;
  explicit Session(const Options& o) : opt(o) {}

  // Builds the catalog of one input ("" = empty database), restricted by the policy.
  // `files`: where the input's file ids go (for commands that read the files again).
  std::optional<catalog::Catalog> build(const std::string& input, std::vector<uint32_t>* files = nullptr);
  // Both inputs of a comparison, built at the same time (nullopt after an error).
  struct Pair {
    catalog::Catalog desired, actual;
    std::vector<catalog::Rename> renames;  // applied to `actual`: the policy's, then the migrations'
  };
  std::optional<Pair> build_both(const std::string& desired, const std::string& actual);
  // Prints diagnostics (notes only with --verbose) to stderr; true when there were errors.
  bool report_diagnostics();
  bool color_stdout() const;
  // Writes `text` to --output atomically (temp file + rename) or to stdout.
  bool emit(const std::string& text);
  // Writes several files: all to temporary files first, then renamed; none on failure.
  bool write_files(const std::vector<std::pair<std::string, std::string>>& files);
  // What is compared and reconciled: the flags, as the policy's `ignore` rules leave them.
  // Privileges are part of the schema (a GRANT in a migration is a decision): compared and
  // ensured unless the flag or the policy leaves them out (docs/policy.md).
  bool privileges() const { return !opt.without_privileges && !ignore_privileges_; }
  bool owners() const { return opt.with_owners && !ignore_owners_; }
  bool ignore_comments() const { return ignore_comments_; }
  // The policy's `using t.col as (expression);` rules, the schema public when left out.
  std::vector<ReconcileInputs::Conversion> conversions() const;
  // --allow-drop and the policy's `allow drop` rules.
  std::vector<std::string> allow_drop() const;
  // W106 for each `ignore` or `allow drop` rule that names no object of either catalog (built
  // by this session), with the nearest name.
  void check_rules(const catalog::Catalog& actual, const catalog::Catalog& desired);
  // W106 for each `exclude table` rule (of the user's file) matching no table of either catalog,
  // built but not yet restricted.
  void check_excludes(const catalog::Catalog& actual, const catalog::Catalog& desired);
  // N303 for each role the desired privileges name that nothing shows to exist.
  void note_unknown_roles(const catalog::Catalog& actual, const catalog::Catalog& desired);

 private:
  bool policy_loaded_ = false;
  bool ignore_privileges_ = false, ignore_owners_ = false, ignore_comments_ = false;
  std::vector<std::string> policy_allow_drop_;
  std::function<bool(ObjectKind, const std::vector<std::string>&)> ignored_;  // `ignore <kind> ...;`
  std::shared_ptr<const Policy> policy_;
  std::shared_ptr<std::vector<std::atomic<bool>>> ignore_hits_;  // per rule: it removed something
  std::optional<catalog::Scope> scope_;
  std::shared_ptr<const catalog::Platform> platform_;  // the policy's external objects
  std::optional<uint32_t> prelude_;                   // the SQL declaring them, replayed first
  std::optional<uint32_t> policy_file_;               // the user's policy file (not a profile's)
  bool load_policy();
  std::optional<catalog::Catalog> replay_input(const std::optional<std::vector<uint32_t>>& ids, DiagnosticEngine& diags,
                                               std::vector<catalog::Rename>* renames = nullptr,
                                               const ParseProgress& progress = {}) const;
  uint64_t bytes_of(const std::optional<std::vector<uint32_t>>& ids) const;
  // Applies the policy's rename rules, then the renames `seen` in the migrations, to the actual
  // catalog where it has the old name and not the new one (session_renames.cpp).
  std::vector<catalog::Rename> apply_renames(catalog::Catalog& actual, const catalog::Catalog& desired,
                                             const std::vector<catalog::Rename>& seen);
  void restrict(catalog::Catalog& cat) const;  // to the policy's scope, without pgdrift's own schemas
};

// The candidate closest to `text` when close enough to be a typo, else "" (session_rules.cpp);
// "; did you mean 'x'?" for a found one, else "".
std::string nearest(const std::string& text, const std::vector<std::string>& candidates);
std::string suggestion(const std::string& nearest_name);

// The policy's external objects as SQL for replay, and as the catalog's Platform
// (session_platform.cpp).
std::string external_prelude(const Policy& p);
catalog::Platform platform_of(const Policy& p);

int run_check(Session& s);
int run_diff(Session& s);
int run_inventory(Session& s);
int run_dump(Session& s);
int run_history(Session& s);
int run_baseline(Session& s);
int run_adopt(Session& s);
int run_sequences(Session& s);
int run_reconcile(Session& s);

}  // namespace pgdrift::cli
