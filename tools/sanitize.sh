#!/usr/bin/env bash
# The sanitizer suite: pgdrift built with clang under AddressSanitizer + UndefinedBehaviorSanitizer
# (folder build-san, libraries instrumented for libFuzzer too), then
#   unit, golden, cli     the offline suites run with the sanitized binaries
#   fuzz_<target>         each libFuzzer target (tests/fuzz) replays its regression inputs
#                         (tests/fuzz/regressions/<target>) and its seeds (tools/fuzz-seeds.py),
#                         then fuzzes for FUZZ_SECONDS (default 10) from them: a smoke run
#   server suites         with --with-server: oracle, mutations, reconcile, transitions, realworld,
#                         history and policy against a throwaway PostgreSQL 15, the sanitized
#                         pgdrift doing all their pgdrift runs (about 10 minutes more)
#   no sanitizer report   no ASan/UBSan/LSan report was written by any process above
# --quick is what .ci/run runs (tools/test.sh, suite sanitize): the same sanitizers on a build
# that takes half as long (folder build-san-quick, -O0, coverage only in the fuzz targets
# themselves), with unit, cli and the fuzz smoke runs (FUZZ_SECONDS default 3); the golden
# suite's 600 sanitized processes do not fit in CI's 15 minutes (docs/hardening.md).
# Prints one line per part and, last, "N passed, N failed"; exit 1 if any failed.
# Long fuzzing runs: tools/fuzz.sh. Installs what is missing (tools/bootstrap.sh --with-sanitizers).
#
# usage: tools/sanitize.sh [--quick] [--build-only | --with-server]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
QUICK=0
ACTION=""
for arg in "$@"; do
  case $arg in
    --quick) QUICK=1 ;;
    --build-only | --with-server) ACTION=$arg ;;
    *) echo "usage: $0 [--quick] [--build-only | --with-server]" >&2; exit 2 ;;
  esac
done
readonly QUICK ACTION
if [[ $QUICK -eq 1 ]]; then
  readonly BUILD="$ROOT/build-san-quick"
  FUZZ_SECONDS=${FUZZ_SECONDS:-3}
else
  readonly BUILD="$ROOT/build-san"
  FUZZ_SECONDS=${FUZZ_SECONDS:-10}
fi
readonly FUZZ_SECONDS
# shellcheck source=tools/sanitizer-common.sh
source "$ROOT/tools/sanitizer-common.sh"
# shellcheck source=tests/lib.sh
source "$ROOT/tests/lib.sh"  # sandbox_parent, and PostgreSQL 15's programs first on PATH
cd "$ROOT"

# Configure once, then build incrementally. -O1 keeps stacks readable; line tables only (no full
# debug information) keep the build short; one unity file per six sources as in CI's own build.
# Linked as a position-dependent executable: a sanitized PIE starts 250,000 relocations at every
# run (20 of its ~95 ms of start-up here), and the suites start pgdrift thousands of times.
# Linked by gold (binutils): 2.2 s a sanitized executable instead of 4.9 s with the default linker.
# --quick: -O0 and no coverage in the libraries (measured on the largest unity file: 22 s at -O1
# with coverage, 10 s without either).
build() {
  tools/bootstrap.sh --with-sanitizers
  local level=1 coverage=true
  [[ $QUICK -eq 1 ]] && { level=0; coverage=false; }
  if [[ ! -f $BUILD/build.ninja ]]; then
    CC=clang CXX=clang++ meson setup "$BUILD" "$ROOT" \
      -Db_sanitize=address,undefined -Db_lundef=false -Dfuzzing=true -Dfuzz_coverage=$coverage \
      -Db_pie=false '-Dcpp_link_args=-no-pie -fuse-ld=gold' \
      -Dunity=on -Dunity_size=6 -Ddebug=false -Doptimization=$level \
      "-Dcpp_args=-fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only" >&2
  fi
  ninja -C "$BUILD" >&2
}

passed=0
failed=0
record() {  # NAME PASSED FAILED [NOTE]
  passed=$((passed + $2))
  failed=$((failed + $3))
  echo "$1: $2 passed, $3 failed${4:+ ($4)}"
}

# suite NAME COMMAND...: an offline suite with the sanitized binary; its counts are added.
suite() {
  local name=$1 log="$WORK/$1.log" start=$SECONDS last
  shift
  "$@" >"$log" 2>&1 || true
  last=$(tail -n 1 "$log")
  if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    record "$name" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "$((SECONDS - start)) s"
    grep '^FAIL' "$log" | head -n 20 || true
  else
    record "$name" 0 1 "no summary line"
    tail -n 20 "$log"
  fi
}

unit_suite() {
  local log="$WORK/unit.log" start=$SECONDS
  if "$BUILD/tests/unit_tests" >"$log" 2>&1; then
    record unit "$(sed -n 's/.*test cases: *[0-9]* *| *\([0-9]*\) passed.*/\1/p' "$log")" 0 "$((SECONDS - start)) s"
  else
    record unit 0 1 "see below"
    tail -n 30 "$log"
  fi
}

# fuzz TARGET: regressions replayed, then FUZZ_SECONDS of fuzzing from the seeds (libFuzzer runs
# every seed once before it mutates any: the seeds are replayed there).
fuzz() {
  local t=$1 bin="$BUILD/tests/fuzz/fuzz_$1" corpus="$WORK/corpus_$1" log="$WORK/fuzz_$1.log"
  local regressions="$ROOT/tests/fuzz/regressions/$1" start=$SECONDS
  mkdir -p "$corpus" "$WORK/crashes"
  : >"$log"
  if { [[ ! -d $regressions ]] || "$bin" -runs=0 "$regressions" >"$log" 2>&1; } &&
     "$bin" -max_total_time="$FUZZ_SECONDS" "${FUZZ_LIMITS[@]}" -artifact_prefix="$WORK/crashes/$t-" "$corpus" "$WORK/seeds/$t" >>"$log" 2>&1; then
    record "fuzz_$t" 1 0 "$(grep -o 'Done [0-9]* runs' "$log" | tail -n 1 | cut -d' ' -f2) runs, $((SECONDS - start)) s"
  else
    record "fuzz_$t" 0 1 "see below"
    grep -A 30 -m 1 'ERROR:\|runtime error\|deadly signal' "$log" || tail -n 30 "$log"
  fi
}

# server_suites: the suites that need PostgreSQL, in a sandbox of their own, with the sanitized
# binary (reports go to the same folder as the offline suites').
server_suites() {
  local env s
  SANDBOX=$(mktemp -d -p "$(sandbox_parent)" pgdrift-san.XXXXXX)
  if ! env=$(tools/pg-sandbox.sh start "$SANDBOX"); then
    record server 0 1 "could not start PostgreSQL"
    return 0
  fi
  eval "$env"
  export PGHOST PGPORT PGUSER CI=true  # a missing server is a failure, not a skip
  for s in oracle mutations reconcile transitions realworld history policy; do
    suite "$s" "tests/oracle/$s.sh"
  done
}

cleanup() {
  [[ -n ${SANDBOX:-} ]] && { tools/pg-sandbox.sh stop "$SANDBOX" || true; rm -rf "$SANDBOX"; }
  rm -rf "$WORK"
}

main() {
  build
  [[ $ACTION == --build-only ]] && return 0
  WORK=$(mktemp -d)
  SANDBOX=""
  trap cleanup EXIT
  mkdir -p "$WORK/reports"
  sanitizer_env "$WORK/reports"
  export PGDRIFT="$BUILD/src/cli/pgdrift" NO_COLOR=1
  unit_suite
  [[ $QUICK -eq 1 ]] || suite golden tests/golden/run.sh
  suite cli tests/cli/run.sh
  [[ $ACTION == --with-server ]] && server_suites
  # The fuzzers print their own reports on stderr (their logs); the files are for the suites.
  fuzz_seeds "$WORK/seeds"
  local reports
  reports=$(find "$WORK/reports" -type f | wc -l)
  sanitizer_env  # the fuzzers print their reports in their own logs
  for t in "${FUZZ_TARGETS[@]}"; do fuzz "$t"; done
  if [[ $reports -eq 0 ]]; then
    record "no sanitizer report" 1 0
  else
    record "no sanitizer report" 0 1 "$reports report(s)"
    head -n 40 "$WORK"/reports/*
  fi
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
}

main "$@"
