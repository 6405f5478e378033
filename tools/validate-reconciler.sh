#!/usr/bin/env bash
# Rehearse a reconciler on a scratch copy of your database before running it for real.
#   1. pg_dump -s of the scratch database (before)
#   2. run the reconciler (psql -v ON_ERROR_STOP=1 -q -f FILE), showing its notices
#   3. pg_dump -s (after run 1): what run 1 changed is shown as a diff summary
#   4. run it again, pg_dump -s (after run 2)
# and check that run 2 succeeded, changed nothing in the schema and printed only "up to date"
# notices. The database IS modified: point it at a scratch copy, never at production.
#
# usage: tools/validate-reconciler.sh SCRATCH_DB_URL RECONCILER.sql
#   e.g. tools/validate-reconciler.sh postgresql://postgres@localhost:5432/scratch 009_reconcile.sql
# Exit 0 when the reconciler applies and is idempotent, 1 when not, 2 on bad usage.
set -euo pipefail

readonly APPLY_TIMEOUT=${APPLY_TIMEOUT:-3600}
readonly SHOW_LINES=30

WORK=$(mktemp -d)
readonly WORK
trap 'rm -rf "$WORK"' EXIT

usage() {
  echo "usage: $0 SCRATCH_DB_URL RECONCILER.sql" >&2
  echo "  runs the reconciler twice on the (scratch!) database and checks the second run is a no-op" >&2
  exit 2
}

say() {
  echo "validate-reconciler: $*"
}

indent() {
  head -n "$SHOW_LINES" "$1" | sed 's/^/    /'
}

# schema_dump DB OUT [PG_DUMP_ARGS...]: pg_dump -s without the lines that differ between two
# dumps of the same schema (the random \restrict key of recent pg_dump releases).
schema_dump() {
  local db=$1 out=$2
  shift 2
  if ! pg_dump -s -d "$db" -f "$out.raw" "$@" 2>"$WORK/pg_dump.err"; then
    say "pg_dump failed:"
    indent "$WORK/pg_dump.err"
    return 1
  fi
  grep -Ev '^\\(un)?restrict ' "$out.raw" >"$out" || true
}

# user_schema_dump DB OUT: the same without the reconciler's own schemas (for the summary).
user_schema_dump() {
  schema_dump "$1" "$2" -N pgdrift -N pgdrift_backup
}

# run_reconciler DB FILE LOG: applies FILE as users do, with notices shown.
run_reconciler() {
  PGOPTIONS="${PGOPTIONS:-} --client-min-messages=notice" \
    timeout "$APPLY_TIMEOUT" psql -X -v ON_ERROR_STOP=1 -q -d "$1" -f "$2" >"$3" 2>&1
}

# notices LOG: the NOTICE lines of a run, without psql's file:line prefix.
notices() {
  grep 'NOTICE:' "$1" | sed 's/^psql:[^ ]*: //' || true
}

# run_once N DB FILE: runs the reconciler, reporting how it went; fails when psql failed.
run_once() {
  local n=$1 db=$2 file=$3 rc=0 log="$WORK/run$1.log"
  run_reconciler "$db" "$file" "$log" || rc=$?
  notices "$log" >"$WORK/run$n.notices"
  if [[ $rc -ne 0 ]]; then
    say "run $n FAILED (psql exit $rc$([[ $rc -eq 124 ]] && echo ", timed out after ${APPLY_TIMEOUT}s")):"
    indent "$log"
    return 1
  fi
  grep -v 'up to date' "$WORK/run$n.notices" >"$WORK/run$n.actions" || true
  say "run $n: ok, $(wc -l <"$WORK/run$n.notices") notices, $(wc -l <"$WORK/run$n.actions") of them not \"up to date\""
}

# changes BEFORE AFTER: a short account of the schema differences between two dumps.
changes() {
  diff -U 0 "$1" "$2" | grep -E '^[-+][^-+]' >"$WORK/changes" || true
  if [[ ! -s $WORK/changes ]]; then
    echo "    (no schema change)"
    return 0
  fi
  echo "    $(grep -c '^+' "$WORK/changes" || true) lines added, $(grep -c '^-' "$WORK/changes" || true) removed in pg_dump -s; first lines:"
  head -n "$SHOW_LINES" "$WORK/changes" | sed 's/^/      /'
}

check_second_run() {
  local ok=0
  if ! cmp -s "$WORK/after1.sql" "$WORK/after2.sql"; then
    say "FAIL: run 2 changed the schema again:"
    diff -u --label "after run 1" --label "after run 2" "$WORK/after1.sql" "$WORK/after2.sql" |
      head -n "$SHOW_LINES" | sed 's/^/    /' || true
    ok=1
  fi
  grep -v 'up to date' "$WORK/run2.notices" >"$WORK/other" || true
  if [[ -s $WORK/other ]]; then
    say "FAIL: run 2 printed notices other than \"up to date\" (it did something):"
    indent "$WORK/other"
    ok=1
  fi
  return "$ok"
}

main() {
  [[ $# -eq 2 ]] || usage
  local db=$1 file=$2
  [[ -f $file ]] || { echo "validate-reconciler: no such file: $file" >&2; exit 2; }
  if ! command -v psql >/dev/null || ! command -v pg_dump >/dev/null; then
    echo "validate-reconciler: needs psql and pg_dump (postgresql-client)" >&2
    exit 2
  fi
  if ! psql -X -q -d "$db" -Atc 'select 1' >/dev/null 2>"$WORK/connect.err"; then
    say "cannot connect to the database:"
    indent "$WORK/connect.err"
    exit 1
  fi

  say "rehearsing $file (the database is modified: it must be a scratch copy)"
  user_schema_dump "$db" "$WORK/before_user.sql" || exit 1
  run_once 1 "$db" "$file" || { say "FAIL: the reconciler does not apply"; exit 1; }
  schema_dump "$db" "$WORK/after1.sql" || exit 1
  user_schema_dump "$db" "$WORK/after1_user.sql" || exit 1
  if [[ -s $WORK/run1.actions ]]; then
    echo "  run 1 did:"
    indent "$WORK/run1.actions"
  fi
  echo "  run 1 changed (outside schemas pgdrift and pgdrift_backup):"
  changes "$WORK/before_user.sql" "$WORK/after1_user.sql"
  run_once 2 "$db" "$file" || { say "FAIL: the reconciler does not apply a second time"; exit 1; }
  schema_dump "$db" "$WORK/after2.sql" || exit 1
  if check_second_run; then
    say "OK: run 2 changed nothing and printed only \"up to date\" notices"
    exit 0
  fi
  exit 1
}

main "$@"
