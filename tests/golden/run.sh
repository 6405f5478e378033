#!/usr/bin/env bash
# Golden tests: for each case under testdata/golden (a folder with desired.sql or desired/):
#   pgdrift dump DESIRED [--policy case/.pgdrift]            vs case/expected/dump.sql
# and when the case has actual.sql:
#   pgdrift diff --desired DESIRED --actual actual.sql --format text   vs expected/diff.txt
#   pgdrift diff ... --format json                                     vs expected/diff.json
#   pgdrift diff ... --format github | sarif                           vs expected/diff.github | .sarif
#   pgdrift inventory ... --format text | json                         vs expected/inventory.txt | .json
#   pgdrift reconcile ...: its header (drift, hazards, notes)         vs expected/reconcile.txt
# Layout cases (testdata/golden_layouts/CASE: project/, args): pgdrift baseline ARGS run in a copy
# of project/; the whole tree afterwards vs CASE/expected/, and stdout vs CASE/stdout.txt.
# Warnings: expected/stderr.txt holds the stderr of the diff (text) when the case has actual.sql,
# else the stderr of dump; always compared (no file = no warning expected).
# Annotations: "-- expected-warning@+1 {{W200}}" in the inputs (tests/golden/expected_diags.py): the
# located diagnostics must be exactly the annotated ones.
# Round trip: pgdrift check --desired DESIRED --actual <its own dump> is in sync.
#
# PGDRIFT_ACCEPT=1 (re)writes the expected files instead of comparing (see tools/accept-goldens.sh).
# PGDRIFT=path overrides the binary, GOLDEN_JOBS=N the number of cases run at once (default: the
# number of cores). Last line: "N passed, N failed"; exit 1 if any failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
cd "$ROOT"
# shellcheck source=tests/lib.sh
source tests/lib.sh
readonly GOLDEN_DIR=testdata/golden
readonly PGDRIFT
ACCEPT=${PGDRIFT_ACCEPT:-0}
readonly ACCEPT
readonly DIFF_LINES=40
export NO_COLOR=1

JOBS=${GOLDEN_JOBS:-$(nproc)}
readonly JOBS
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Prints the case folders (those with desired.sql or desired/), sorted.
find_cases() {
  find "$GOLDEN_DIR" \( -name desired.sql -type f -o -name desired -type d \) -printf '%h\n' 2>/dev/null |
    LC_ALL=C sort -u
}

desired_of() {
  if [[ -d $1/desired ]]; then echo "$1/desired"; else echo "$1/desired.sql"; fi
}

# run_pgdrift OUT ERR ARGS...: runs pgdrift, stdout to OUT, stderr to ERR; returns its exit code.
run_pgdrift() {
  local out=$1 err=$2
  shift 2
  "$PGDRIFT" "$@" >"$out" 2>"$err"
}

# check_output NAME PRODUCED EXPECTED: compare (or accept) one output file.
check_output() {
  local name=$1 produced=$2 expected=$3
  if [[ $ACCEPT == 1 ]]; then
    mkdir -p "$(dirname "$expected")"
    cp "$produced" "$expected"
    pass "$name (accepted)"
  elif [[ ! -f $expected ]]; then
    fail "$name" "missing $expected (run tools/accept-goldens.sh and review the diff)"
  elif cmp -s "$expected" "$produced"; then
    pass "$name"
  else
    fail "$name" "output differs from $expected"
    diff -u --label "$expected" --label "produced" "$expected" "$produced" | head -n "$DIFF_LINES" || true
  fi
}

# check_stderr NAME PRODUCED EXPECTED: the warnings, always compared (no expected file = none
# expected, so a new warning fails the case); accepting writes a non-empty stderr and removes a
# stale file when there are no warnings.
check_stderr() {
  local name=$1 produced=$2 expected=$3
  if [[ $ACCEPT == 1 ]]; then
    if [[ -s $produced ]]; then
      check_output "$name" "$produced" "$expected"
    else
      rm -f "$expected"
    fi
  elif [[ -f $expected ]]; then
    check_output "$name" "$produced" "$expected"
  elif [[ -s $produced ]]; then
    fail "$name" "unexpected warnings (no $expected)"
    head -n "$DIFF_LINES" "$produced"
  else
    pass "$name"
  fi
}

# check_round_trip NAME DESIRED POLICY...: pgdrift's dump of DESIRED, read back, is the same
# catalog (replay(parse(dump(c))) == c): privileges and owners included. A case listed in
# round_trip_known.txt must still fail (its line goes once it passes).
check_round_trip() {
  local case=$1 name="$1/dump round-trips" desired=$2 rc=0 known
  shift 2
  "$PGDRIFT" dump "$desired" "$@" >"$WORK/round.sql" 2>/dev/null || rc=$?
  [[ $rc -eq 0 ]] && { "$PGDRIFT" check --with-privileges --with-owners --desired "$desired" --actual "$WORK/round.sql" "$@" \
                         >"$WORK/round.out" 2>/dev/null || rc=$?; }
  known=$(awk -v c="$case" '$1 == c { $1 = ""; print substr($0, 2) }' tests/golden/round_trip_known.txt)
  if [[ -n $known ]]; then
    if [[ $rc -eq 1 ]]; then pass "$name: known not to yet ($known)"; else
      fail "$name" "listed in tests/golden/round_trip_known.txt but check exited $rc: remove its line"
    fi
  elif [[ $rc -eq 0 ]]; then pass "$name"; else
    fail "$name" "pgdrift check of the desired schema against its own dump exited $rc"
    head -n "$DIFF_LINES" "$WORK/round.out"
  fi
}

# run_step NAME EXPECTED_FILE ERR_FILE ARGS...: runs pgdrift and checks exit 0 and its stdout.
run_step() {
  local name=$1 expected=$2 err=$3 rc=0
  shift 3
  local out="$WORK/out"
  run_pgdrift "$out" "$err" "$@" || rc=$?
  if [[ $rc -ne 0 ]]; then
    fail "$name" "pgdrift $* exited $rc"
    head -n "$DIFF_LINES" "$err"
    return 1
  fi
  check_output "$name" "$out" "$expected"
}

run_case() {
  local dir=$1 name desired policy=() last_err
  name=${dir#"$GOLDEN_DIR"/}
  desired=$(desired_of "$dir")
  [[ -f $dir/.pgdrift ]] && policy=(--policy "$dir/.pgdrift")

  local ran_ok=1
  last_err="$WORK/dump.err"
  run_step "$name/dump" "$dir/expected/dump.sql" "$last_err" \
    dump "$desired" "${policy[@]}" || ran_ok=0
  [[ $ACCEPT == 1 ]] || check_round_trip "$name" "$desired" "${policy[@]}"

  if [[ -f $dir/actual.sql ]]; then
    local args=(--desired "$desired" --actual "$dir/actual.sql" "${policy[@]}") step
    last_err="$WORK/diff-text.err"  # the warnings compared are those of diff --format text
    # COMMAND.FORMAT: expected/COMMAND.EXT (text is .txt)
    for step in diff.text diff.json diff.github diff.sarif inventory.text inventory.json; do
      local cmd=${step%.*} fmt=${step#*.}
      local file="$cmd.${fmt/text/txt}"
      run_step "$name/$file" "$dir/expected/$file" "$WORK/$cmd-$fmt.err" "$cmd" "${args[@]}" --format "$fmt" || ran_ok=0
    done
    check_reconcile_header "$name" "$dir" "${args[@]}" || ran_ok=0
  fi
  # Never accept the stderr of a failed run as the expected warnings.
  if [[ $ACCEPT != 1 || $ran_ok == 1 ]]; then
    check_stderr "$name/stderr" "$last_err" "$dir/expected/stderr.txt"
  fi
  check_annotations "$name" "$last_err" "$desired" "$dir/actual.sql"
}

# check_reconcile_header NAME DIR ARGS...: the reconciler's header (what drifted, the hazards,
# the notes: the comment lines before its first statement) vs DIR/expected/reconcile.txt.
check_reconcile_header() {
  local name=$1 dir=$2 rc=0
  shift 2
  "$PGDRIFT" reconcile "$@" -o "$WORK/reconcile.sql" 2>"$WORK/reconcile.err" || rc=$?
  if [[ $rc -ne 0 ]]; then
    fail "$name/reconcile.txt" "pgdrift reconcile exited $rc: $(head -n 3 "$WORK/reconcile.err")"
    return 1
  fi
  sed '/^--/!q' "$WORK/reconcile.sql" | sed '$d' >"$WORK/reconcile.txt"
  check_output "$name/reconcile.txt" "$WORK/reconcile.txt" "$dir/expected/reconcile.txt"
}

# check_annotations NAME STDERR INPUT...: the diagnostics annotated in the inputs
# (tests/golden/expected_diags.py) are exactly the located ones reported; no test without one.
check_annotations() {
  local name=$1 err=$2
  shift 2
  grep -rqs -- '-- *expected-\(warning\|error\)' "$@" || return 0
  if python3 tests/golden/expected_diags.py "$err" "$@" >"$WORK/annotations.out"; then
    pass "$name/expected diagnostics"
  else
    fail "$name/expected diagnostics" "the inputs' annotations and the diagnostics differ"
    cat "$WORK/annotations.out"
  fi
}

# run_layout_case DIR: baseline written into a migration tool's folder, checked file by file.
run_layout_case() {
  local dir=$1 name rc=0 args
  name=layouts/$(basename "$dir")
  rm -rf "$WORK/project" && cp -r "$dir/project" "$WORK/project"
  read -r -a args <"$dir/args"
  (cd "$WORK/project" && "$PGDRIFT" baseline "${args[@]}") >"$WORK/layout.out" 2>"$WORK/layout.err" || rc=$?
  if [[ $rc -ne 0 ]]; then
    fail "$name" "pgdrift baseline ${args[*]} exited $rc: $(head -3 "$WORK/layout.err")"
    return 0
  fi
  check_output "$name/stdout" "$WORK/layout.out" "$dir/stdout.txt"
  if [[ $ACCEPT == 1 ]]; then
    rm -rf "$dir/expected" && cp -r "$WORK/project" "$dir/expected"
    pass "$name/tree (accepted)"
  elif diff -r "$dir/expected" "$WORK/project" >"$WORK/layout.diff" 2>&1; then
    pass "$name/tree"
  else
    fail "$name/tree" "the folder differs from $dir/expected"
    head -n "$DIFF_LINES" "$WORK/layout.diff"
  fi
}

main() {
  local layout
  for layout in testdata/golden_layouts/*/; do
    [[ -f $layout/args ]] && run_layout_case "${layout%/}"
  done
  local cases
  mapfile -t cases < <(find_cases)
  if [[ ${#cases[@]} -eq 0 ]]; then
    fail "golden" "no cases found under $GOLDEN_DIR"
  fi
  in_parallel "$JOBS" "$WORK" run_case "${cases[@]}"
  finish
}

main "$@"
