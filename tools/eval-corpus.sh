#!/usr/bin/env bash
# Measure pgdrift on an external corpus (a measurement, not a test: it never fails on drift).
# A case is a folder with b.sql (the desired schema; meta.json may give min_version), or a
# standalone *.sql file. For each case: load it into a fresh database of a PostgreSQL 15 server,
# pg_dump -s, then `pgdrift check --desired <b.sql> --actual <dump>`:
#   exit 0 -> in sync, 1 -> drift, 2 -> parse error, anything else (or a timeout) -> crash.
# Cases that PostgreSQL 15 itself cannot load (missing extension such as postgis or vector,
# newer syntax) are "skipped", with the reason. Support files (_*.sql, e.g. _prereq_roles.sql)
# found in a given folder are run first; roles named by "role ... does not exist" are created.
# Uses PGHOST/PGPORT if a server answers there, else starts its own sandbox (on tmpfs if it can).
# Writes one line per case to the log (default build/eval-corpus.log) and keeps pgdrift's output
# and the pg_dump of every case that is not in sync in LOG.d/ to reproduce it.
#
# usage: tools/eval-corpus.sh [--limit N] [--jobs N] [--log FILE] DIR|FILE...
#   e.g. tools/eval-corpus.sh ../shared/corpus/sqldef ../shared/corpus/migra ../shared/corpus/realworld
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
SELF="$ROOT/tools/$(basename "${BASH_SOURCE[0]}")"
readonly SELF
# shellcheck source=tests/lib.sh
source "$ROOT/tests/lib.sh"
readonly PG_MAJOR=15
readonly LOAD_TIMEOUT=120
readonly CHECK_TIMEOUT=60
readonly ROLE_RETRIES=5
export PGOPTIONS="${PGOPTIONS:-} --client-min-messages=warning"
export NO_COLOR=1

usage() {
  echo "usage: $0 [--limit N] [--jobs N] [--log FILE] DIR|FILE..." >&2
  exit 2
}

# ---------------------------------------------------------------- collecting cases

# emit_case SUITE NAME DESIRED: one line of the case list (meta.json may sit beside b.sql).
emit_case() {
  printf '%s\t%s\t%s\n' "$1" "$1/$2" "$3"
}

# collect ARG: prints the cases found in one argument.
collect() {
  local arg=${1%/} suite sub file
  suite=$(basename "$arg")
  if [[ -f $arg ]]; then
    emit_case "$(basename "$(dirname "$arg")")" "$(basename "$arg")" "$arg"
  elif [[ -f $arg/b.sql ]]; then
    emit_case "$(basename "$(dirname "$arg")")" "$suite" "$arg/b.sql"
  elif [[ -d $arg ]]; then
    for sub in "$arg"/*/; do
      sub=${sub%/}
      [[ $(basename "$sub") == _* || ! -f $sub/b.sql ]] && continue
      emit_case "$suite" "$(basename "$sub")" "$sub/b.sql"
    done
    for file in "$arg"/*.sql; do
      [[ -f $file && $(basename "$file") != _* ]] && emit_case "$suite" "$(basename "$file")" "$file"
    done
  else
    echo "eval-corpus: no such file or folder: $arg" >&2
    exit 2
  fi
  return 0
}

# Support files of the given folders: _*.sql and _*/*.sql.
support_files() {
  local arg
  for arg in "$@"; do
    [[ -d $arg ]] || continue
    find "$arg" -maxdepth 2 -path "$arg/_*" -name '*.sql' -type f | LC_ALL=C sort
  done
}

# ---------------------------------------------------------------- one case (worker)

psql_db() {
  local db=$1
  shift
  psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"
}

first_error() {
  grep -m1 -E 'ERROR|FATAL|error' "$1" | sed 's/^psql:[^ ]* //' | cut -c1-160 || true
}

# load_case DB FILE LOG: load, creating roles the script expects to exist.
load_case() {
  local db=$1 file=$2 log=$3 try role
  for ((try = 0; try <= ROLE_RETRIES; try++)); do
    psql_db postgres -c "CREATE DATABASE \"$db\" TEMPLATE template0 STRATEGY FILE_COPY" >/dev/null 2>"$log" || return 1
    timeout "$LOAD_TIMEOUT" psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$file" >"$log" 2>&1 && return 0
    drop_db "$db"
    role=$(sed -n 's/.*ERROR: *role "\([^"]*\)" does not exist.*/\1/p' "$log" | head -n 1)
    [[ -n $role ]] || return 1
    psql_db postgres -c "CREATE ROLE \"${role//\"/\"\"}\"" >/dev/null 2>&1 || true
  done
  return 1
}

# min_version_skip DESIRED: prints a reason when meta.json needs a newer PostgreSQL.
min_version_skip() {
  local meta want
  meta="$(dirname "$1")/meta.json"
  [[ $(basename "$1") == b.sql && -f $meta ]] || return 0
  want=$(sed -n 's/.*"min_version": *"\{0,1\}\([0-9]*\).*/\1/p' "$meta" | head -n 1)
  if [[ -n $want && $want -gt $PG_MAJOR ]]; then
    echo "needs PostgreSQL $want"
  fi
}

# check_case NAME DESIRED DUMP DETAIL: runs pgdrift, prints "status<TAB>reason".
check_case() {
  local desired=$2 dump=$3 detail=$4 rc=0
  timeout "$CHECK_TIMEOUT" "$PGDRIFT" check --desired "$desired" --actual "$dump" \
    >"$detail" 2>"$detail.err" || rc=$?
  local first_out first_err
  first_out=$(grep -m1 -v '^[[:space:]]*$' "$detail" | cut -c1-160 || true)
  first_err=$(grep -m1 'error:' "$detail.err" | cut -c1-200 || true)
  cat "$detail.err" >>"$detail"
  rm -f "$detail.err"
  case $rc in
    0) printf 'in_sync\t\n' ;;
    1) printf 'drift\t%s\n' "$first_out" ;;
    2) printf 'parse_error\t%s\n' "$first_err" ;;
    124) printf 'crash\ttimeout after %ss\n' "$CHECK_TIMEOUT" ;;
    *) printf 'crash\texit %s\n' "$rc" ;;
  esac
}

# worker LINE: evaluates one case; writes "status<TAB>case<TAB>reason" to its result file.
worker() {
  local idx suite name desired db result reason log dump detail
  IFS=$'\t' read -r idx suite name desired <<<"$1"
  db="pgdrift_eval_${EVAL_ID}_$idx"
  log="$EVAL_WORK/$idx.load"
  dump="$EVAL_DETAILS/${name//\//__}.dump.sql"
  detail="$EVAL_DETAILS/${name//\//__}.txt"
  reason=$(min_version_skip "$desired")
  if [[ -n $reason ]]; then
    result=$(printf 'skipped\t%s' "$reason")
  elif ! load_case "$db" "$desired" "$log"; then
    result=$(printf 'skipped\tload failed: %s' "$(first_error "$log")")
  elif ! pg_dump -s -d "$db" -f "$dump" 2>"$log"; then
    result=$(printf 'skipped\tpg_dump failed: %s' "$(first_error "$log")")
  else
    result=$(check_case "$name" "$desired" "$dump" "$detail")
  fi
  drop_db "$db"
  rm -f "$log"
  [[ $result == in_sync* || $result == skipped* ]] && rm -f "$detail" "$dump"
  printf '%s\t%s\t%s\n' "${result%%$'\t'*}" "$name" "${result#*$'\t'}" >"$EVAL_WORK/$idx.result"
}

# ---------------------------------------------------------------- driver

SANDBOX=""
cleanup() {
  if [[ -n $SANDBOX ]]; then
    "$ROOT/tools/pg-sandbox.sh" stop "$SANDBOX" || true
    rm -rf "$SANDBOX"
  fi
  [[ -n ${EVAL_WORK:-} ]] && rm -rf "$EVAL_WORK"
}

ensure_server() {
  if [[ -n ${PGHOST:-} ]] && server_up; then
    echo "using the server at PGHOST=$PGHOST PGPORT=${PGPORT:-5432}" >&2
    return 0
  fi
  SANDBOX=$(mktemp -d -p "$(sandbox_parent)" pgdrift-eval.XXXXXX)
  eval "$("$ROOT/tools/pg-sandbox.sh" start "$SANDBOX")"
  export PGHOST PGPORT PGUSER
  echo "started a sandbox server at $SANDBOX (port $PGPORT)" >&2
}

load_support_files() {
  local file
  while IFS= read -r file; do
    echo "support file: $file" >&2
    psql -X -q -d postgres -f "$file" >/dev/null 2>&1 || echo "  (had errors; continuing)" >&2
  done < <(support_files "$@")
}

# Prints every case's result line; a case whose worker died is a "harness_error".
collect_results() {
  local idx suite name desired
  while IFS=$'\t' read -r idx suite name desired; do
    if [[ -s $EVAL_WORK/$idx.result ]]; then
      cat "$EVAL_WORK/$idx.result"
    else
      printf 'harness_error\t%s\tno result: the eval worker failed\n' "$name"
    fi
  done <"$EVAL_WORK/cases"
}

# summary LOG: a table per suite and the total.
summary() {
  awk -F'\t' '
    function row(name, c) {
      printf "%-12s %6d %8d %6d %12d %6d %8d\n", name, n[c], s[c "in_sync"], s[c "drift"],
        s[c "parse_error"], s[c "crash"], s[c "skipped"]
    }
    { split($2, p, "/"); suite = p[1]
      if (!(suite in seen)) { seen[suite] = 1; order[++k] = suite }
      n[suite]++; s[suite $1]++; n["total"]++; s["total" $1]++ }
    END {
      printf "%-12s %6s %8s %6s %12s %6s %8s\n", "suite", "cases", "in sync", "drift",
        "parse error", "crash", "skipped"
      for (i = 1; i <= k; i++) row(order[i], order[i])
      if (k > 1) row("total", "total")
      if (s["total" "harness_error"] > 0)
        printf "!!! %d cases have no result: eval harness errors (see the log)\n", s["total" "harness_error"]
    }' "$1"
}

main() {
  local limit=0 jobs log="$ROOT/build/eval-corpus.log" args=()
  jobs=$(nproc)
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --limit) limit=${2:?}; shift 2 ;;
      --jobs) jobs=${2:?}; shift 2 ;;
      --log) log=${2:?}; shift 2 ;;
      --worker) worker "${2:?}"; return ;;
      -*) usage ;;
      *) args+=("$1"); shift ;;
    esac
  done
  [[ ${#args[@]} -gt 0 ]] || usage

  [[ -x $PGDRIFT ]] || { echo "eval-corpus: no pgdrift at $PGDRIFT (run tools/build.sh)" >&2; exit 2; }
  export PGDRIFT

  trap cleanup EXIT
  EVAL_WORK=$(mktemp -d)
  EVAL_DETAILS="$log.d"
  EVAL_ID=$$
  export EVAL_WORK EVAL_DETAILS EVAL_ID
  mkdir -p "$(dirname "$log")"
  rm -rf "$EVAL_DETAILS"
  mkdir -p "$EVAL_DETAILS"

  local arg
  for arg in "${args[@]}"; do collect "$arg"; done | awk -v limit="$limit" \
    'limit == 0 || NR <= limit { print NR "\t" $0 }' >"$EVAL_WORK/cases"
  echo "$(wc -l <"$EVAL_WORK/cases") cases, $jobs jobs" >&2

  ensure_server
  load_support_files "${args[@]}"
  local start=$SECONDS
  tr '\n' '\0' <"$EVAL_WORK/cases" | xargs -0 -r -P "$jobs" -n 1 "$SELF" --worker || true
  collect_results | LC_ALL=C sort -t $'\t' -k2,2 >"$log"

  summary "$log"
  echo "($((SECONDS - start))s; per-case results in $log, pgdrift output and pg_dump of each drift/error case in $EVAL_DETAILS/)"
}

main "$@"
