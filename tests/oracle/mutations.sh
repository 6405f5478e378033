#!/usr/bin/env bash
# Mutation test against a real PostgreSQL 15 (PGHOST/PGPORT/PGUSER, e.g. from tools/pg-sandbox.sh).
# A database is built from mutations/base.sql; for each mutations/NN_*.sql a copy of it gets that
# one change, is dumped with pg_dump -s, and
#   pgdrift check --desired base.sql --actual DUMP --format json
# must exit 1 and report exactly the (change, kind, object) triples of the file's
# "-- expect: <change> <kind> <object>" lines: nothing missing, nothing more, nothing twice.
# Then the change must be repaired: `pgdrift reconcile` (every kind allowed to be dropped, since
# the mutations add objects by hand) applied to that database with psql -v ON_ERROR_STOP=1,
# and its new pg_dump -s checked against base.sql: in sync, or exactly the changes of the file's
# "-- after repair: <change> <kind> <object>" lines (what PostgreSQL cannot undo safely).
# A "-- flags: ..." line adds options to every pgdrift call of that file (--with-privileges).
# First of all, base.sql against its own dump must be in sync.
# With CI=true a missing server is a failure; elsewhere the suite is skipped, loudly.
# PGDRIFT=path overrides the binary. Last line: "N passed, N failed"; exit 1 if any failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
cd "$ROOT"
# shellcheck source=tests/lib.sh
source tests/lib.sh
readonly PGDRIFT
readonly MUTATIONS=tests/oracle/mutations
readonly BASE=$MUTATIONS/base.sql
readonly PGDRIFT_TIMEOUT=60
readonly SHOW_LINES=40
export NO_COLOR=1
export PGOPTIONS="${PGOPTIONS:-} --client-min-messages=warning"

TOP_WORK=$(mktemp -d)
readonly TOP_WORK
WORK=$TOP_WORK  # each mutation has its own (run_mutations)
readonly JOBS=${MUTATION_JOBS:-2}
TEMPLATE_DB="pgdrift_mut_$$_base"
readonly TEMPLATE_DB
current_db=""

cleanup() {
  [[ -n $current_db ]] && drop_db "$current_db"
  drop_db "$TEMPLATE_DB"
  rm -rf "$TOP_WORK"
}
trap cleanup EXIT

# load DB FILE: runs one script, its output in $WORK/psql.log.
load() {
  : >"$WORK/psql.log"
  psql_file "$1" "$2" "$WORK/psql.log"
}

# ---------------------------------------------------------------- pgdrift

# run_pgdrift CMD ACTUAL [ARGS...]: desired is always base.sql; sets $rc.
run_pgdrift() {
  local cmd=$1 actual=$2
  shift 2
  rc=0
  # shellcheck disable=SC2086 # a list of flags
  timeout "$PGDRIFT_TIMEOUT" "$PGDRIFT" "$cmd" --desired "$BASE" --actual "$actual" $FLAGS "$@" \
    >"$WORK/out" 2>"$WORK/err" || rc=$?
}

show_text_diff() {
  run_pgdrift diff "$1"
  echo "  pgdrift diff:"
  cat "$WORK/err" >>"$WORK/out"
  indent "$WORK/out"
}

# Prints "change kind object" for every entry of the JSON report on stdin, sorted.
json_changes() {
  python3 -c '
import json, sys
for c in json.load(sys.stdin)["changes"]:
    print(c["change"], c["kind"], c["object"])
' | LC_ALL=C sort
}

# Prints the "-- expect:" triples of a mutation file, whitespace-normalised, sorted, unique.
expected_changes() {
  sed -n 's/^-- expect:[[:space:]]*//p' "$1" | awk '{$1 = $1; print}' | LC_ALL=C sort -u
}

# ---------------------------------------------------------------- tests

build_template() {
  create_db "$TEMPLATE_DB"
  if ! load "$TEMPLATE_DB" "$BASE"; then
    fail "mutation" "$BASE does not load into PostgreSQL"
    indent "$WORK/psql.log"
    finish
    exit 1
  fi
}

test_base_in_sync() {
  local name="base.sql vs its own pg_dump is in sync"
  pg_dump -s -d "$TEMPLATE_DB" -f "$WORK/base_dump.sql"
  run_pgdrift check "$WORK/base_dump.sql"
  if [[ $rc -eq 0 ]]; then
    pass "$name"
  else
    fail "$name" "pgdrift check exited $rc (every mutation below will show this noise too)"
    show_text_diff "$WORK/base_dump.sql"
  fi
}

# compare_changes NAME MUTATION_FILE: JSON in $WORK/out vs the file's expectations.
compare_changes() {
  local name=$1 file=$2
  expected_changes "$file" >"$WORK/expected"
  if [[ ! -s $WORK/expected ]]; then
    fail "$name" "$file has no '-- expect:' line"
    return 0
  fi
  if ! json_changes <"$WORK/out" >"$WORK/reported" 2>"$WORK/json.err"; then
    fail "$name" "output is not the documented JSON: $(head -c 300 "$WORK/out")"
    return 0
  fi
  if cmp -s "$WORK/expected" "$WORK/reported"; then
    pass "$name"
    return 0
  fi
  fail "$name" "reported changes differ from the expected ones"
  echo "  expected only (not reported):"
  LC_ALL=C comm -23 "$WORK/expected" "$WORK/reported" | sed 's/^/    /'
  echo "  reported only (or twice):"
  LC_ALL=C comm -13 "$WORK/expected" "$WORK/reported" | sed 's/^/    /'
}

FLAGS=""

run_mutation() {
  local file=$1 name db dump="$WORK/dump.sql"
  FLAGS=$(sed -n 's/^-- flags:[[:space:]]*//p' "$file" | head -n 1)
  name="mutation/$(basename "$file" .sql)"
  db="pgdrift_mut_$$_${CASE_IDX:-0}"
  current_db=$db
  create_db "$db" "$TEMPLATE_DB"
  if ! load "$db" "$file"; then
    fail "$name" "the mutation does not apply to base.sql"
    indent "$WORK/psql.log"
  elif ! pg_dump -s -d "$db" -f "$dump" 2>"$WORK/psql.log"; then
    fail "$name" "pg_dump failed"
    indent "$WORK/psql.log"
  else
    run_pgdrift check "$dump" --format json
    if [[ $rc -ne 1 ]]; then
      fail "$name" "pgdrift check exited $rc (1 = drift expected)"
      indent "$WORK/err"
    else
      compare_changes "$name" "$file"
      test_repair "$name: repaired by the reconciler" "$db" "$dump" "$file"
    fi
  fi
  drop_db "$db"
  current_db=""
}

mapfile -t DROP_KINDS < <(drop_kinds)
readonly DROP_KINDS

# test_repair NAME DB DUMP FILE: reconcile DB (described by DUMP) to base.sql and check the result.
test_repair() {
  local name=$1 db=$2 dump=$3 file=$4 kind args=()
  for kind in "${DROP_KINDS[@]}"; do args+=(--allow-drop "$kind"); done
  run_pgdrift reconcile "$dump" -o "$WORK/r.sql" "${args[@]}"
  if [[ $rc -ne 0 ]]; then
    fail "$name" "pgdrift reconcile exited $rc"
    indent "$WORK/err"
    return 0
  fi
  if ! load "$db" "$WORK/r.sql"; then
    fail "$name" "the reconciler failed on the mutated database"
    indent "$WORK/psql.log"
    return 0
  fi
  pg_dump -s -d "$db" -f "$WORK/repaired.sql" 2>"$WORK/psql.log"
  sed -n 's/^-- after repair:[[:space:]]*//p' "$file" | awk '{$1 = $1; print}' | LC_ALL=C sort -u >"$WORK/remaining"
  if [[ -s $WORK/remaining ]]; then
    run_pgdrift check "$WORK/repaired.sql" --format json
    if json_changes <"$WORK/out" 2>/dev/null | cmp -s - "$WORK/remaining"; then
      pass "$name"
    else
      fail "$name" "changes left after the reconciler differ from the file's '-- after repair:' lines"
      show_text_diff "$WORK/repaired.sql"
    fi
    return 0
  fi
  run_pgdrift check "$WORK/repaired.sql"
  if [[ $rc -eq 0 ]]; then
    pass "$name"
  else
    fail "$name" "pgdrift check after the reconciler exited $rc (0 = in sync expected)"
    show_text_diff "$WORK/repaired.sql"
  fi
}

# The mutations, JOBS at a time: each in a subshell with its own WORK directory and database,
# its output and counts collected in file order.
run_mutations() {
  local file files=()
  for file in "$MUTATIONS"/*.sql; do
    [[ $file == "$BASE" ]] || files+=("$file")
  done
  in_parallel "$JOBS" "$TOP_WORK" run_mutation "${files[@]}"
}

main() {
  require_server mutation
  require_pgdrift mutation
  build_template
  test_base_in_sync
  run_mutations
  finish
}

main "$@"
