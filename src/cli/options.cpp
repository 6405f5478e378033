// Command-line parsing with Boost.Program_options (the only user of it).
#include <boost/program_options.hpp>
#include <iostream>

#include "base/version.h"
#include "catalog/object_kind.h"
#include "cli/cli.h"

namespace po = boost::program_options;

namespace pgdrift::cli {

namespace {
const char* kUsage =
    "usage: pgdrift <command> [options]\n"
    "\n"
    "commands:\n"
    "  check   compare desired and actual; short report; exit 0 in sync, 1 drift, 2 error\n"
    "  diff    print every difference (text, markdown, json, github or sarif); exit 0, 2 on error\n"
    "  inventory  count objects per schema and kind on both sides, list the one-sided ones; exit 0, 2\n"
    "  dump    print the catalog pgdrift builds from one input; exit 0, 2 on error\n"
    "  sequences  in a full pg_dump, the serial and identity sequences behind their data; exit 0, 1 behind, 2\n"
    "  reconcile  write one idempotent migration (+ rollback, verify) to the desired schema; exit 0, 2\n"
    "  history    the migrations folder against the versions the database recorded; exit 0 aligned, 1 not, 2\n"
    "  baseline   one schema as one plain, dependency-ordered SQL file that loads into an empty database; exit 0, 2\n"
    "  adopt      the objects only actual has, as an idempotent migration for the repo; exit 0, 2\n"
    "\n"
    "run 'pgdrift <command> --help' for the options of a command; 'pgdrift --version' prints the version\n";

// The kinds come from the registry (catalog/object_kinds.def); "owner" is never dropped.
const std::string& allow_drop_help() {
  static const std::string text = [] {
    std::string kinds;
    for (const std::string& k : object_kind_names())
      if (k != "owner") kinds += (kinds.empty() ? "" : ", ") + k;
    return "drop objects only in actual after a backup: a kind (" + kinds + ") or an object id";
  }();
  return text;
}

po::options_description describe(const std::string& cmd, Options& o) {
  po::options_description d("options of pgdrift " + cmd);
  d.add_options()("help,h", "show this help");
  if (cmd == "check" || cmd == "diff" || cmd == "inventory" || cmd == "reconcile" || cmd == "adopt") {
    d.add_options()("desired,d", po::value(&o.desired)->required(), "migrations folder or SQL file (the repo)")(
        "actual,a", po::value(&o.actual), "pg_dump --schema-only file (omitted: an empty database)")(
        "with-privileges", po::bool_switch(&o.with_privileges), "compare and reconcile GRANTs and default privileges (the default)")(
        "without-privileges", po::bool_switch(&o.without_privileges), "leave GRANTs and default privileges out (as 'ignore privileges;' does)")(
        "with-owners", po::bool_switch(&o.with_owners), "also compare owners (where the desired schema states them)");
  } else if (cmd == "history") {
    d.add_options()("migrations,m", po::value(&o.desired)->required(), "the migrations folder (the repo)")(
        "applied,a", po::value(&o.applied)->required(),
        "what the database recorded: a dump with the ledger's rows (full, or --data-only --table=LEDGER), a schema file "
        "ending with the ledger's INSERTs, or a list of versions")(
        "ledger", po::value(&o.ledger), "supabase | prisma | flyway | golang-migrate | dbmate | rails (default: the one the source holds)")(
        "write-placeholders", po::bool_switch(&o.write_placeholders), "write a placeholder migration into the folder for each remote-only version")(
        "repair", po::value(&o.repair), "write the ledger's repair script (idempotent SQL) here")(
        "verify", po::value(&o.verify), "write verification queries for the objects the pending migrations create here")(
        "mark-applied", po::bool_switch(&o.mark_applied),
        "repair: record pending and failed migrations as applied (after the reconciler brought the schema there)")(
        "revert-remote-only", po::bool_switch(&o.revert_remote_only), "repair: delete the rows of versions the folder does not have");
  } else {
    d.add_options()("input,i", po::value(&o.desired)->required(),
                    cmd == "sequences" ? "a full pg_dump (schema and data)"
                    : cmd == "baseline" ? "migrations folder or SQL file (the repo, or a pg_dump of prod)" : "migrations folder or SQL file");
  }
  d.add_options()("policy,p", po::value(&o.policy), "policy file (default: ./.pgdrift if it exists)")(
      "format,f", po::value(&o.format), cmd == "dump" ? "sql | json" : cmd == "sequences" ? "text | json"
                                                       : cmd == "inventory" || cmd == "history" ? "text | markdown | json"
                                                                            : "text | markdown | json | github | sarif")(
      "output,o", po::value(&o.output), "write to this file (atomically) instead of stdout")(
      "color", po::value(&o.color), "auto | always | never")(
      "verbose,v", po::bool_switch(&o.verbose), "also print notes (external objects, ignored statements)");
  if (cmd == "baseline") {
    d.add_options()("fix-sequences", po::value(&o.sequence_fix),
                    "also write here an idempotent setval per serial and identity column (its sequence past the column's "
                    "largest value, never lowered), to run on the database the baseline is adopted on")(
        "layout", po::value(&o.layout), "write into a migrations folder (--into): supabase | prisma | flyway | plain")(
        "into", po::value(&o.into), "the migrations folder the layout is written into")(
        "version", po::value(&o.baseline_version), "the baseline's version (default: the folder's last migration's)")(
        "archive", po::value(&o.archive), "where the replaced migrations go (default: INTO/archive; prisma: INTO/../migrations_archive)")(
        "ledger-script", po::value(&o.ledger_script),
        "where the SQL that records the baseline in the ledger goes (supabase, prisma; default: next to INTO)");
  }
  if (cmd == "reconcile") {
    d.add_options()("rollback", po::value(&o.rollback), "also write the rollback script here")(
        "verify", po::value(&o.verify), "also write the read-only verify script here")(
        "allow-drop", po::value(&o.allow_drop)->composing(),
        allow_drop_help().c_str())(
        "fix-sequences", po::bool_switch(&o.fix_sequences),
        "also move the sequence of every serial and identity column past the column's largest value (never lowered)")(
        "drift-only", po::bool_switch(&o.drift_only),
        "only the steps the --actual dump needs (for review; the default script also serves fresh and partial databases)");
  }
  return d;
}

bool valid_format(const Options& o) {
  if (o.command == "dump") return o.format == "sql" || o.format == "json";
  if (o.command == "reconcile" || o.command == "baseline" || o.command == "adopt") return o.format == "sql";
  if (o.command == "sequences") return o.format == "text" || o.format == "json";
  if (o.command == "check" || o.command == "diff")
    return o.format == "text" || o.format == "markdown" || o.format == "json" || o.format == "github" || o.format == "sarif";
  return o.format == "text" || o.format == "markdown" || o.format == "json";
}
}  // namespace

std::optional<Options> parse_options(int argc, char** argv, int& exit_code) {
  Options o;
  exit_code = kError;
  if (argc < 2) {
    std::cerr << kUsage;
    return std::nullopt;
  }
  o.command = argv[1];
  if (o.command == "--version" || o.command == "version") {
    std::cout << kVersion << "\n";
    exit_code = kOk;
    return std::nullopt;
  }
  if (o.command == "--help" || o.command == "-h" || o.command == "help") {
    std::cout << kUsage;
    exit_code = kOk;
    return std::nullopt;
  }
  if (o.command != "check" && o.command != "diff" && o.command != "inventory" && o.command != "dump" &&
      o.command != "reconcile" && o.command != "sequences" && o.command != "history" && o.command != "baseline" && o.command != "adopt") {
    std::cerr << "pgdrift: error: unknown command '" << o.command << "' [E020]\n" << kUsage;
    return std::nullopt;
  }
  if (o.command == "dump" || o.command == "reconcile" || o.command == "baseline" || o.command == "adopt") o.format = "sql";
  po::options_description desc = describe(o.command, o);
  po::positional_options_description pos;
  pos.add(o.command == "dump" || o.command == "sequences" || o.command == "baseline" ? "input" : o.command == "history" ? "migrations" : "desired", 1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc - 1, argv + 1).options(desc).positional(pos).run(), vm);
    if (vm.count("help")) {
      std::cout << desc;
      exit_code = kOk;
      return std::nullopt;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "pgdrift: error: " << e.what() << " [E020]\n" << desc;
    return std::nullopt;
  }
  if (!valid_format(o)) {
    std::cerr << "pgdrift: error: unknown format '" << o.format << "' for " << o.command << " [E020]\n";
    return std::nullopt;
  }
  if (o.command == "history" && !o.ledger.empty() && o.ledger != "supabase" && o.ledger != "prisma" && o.ledger != "flyway" &&
      o.ledger != "golang-migrate" && o.ledger != "dbmate" && o.ledger != "rails") {
    std::cerr << "pgdrift: error: unknown ledger '" << o.ledger << "' [E020]\n";
    return std::nullopt;
  }
  if (o.command == "baseline" && (!o.layout.empty() || !o.into.empty())) {
    bool known = o.layout == "supabase" || o.layout == "prisma" || o.layout == "flyway" || o.layout == "plain";
    if (!known || o.into.empty()) {
      std::cerr << "pgdrift: error: --layout (supabase, prisma, flyway or plain) and --into go together [E020]\n";
      return std::nullopt;
    }
  }
  if (o.color != "auto" && o.color != "always" && o.color != "never") {
    std::cerr << "pgdrift: error: --color takes auto, always or never [E020]\n";
    return std::nullopt;
  }
  return o;
}

}  // namespace pgdrift::cli
