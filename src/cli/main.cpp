// pgdrift: an offline PostgreSQL schema-drift compiler. See README.md.
#include <exception>
#include <iostream>

#include "cli/cli.h"

namespace {

int run(int argc, char** argv) {
  using namespace pgdrift::cli;
  int code = kError;
  std::optional<Options> opt = parse_options(argc, argv, code);
  if (!opt) return code;
  Session session(*opt);
  if (opt->command == "check") return run_check(session);
  if (opt->command == "diff") return run_diff(session);
  if (opt->command == "inventory") return run_inventory(session);
  if (opt->command == "reconcile") return run_reconcile(session);
  if (opt->command == "sequences") return run_sequences(session);
  if (opt->command == "history") return run_history(session);
  if (opt->command == "baseline") return run_baseline(session);
  if (opt->command == "adopt") return run_adopt(session);
  return run_dump(session);
}

}  // namespace

// A failure pgdrift did not foresee is still an error with a message and exit 2, never an abort:
// outputs are written only at the end (and atomically), so nothing partial is left.
int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "pgdrift: error: internal error: " << e.what() << "; nothing was written (please report it with the input) [E099]\n";
  } catch (...) {
    std::cerr << "pgdrift: error: internal error; nothing was written (please report it with the input) [E099]\n";
  }
  return pgdrift::cli::kError;
}
