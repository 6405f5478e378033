#!/usr/bin/env bash
# The sanitizer suite: pgdrift built with clang under AddressSanitizer + UndefinedBehaviorSanitizer
# (folder build-san, libraries instrumented for libFuzzer too), then
#   unit, golden, cli,    the offline suites run with the sanitized binaries (selfcheck without
#   selfcheck             LeakSanitizer, and not with --quick)
#   reconcile             --quick only: the full reconciler of every pair and example project
#   fuzz_<target>         each libFuzzer target (tests/fuzz) replays its regression inputs
#                         (tests/fuzz/regressions/<target>) and its seeds (tools/fuzz-seeds.py),
#                         then fuzzes for FUZZ_SECONDS (default 10) from them: a smoke run
#   server suites         with --with-server: oracle, mutations, reconcile, transitions, realworld,
#                         history and policy against a throwaway PostgreSQL 15, the sanitized
#                         pgdrift doing all their pgdrift runs (about 10 minutes more)
#   no sanitizer report   no ASan/UBSan/LSan report was written by any process above
# The offline suites and the fuzz runs each use one core: they run as many at a time as there are
# cores, their lines printed in this order when all are done.
# --quick is what .ci/run runs (tools/test.sh, suite sanitize): the same sanitizers on a build that
# takes half as long (folder build-san-quick, -O0, coverage only in the fuzz targets themselves;
# FUZZ_SECONDS default 3), all parts but selfcheck. docs/hardening.md has its minutes.
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
# debug information) keep the build short; unity files of up to fifty sources as in CI's own build
# (--quick from scratch: 78 s, against 116 s with six sources a file).
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
      -Dunity=on -Dunity_size=50 -Ddebug=false -Doptimization=$level \
      "-Dcpp_args=-fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only" >&2
  fi
  ninja -C "$BUILD" >&2
}

# record NAME PASSED FAILED [NOTE]: prints a part's line; its counts go to a file, summed by main
# (parts run in subshells).
record() {
  echo "$1: $2 passed, $3 failed${4:+ ($4)}"
  echo "$2 $3" >>"$WORK/counts"
}

# without_leaks COMMAND...: runs it without LeakSanitizer (its scan of 20 MB of sanitizer globals
# at every exit is a third of a small run's time).
without_leaks() {
  export ASAN_OPTIONS=${ASAN_OPTIONS/detect_leaks=1/detect_leaks=0}
  "$@"
}

# run_parts PART...: runs the parts (a function and its arguments, one word each) as many at a
# time as there are cores, each with its output in a file, then prints the outputs in order.
run_parts() {
  local i=0 part slots
  slots=$(nproc)
  for part in "$@"; do
    while [[ $(jobs -rp | wc -l) -ge $slots ]]; do wait -n || true; done
    # shellcheck disable=SC2086 # a part is a function name and its arguments
    $part >"$WORK/part.$i" 2>&1 &
    i=$((i + 1))
  done
  wait || true
  for ((part = 0; part < i; part++)); do cat "$WORK/part.$part"; done
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

# reconcile_pairs: for every pair of testdata/pairs and the two example projects, the full
# reconciler with its rollback and verify scripts (the planner and emitter of every step; the
# --drift-only scripts are a part of it), each a test that passes when pgdrift exits 0; what the
# scripts hold is checked by the suites selfcheck and reconcile.
reconcile_pairs() {
  local ok=0 bad=0 start=$SECONDS log="$WORK/reconcile_pairs.log"
  : >"$log"
  for_each_pair reconcile_pair
  record reconcile "$ok" "$bad" "$((SECONDS - start)) s"
  grep '^FAIL' "$log" | head -n 20 || true
}

# reconcile_pair NAME DESIRED ACTUAL [POLICY_ARGS...]: one of them (counts in reconcile_pairs').
reconcile_pair() {
  local name=$1 desired=$2 actual=$3
  shift 3
  if "$PGDRIFT" reconcile --desired "$desired" --actual "$actual" "$@" --allow-drop table --allow-drop column \
      -o "$WORK/r.sql" --rollback "$WORK/r.rollback.sql" --verify "$WORK/r.verify.sql" >>"$log" 2>&1; then
    ok=$((ok + 1))
  else
    bad=$((bad + 1))
    echo "FAIL reconcile $name" >>"$log"
  fi
}

# fuzz TARGET: regressions replayed, then FUZZ_SECONDS of fuzzing from the seeds (libFuzzer runs
# every seed once before it mutates any: the seeds are replayed there).
fuzz() {
  sanitizer_env  # no report files: a fuzzer prints its findings in its log
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
  fuzz_seeds "$WORK/seeds"
  # the longest first: the two cores finish together
  local parts=("suite golden tests/golden/run.sh" "suite cli tests/cli/run.sh" unit_suite) t
  # selfcheck runs five reconcilers per pair (two of each mode, to compare them): 80 s on 2 cores,
  # more than CI's 15 minutes leave; --quick runs the full reconciler once per pair instead
  if [[ $QUICK -eq 1 ]]; then
    parts+=(reconcile_pairs)
  else
    parts+=("without_leaks suite selfcheck tests/offline/self_consistency.sh")
  fi
  # The fuzzers print their own reports in their logs (no log_path): the files are the suites'.
  for t in "${FUZZ_TARGETS[@]}"; do parts+=("fuzz $t"); done
  run_parts "${parts[@]}"
  [[ $ACTION == --with-server ]] && server_suites
  local reports passed failed
  reports=$(find "$WORK/reports" -type f | wc -l)
  if [[ $reports -eq 0 ]]; then
    record "no sanitizer report" 1 0
  else
    record "no sanitizer report" 0 1 "$reports report(s)"
    head -n 40 "$WORK"/reports/*
  fi
  read -r passed failed < <(awk '{ p += $1; f += $2 } END { print p + 0, f + 0 }' "$WORK/counts")
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
}

main "$@"
