#!/usr/bin/env bash
# Oracle test against a real PostgreSQL 15 (PGHOST/PGPORT/PGUSER, e.g. from tools/pg-sandbox.sh).
# For each golden case (testdata/golden/**/ with desired.sql or desired/) and for testdata/demo:
#   fresh database <- setup.sql (if any) <- the desired SQL, in the order its migration tool uses
#   pg_dump -s  ->  pgdrift check --desired DESIRED --actual DUMP [--policy .pgdrift]  must exit 0
#   pgdrift check --desired DUMP --actual DUMP                                        must exit 0
# With CI=true a missing server is a failure; elsewhere the suite is skipped, loudly.
# PGDRIFT=path overrides the binary. Last line: "N passed, N failed"; exit 1 if any failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
cd "$ROOT"
PGDRIFT=${PGDRIFT:-build/src/cli/pgdrift}
readonly PGDRIFT
readonly PGDRIFT_TIMEOUT=60
readonly SHOW_LINES=60
export NO_COLOR=1
export PGOPTIONS="${PGOPTIONS:-} --client-min-messages=warning"

passed=0
failed=0
WORK=$(mktemp -d)
readonly WORK
DB_PREFIX="pgdrift_oracle_$$"
readonly DB_PREFIX
current_db=""

cleanup() {
  [[ -n $current_db ]] && drop_db "$current_db"
  rm -rf "$WORK"
}
trap cleanup EXIT

pass() {
  passed=$((passed + 1))
  echo "ok   $1"
}

fail() {
  failed=$((failed + 1))
  echo "FAIL $1: $2"
}

indent() {
  head -n "$SHOW_LINES" "$1" | sed 's/^/    /'
}

# ---------------------------------------------------------------- server

server_up() {
  psql -X -q -d postgres -Atc 'select 1' >/dev/null 2>&1
}

require_server() {
  server_up && return 0
  local where="PGHOST=${PGHOST:-unset} PGPORT=${PGPORT:-unset}"
  if [[ ${CI:-} == true ]]; then
    fail "oracle" "no PostgreSQL server reachable ($where); start one with tools/pg-sandbox.sh"
    echo "$passed passed, $failed failed"
    exit 1
  fi
  echo "!!! oracle: SKIPPED: no PostgreSQL server reachable ($where)." >&2
  echo "!!! run it through tools/test.sh, or: eval \"\$(tools/pg-sandbox.sh start DIR)\"" >&2
  echo "$passed passed, $failed failed"
  exit 0
}

create_db() {
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE \"$1\" TEMPLATE template0 STRATEGY FILE_COPY" >/dev/null
}

drop_db() {
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" >/dev/null 2>&1 || true
}

# ---------------------------------------------------------------- migration order

# Flyway: V<version>__*.sql by version (1_2 = 1.2), then R__*.sql by name.
flyway_order() {
  local dir=$1 f v
  for f in "$dir"/V*__*.sql; do
    [[ -e $f ]] || continue
    v=${f##*/V}
    v=${v%%__*}
    printf '%s\t%s\n' "${v//_/.}" "$f"
  done | sort -V -k1,1 | cut -f2
  find "$dir" -maxdepth 1 -name 'R__*.sql' | LC_ALL=C sort
}

# Prints the files of a migration folder in the order its tool applies them.
ordered_migrations() {
  local dir=$1
  if compgen -G "$dir/*/migration.sql" >/dev/null; then
    printf '%s\n' "$dir"/*/migration.sql | sort -V                     # Prisma
  elif compgen -G "$dir/V*__*.sql" >/dev/null || compgen -G "$dir/R__*.sql" >/dev/null; then
    flyway_order "$dir"                                                # Flyway
  else
    find "$dir" -maxdepth 1 -type f -name '*.sql' ! -name '*.down.sql' | sort -V   # Supabase,
  fi                                                                   # golang-migrate, numbered
}

# dbmate: only the text between "-- migrate:up" and "-- migrate:down".
dbmate_up() {
  awk '/^-- *migrate:up/ {on = 1; next} /^-- *migrate:down/ {on = 0} on' "$1"
}

# psql_file DB FILE LOG: runs one script, stopping at its first error.
psql_file() {
  psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >>"$3" 2>&1
}

# load_sql DB PATH LOG: a SQL file, or a migration folder in order.
load_sql() {
  local db=$1 path=$2 log=$3 file
  if [[ -f $path ]]; then
    psql_file "$db" "$path" "$log"
    return
  fi
  local files
  mapfile -t files < <(ordered_migrations "$path")
  if [[ ${#files[@]} -eq 0 ]]; then
    echo "no migrations found in $path" >>"$log"
    return 1
  fi
  for file in "${files[@]}"; do
    if grep -q '^-- *migrate:up' "$file"; then
      dbmate_up "$file" >"$WORK/${file##*/}"
      psql_file "$db" "$WORK/${file##*/}" "$log" || return 1
    else
      psql_file "$db" "$file" "$log" || return 1
    fi
  done
}

# ---------------------------------------------------------------- checks

# pgdrift_check NAME DESIRED ACTUAL POLICY_ARGS...: check must exit 0, else show the diff.
pgdrift_check() {
  local name=$1 desired=$2 actual=$3 rc=0
  shift 3
  timeout "$PGDRIFT_TIMEOUT" "$PGDRIFT" check --desired "$desired" --actual "$actual" "$@" \
    >"$WORK/check.out" 2>"$WORK/check.err" || rc=$?
  if [[ $rc -eq 0 ]]; then
    pass "$name"
    return 0
  fi
  fail "$name" "pgdrift check exited $rc (0 = in sync expected)"
  timeout "$PGDRIFT_TIMEOUT" "$PGDRIFT" diff --desired "$desired" --actual "$actual" "$@" \
    >"$WORK/diff.out" 2>&1 || true
  echo "  pgdrift diff:"
  indent "$WORK/diff.out"
  if [[ -s $WORK/check.err ]]; then
    echo "  check stderr:"
    indent "$WORK/check.err"
  fi
}

# run_case NAME DESIRED SETUP POLICY (SETUP and POLICY may be empty)
run_case() {
  local name=$1 desired=$2 setup=$3 policy=$4 db log="$WORK/load.log" dump="$WORK/dump.sql"
  local policy_args=()
  [[ -n $policy ]] && policy_args=(--policy "$policy")
  db="${DB_PREFIX}_$((passed + failed))"
  : >"$log"
  current_db=$db
  create_db "$db"
  if [[ -n $setup ]] && ! load_sql "$db" "$setup" "$log"; then
    fail "$name" "loading $setup into PostgreSQL failed"
    indent "$log"
  elif ! load_sql "$db" "$desired" "$log"; then
    fail "$name" "loading $desired into PostgreSQL failed"
    indent "$log"
  elif ! pg_dump -s -d "$db" -f "$dump" 2>"$log"; then
    fail "$name" "pg_dump failed"
    indent "$log"
  else
    pgdrift_check "$name: desired vs pg_dump" "$desired" "$dump" "${policy_args[@]}"
    pgdrift_check "$name: pg_dump vs itself" "$dump" "$dump"
  fi
  drop_db "$db"
  current_db=""
}

run_golden_cases() {
  local dir desired policy setup
  while IFS= read -r dir; do
    desired="$dir/desired.sql"
    [[ -d $dir/desired ]] && desired="$dir/desired"
    setup=""
    [[ -f $dir/setup.sql ]] && setup="$dir/setup.sql"
    policy=""
    [[ -f $dir/.pgdrift ]] && policy="$dir/.pgdrift"
    run_case "${dir#testdata/}" "$desired" "$setup" "$policy"
  done < <(find testdata/golden \( -name desired.sql -type f -o -name desired -type d \) \
             -printf '%h\n' 2>/dev/null | LC_ALL=C sort -u)
}

run_demo() {
  local demo=testdata/demo setup="" policy=""
  [[ -d $demo/supabase/migrations ]] || return 0
  [[ -f $demo/setup.sql ]] && setup="$demo/setup.sql"
  [[ -f $demo/.pgdrift ]] && policy="$demo/.pgdrift"
  run_case "demo" "$demo/supabase/migrations" "$setup" "$policy"
}

main() {
  require_server
  if [[ ! -x $PGDRIFT ]]; then
    fail "oracle" "pgdrift binary not found at $PGDRIFT (run tools/build.sh)"
  else
    run_golden_cases
    run_demo
    [[ $((passed + failed)) -gt 0 ]] || fail "oracle" "no cases found"
  fi
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
}

main "$@"
