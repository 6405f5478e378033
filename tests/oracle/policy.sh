#!/usr/bin/env bash
# Policy rules that change what the reconciler does, on a real server (testdata/policy/*/):
# renames without data loss (actual.sql is production under the old names, with rows; the
# desired schema has the same objects under new names, said by `rename ...;` rules or by its own
# migrations: inferred), conversions (`using t.col as (...)`), `ignore comments;` (the server's
# comments stay) and `ignore privileges on schema ...;`. Per case:
#   check             exit 1 listing exactly expected.txt (written by hand; exit 0 when empty)
#   converges         reconciler applied: check of its pg_dump against the desired schema is in sync
#   keeps every row   rows_after.sql on the reconciled database == rows_before.sql before
#   second run        applying it again logs no action
#   rollback          the rollback script gives back the old state (in sync with the original
#                     dump) and the same rows
# usage: tests/oracle/policy.sh [CASE...]      Last line: "N passed, N failed".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
cd "$ROOT"
# shellcheck source=tests/lib.sh
source tests/lib.sh
readonly CASES_DIR=testdata/policy
SHOW_LINES=15
WORK=$(mktemp -d)
readonly WORK
DBS=()
trap 'for d in "${DBS[@]}"; do drop_db "$d"; done; rm -rf "$WORK"' EXIT

rows() { psql -X -Atq -v ON_ERROR_STOP=1 -d "$1" -f "$2" 2>&1; }
log_count() { psql -X -Atq -d "$1" -c "SELECT count(*) FROM pgdrift.reconcile_log" 2>&1; }

# expect NAME CONDITION_RC DETAIL: pass when the condition's exit code was 0.
expect() {
  if [[ $2 -eq 0 ]]; then pass "$1"; else fail "$1" "$3"; fi
}

run_case() {
  local name=$1 case_dir=$CASES_DIR/$1 dir=$WORK/$1 db desired rc=0 policy=()
  mkdir -p "$dir"
  desired=$case_dir/desired.sql
  [[ -d $case_dir/desired ]] && desired=$case_dir/desired
  [[ -f $case_dir/.pgdrift ]] && policy=(--policy "$case_dir/.pgdrift")
  db="${DB_PREFIX:-pgdrift_policy}_$name"
  DBS+=("$db")
  create_db "$db"
  if ! psql_file "$db" "$case_dir/actual.sql" "$dir/load.log" || ! pg_dump -s -d "$db" -f "$dir/before.sql" 2>>"$dir/load.log"; then
    fail "$name: loads" "$(head -5 "$dir/load.log")"
    return 0
  fi
  rows "$db" "$case_dir/rows_before.sql" >"$dir/rows.before"

  "$PGDRIFT" check -d "$desired" -a "$dir/before.sql" "${policy[@]}" >"$dir/check.out" 2>"$dir/check.err" || rc=$?
  grep '^  ' "$dir/check.out" >"$dir/check.lines" || true
  local ok=0
  local want_rc=1
  [[ -s $case_dir/expected.txt ]] || want_rc=0
  { diff -u "$case_dir/expected.txt" "$dir/check.lines" >"$dir/check.diff" && [[ $rc -eq $want_rc ]]; } || ok=1
  expect "$name: check lists exactly the expected changes" $ok "exit $rc; $(cat "$dir/check.diff" "$dir/check.err" | head -20)"

  rc=0
  "$PGDRIFT" reconcile -d "$desired" -a "$dir/before.sql" "${policy[@]}" -o "$dir/r.sql" --rollback "$dir/rb.sql" 2>"$dir/r.err" || rc=$?
  if [[ $rc -ne 0 ]] || ! psql_file "$db" "$dir/r.sql" "$dir/apply.log"; then
    fail "$name: converges" "reconcile exit $rc; $(head -5 "$dir/r.err"; grep -m3 ERROR "$dir/apply.log")"
    return 0
  fi
  pg_dump -s -d "$db" -f "$dir/after.sql"
  ok=0
  "$PGDRIFT" check -d "$desired" -a "$dir/after.sql" "${policy[@]}" >"$dir/after.out" 2>&1 || ok=$?
  expect "$name: converges" $ok "$(head -20 "$dir/after.out")"

  rows "$db" "$case_dir/rows_after.sql" >"$dir/rows.after"
  ok=0
  diff -u "$dir/rows.before" "$dir/rows.after" >"$dir/rows.diff" || ok=1
  expect "$name: every row kept" $ok "$(head -20 "$dir/rows.diff")"

  local logged again
  logged=$(log_count "$db")
  ok=0
  psql_file "$db" "$dir/r.sql" "$dir/again.log" || ok=1
  again=$(log_count "$db")
  [[ $logged == "$again" ]] || ok=1
  expect "$name: a second run changes nothing" $ok "$logged logged actions before, $again after; $(grep -m3 ERROR "$dir/again.log")"

  if psql_file "$db" "$dir/rb.sql" "$dir/rollback.log" && pg_dump -s -d "$db" -f "$dir/back.sql"; then
    ok=0
    { "$PGDRIFT" check -d "$dir/before.sql" -a "$dir/back.sql" >"$dir/back.out" 2>&1 &&
      rows "$db" "$case_dir/rows_before.sql" | diff -u "$dir/rows.before" - >"$dir/back.diff"; } || ok=1
    expect "$name: rollback restores the old state and every row" $ok "$(cat "$dir/back.out" "$dir/back.diff" 2>/dev/null | head -20)"
  else
    fail "$name: rollback restores the old state and every row" "$(grep -m3 ERROR "$dir/rollback.log")"
  fi
}

main() {
  require_server policy
  require_pgdrift policy
  local dir name
  for dir in "$CASES_DIR"/*/; do
    name=$(basename "$dir")
    [[ $# -eq 0 || " $* " == *" $name "* ]] || continue
    echo "--- $name"
    run_case "$name"
  done
  [[ $((passed + failed)) -gt 0 ]] || fail "policy" "no cases found"
  finish
}

main "$@"
