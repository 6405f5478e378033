// pgdrift: an offline PostgreSQL schema-drift compiler. See README.md.
#include "cli/cli.h"

int main(int argc, char** argv) {
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
