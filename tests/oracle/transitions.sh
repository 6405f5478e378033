#!/usr/bin/env bash
# The reconciler on transitions a.sql -> b.sql (testdata/transitions/*/), each run as
# tools/eval-reconcile.py runs the peers' pairs: b's reconciler with every --allow-drop kind and
# --with-privileges, applied to a loaded; it passes when the whole catalog equals b's, a second
# run does nothing, the reconciler converges an empty database too, and the rollback restores a's
# catalog. One test per case. These are the shapes the peers' corpora found (a table replaced by
# a view others read, views dropped with a retype, grants to the owner, a column made generated,
# triggers on views, a table without columns), written anew here.
# Cases where the reconciler must leave something alone (testdata/transitions_kept/*/: a.sql,
# b.sql, check.sql, expected/, optional role): b's reconciler (no --allow-drop) applied to a
# loaded (as the role named in `role`, when there is one); the apply succeeds, its warnings are
# exactly expected/warnings.txt and check.sql's output afterwards is expected/check.out (the rows
# and kinds kept, what could change changed). One test per case.
# usage: tests/oracle/transitions.sh [CASE...]
# Last line: "N passed, N failed"; exit 1 if any failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
cd "$ROOT"
# shellcheck source=tests/lib.sh
source tests/lib.sh
readonly CASES_DIR=testdata/transitions
SHOW_LINES=10
WORK=$(mktemp -d)
readonly WORK
trap 'rm -rf "$WORK"' EXIT

main() {
  require_pgdrift transitions
  require_server transitions
  local args=() c outcome name detail
  for c in "$@"; do
    if [[ -d $CASES_DIR/$c ]]; then args+=(--case "$c"); fi
  done
  : >"$WORK/log"
  if [[ $# -eq 0 || ${#args[@]} -gt 0 ]]; then  # (only kept cases named: no transition to run)
    PGDRIFT=$PGDRIFT python3 tools/eval-reconcile.py --jobs "$(nproc)" --db-prefix "pgdrift_tr_$$" --log "$WORK/log" \
      "${args[@]}" "$CASES_DIR" >"$WORK/summary" 2>&1 || true
    [[ -s $WORK/log ]] || fail "transitions: the harness runs" "$(head -5 "$WORK/summary")"
  fi
  while IFS=$'\t' read -r outcome name detail; do
    if [[ $outcome == converged && -z $detail ]]; then
      pass "$name: converges, idempotent, from empty, rollback"
    else
      fail "$name: converges, idempotent, from empty, rollback" "$outcome: $detail"
    fi
  done <"$WORK/log"
  local dir
  for dir in testdata/transitions_kept/*/; do
    [[ $# -eq 0 || " $* " == *" $(basename "$dir") "* ]] && run_kept_case "${dir%/}"
  done
  finish
}

# run_kept_case DIR: b's reconciler on a, applied; the warnings and what check.sql reads compared.
run_kept_case() {
  local dir=$1 name db="pgdrift_trk_$$" w="$WORK/kept" problem="" role=""
  [[ -f $dir/role ]] && role=$(<"$dir/role")
  name="$(basename "$dir"): left alone, with a warning"
  mkdir -p "$w"
  drop_db "$db"
  create_db "$db"
  if ! psql_file "$db" "$dir/a.sql" "$w/load.log" || ! pg_dump -s -d "$db" -f "$w/a.dump" 2>>"$w/load.log"; then
    problem="a.sql does not load: $(grep -m1 ERROR "$w/load.log")"
  elif ! "$PGDRIFT" reconcile --desired "$dir/b.sql" --actual "$w/a.dump" -o "$w/r.sql" 2>"$w/gen.err"; then
    problem="pgdrift reconcile failed: $(head -3 "$w/gen.err")"
  elif ! PGOPTIONS="${PGOPTIONS:-}${role:+ -c role=$role}" psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$w/r.sql" >/dev/null 2>"$w/apply.err"; then
    problem="the reconciler failed: $(grep -m1 ERROR "$w/apply.err")"
  else
    sed -n 's/^psql:[^ ]* WARNING:  //p' "$w/apply.err" >"$w/warnings.txt"
    psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -f "$dir/check.sql" >"$w/check.out" 2>&1
    if ! cmp -s "$dir/expected/warnings.txt" "$w/warnings.txt"; then
      problem="warnings differ: $(diff "$dir/expected/warnings.txt" "$w/warnings.txt" | head -5 | tr '\n' ' ')"
    elif ! cmp -s "$dir/expected/check.out" "$w/check.out"; then
      problem="check.sql reads otherwise: $(diff "$dir/expected/check.out" "$w/check.out" | head -5 | tr '\n' ' ')"
    fi
  fi
  if [[ -z $problem ]]; then pass "$name"; else fail "$name" "$problem"; fi
  drop_db "$db"
}

main "$@"
