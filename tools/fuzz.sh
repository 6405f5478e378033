#!/usr/bin/env bash
# Long fuzzing runs of the libFuzzer targets (tests/fuzz; built by tools/sanitize.sh --build-only
# under ASan + UBSan). The corpus grows in .cache/fuzz/<target> across runs, seeded from the
# repository (tools/fuzz-seeds.py); crashes land in .cache/fuzz/crashes/. Turn each crash into a
# regression: copy it to tests/fuzz/regressions/<target>/<short-name>, fix, and the sanitizer
# suite replays it from then on. Prints per target the runs, the CPU seconds and the crashes.
#
# usage: tools/fuzz.sh [--seconds N] [--jobs J] [TARGET...]
#        targets: split order replay do expr policy (default: all); N seconds each (default 600),
#        J fuzzing processes per target (default 1)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
cd "$ROOT"
# shellcheck source=tools/sanitizer-common.sh
source tools/sanitizer-common.sh
seconds=600
jobs=1
targets=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=("${FUZZ_TARGETS[@]}")

tools/sanitize.sh --build-only
readonly CACHE="$ROOT/.cache/fuzz"
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
fuzz_seeds "$seeds"
sanitizer_env

for t in "${targets[@]}"; do
  bin="build-san/tests/fuzz/fuzz_$t"
  [[ -x $bin ]] || { echo "unknown target: $t" >&2; exit 2; }
  mkdir -p "$CACHE/$t" "$CACHE/crashes"
  log="$CACHE/$t.log"
  before=$(find "$CACHE/crashes" -name "$t-*" | wc -l)
  start=$SECONDS
  # -fork keeps fuzzing after a crash (each crash is saved); cpu time is jobs x wall.
  "$bin" -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -max_total_time="$seconds" \
    "${FUZZ_LIMITS[@]}" -artifact_prefix="$CACHE/crashes/$t-" \
    "$CACHE/$t" "$seeds/$t" >"$log" 2>&1 || true
  wall=$((SECONDS - start))
  after=$(find "$CACHE/crashes" -name "$t-*" | wc -l)
  runs=$(grep -o 'exec/s: [0-9]*\|#[0-9]*' "$log" | grep -o '^#[0-9]*' | tail -n 1 | tr -d '#')
  printf '%-7s %10s runs  %6d cpu s  %d new crash(es)  corpus %d\n' "$t" "${runs:-?}" \
    "$((wall * jobs))" "$((after - before))" "$(find "$CACHE/$t" -type f | wc -l)"
done
