#!/usr/bin/env bash
# Measure pgdrift on the real-world schemas of the external corpus (a measurement, not a test: it
# never fails on drift). The corpus folder (e.g. ../shared/corpus/realworld, see its SOURCES.md)
# holds four schemas, each needing its own preparation before PostgreSQL 15 loads it:
#   pagila.sql                 pg_dump with pgvector and two PostgreSQL 18 features. In a temp copy:
#                              the vector extension, its comment, the vector column and the index on
#                              it are stripped; on a server older than 18, VIRTUAL generated columns
#                              become STORED, and uuidv7() is provided by a stub in pg_catalog of the
#                              scratch database (the file keeps calling uuidv7(), and pg_dump prints
#                              it unqualified, as PostgreSQL 18 would). The untouched file is also
#                              given to pgdrift as is, to record whether it parses.
#   openstreetmap_website.sql  Rails structure.sql; needs postgis and btree_gist.
#   postgrest_spec_schema.sql  test fixture; needs pgcrypto, file_fdw, ltree, isn, postgis and four
#                              postgrest_test_* roles; like upstream's database.sql, the scratch
#                              database's public schema is dropped first (the file creates it).
#   graphile_starter/          graphile-migrate migrations (afterReset.sql as superuser, then
#                              committed/000001.sql and current/1-current.sql as the owner role) with
#                              :DATABASE_* placeholders substituted, copied into a numbered folder
#                              (001_afterReset.sql, 002_000001.sql, 003_current.sql) that pgdrift
#                              reads as one migration folder; compared with our pg_dump of the result
#                              and with the corpus' own dump.sql (pg_dump 13).
# For each comparison: `pgdrift check --desired PREPARED --actual DUMP` (text and json):
#   exit 0 -> in_sync, 1 -> drift, 2 -> parse_error, else crash; a case whose extensions the server
#   lacks is "skipped" with the reason (Debian: apt-get install postgresql-15-postgis-3).
# Every drift item is listed with its kind, change and a heuristic cause; warnings are counted by
# code, side and message.
# Uses PGHOST/PGPORT if a server answers there, else starts its own sandbox (tools/pg-sandbox.sh).
# Writes one line per comparison to the log (default build/eval-realworld.log) and keeps pgdrift's
# output, the json, the classified drift, the warnings and the pg_dump of each comparison in LOG.d/.
# Prepared copies of corpus files live in a temp folder (removed at exit unless --work DIR).
#
# usage: tools/eval-realworld.sh [--log FILE] [--work DIR] REALWORLD_DIR
#   e.g. PGDRIFT=/tmp/pgd-bin/pgdrift tools/eval-realworld.sh ../shared/corpus/realworld
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
# shellcheck source=tests/lib.sh
source "$ROOT/tests/lib.sh"
readonly LOAD_TIMEOUT=300
readonly CHECK_TIMEOUT=120
export PGOPTIONS="${PGOPTIONS:-} --client-min-messages=warning"
export NO_COLOR=1

usage() {
  echo "usage: $0 [--log FILE] [--work DIR] REALWORLD_DIR" >&2
  exit 2
}

# ---------------------------------------------------------------- server

SANDBOX=""
WORK=""
KEEP_WORK=0
DBS=()
cleanup() {
  local db
  for db in "${DBS[@]}"; do drop_db "$db"; done
  if [[ -n $SANDBOX ]]; then
    "$ROOT/tools/pg-sandbox.sh" stop "$SANDBOX" || true
    rm -rf "$SANDBOX"
  fi
  if [[ -n $WORK && $KEEP_WORK -eq 0 ]]; then
    rm -rf "$WORK"
  fi
  return 0
}

ensure_server() {
  if [[ -n ${PGHOST:-} ]] && server_up; then
    echo "using the server at PGHOST=$PGHOST PGPORT=${PGPORT:-5432}" >&2
    return 0
  fi
  SANDBOX=$(mktemp -d -p "$(sandbox_parent)" pgdrift-eval-rw.XXXXXX)
  eval "$("$ROOT/tools/pg-sandbox.sh" start "$SANDBOX")"
  export PGHOST PGPORT PGUSER
  echo "started a sandbox server at $SANDBOX (port $PGPORT)" >&2
}

# ---------------------------------------------------------------- helpers

psql_db() {
  local db=$1
  shift
  psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"
}

scalar() {
  psql -X -q -At -d postgres -c "$1"
}

first_error() {
  grep -m1 -E 'ERROR|FATAL|error' "$1" | sed 's/^psql:[^ ]* //' | cut -c1-160 || true
}

# new_db CASE: a fresh scratch database for one case, named in DB (dropped at exit).
new_db() {
  DB="pgdrift_rw_$$_$1"
  drop_db "$DB"
  create_db "$DB"
  DBS+=("$DB")
}

# ensure_role NAME [ATTRIBUTES]: creates a role if missing (roles are cluster-wide; left in place).
ensure_role() {
  local name=$1 attrs=${2:-}
  if [[ -z $(scalar "SELECT 1 FROM pg_roles WHERE rolname = '$name'") ]]; then
    psql_db postgres -c "CREATE ROLE \"$name\" $attrs" >/dev/null
  fi
}

# missing_extensions FILE|DIR...: the extensions the files create that this server cannot install.
missing_extensions() {
  local wanted available
  wanted=$(cat "$@" 2>/dev/null | tr '[:upper:]' '[:lower:]' |
    sed -n 's/^[[:space:]]*create extension \(if not exists \)\{0,1\}"\{0,1\}\([a-z0-9_-]*\).*/\2/p' |
    LC_ALL=C sort -u)
  available=$(scalar "SELECT name FROM pg_available_extensions" | LC_ALL=C sort -u)
  LC_ALL=C comm -23 <(echo "$wanted" | grep -v '^$' || true) <(echo "$available") | paste -sd' ' - || true
}

# ---------------------------------------------------------------- results

# record STATUS NAME REASON: one line of the log.
record() {
  printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$RESULTS"
  printf '%-12s %-40s %s\n' "$1" "$2" "$3" >&2
}

# dump_db DB OUT LOG: pg_dump -s (plain, with owners and privileges).
dump_db() {
  pg_dump -s -d "$1" -f "$2" 2>"$3"
}

# warnings_summary ERR DESIRED: "code side count message" for every warning (names blanked).
warnings_summary() {
  local err=$1 desired=$2
  awk -v desired="$desired" '
    /: warning: .*\[W[0-9]+\]$/ {
      file = $0; sub(/:[0-9]+:[0-9]+: warning: .*/, "", file)
      side = (index(file, desired) == 1) ? "desired" : "actual"
      msg = $0; sub(/.*: warning: /, "", msg)
      code = msg; sub(/.*\[/, "", code); sub(/\]$/, "", code); sub(/ *\[W[0-9]+\]$/, "", msg)
      gsub(/"[^"]*"/, "NAME", msg)
      gsub(/[A-Za-z_][A-Za-z_0-9]*\.[A-Za-z_0-9.]+/, "NAME", msg)
      if (msg ~ /^[a-z]+ [^ ]+ does not exist/) sub(/ [^ ]+ does not exist/, " NAME does not exist", msg)
      n[code "\t" side "\t" msg]++
    }
    END { for (k in n) { split(k, p, "\t"); printf "%s %-7s %4d  %s\n", p[1], p[2], n[k], p[3] } }
  ' "$err" | LC_ALL=C sort
}

# classify JSON DESIRED ACTUAL: one line per drift item, "kind change cause object", from
# pgdrift's json and a few heuristics that look at the SQL of both sides.
classify() {
  python3 - "$@" <<'PY'
import json, os, re, sys

report, desired, actual = sys.argv[1:4]

def read(path):
    if os.path.isdir(path):
        return "\n".join(read(os.path.join(path, f)) for f in sorted(os.listdir(path))
                         if f.endswith(".sql"))
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()

dsql, asql = read(desired), read(actual)
changes = json.load(open(report, encoding="utf-8"))["changes"]

def unqual(name):
    return name.split(".")[-1]

def sqlname(obj):
    # an object id as written in SQL, with or without its schema
    return r"(?:[\w\"]+\.)?" + re.escape(unqual(obj))

def partition(group):
    pat = re.compile(r"ATTACH PARTITION\s+" + re.escape(group) + r"\b|\bTABLE\s+(IF NOT EXISTS\s+)?"
                     + sqlname(group) + r"\s+PARTITION OF\b", re.I)
    return pat.search(asql) or pat.search(dsql)

def strip_typmods(sig):
    return re.sub(r"\(\d+(,\d+)?\)", "", sig)

functions = {}
for c in changes:
    if c["kind"] == "function":
        functions.setdefault(strip_typmods(c["object"]), set()).add(c["change"])

def cause(c):
    kind, obj, change, group = c["kind"], c["object"], c["change"], c["group"]
    details = c.get("details", [])
    if kind == "extension" and obj == "plpgsql" and change == "missing":
        return "builtin-plpgsql (initdb creates it; pg_dump never dumps it)"
    if kind in ("table", "column", "constraint", "index", "trigger") and partition(group):
        return "partition (parent table not modelled, W100: what PostgreSQL cascades to partitions is missing)"
    if kind == "function" and functions.get(strip_typmods(obj)) == {"missing", "extra"}:
        return "function-argument-typmod (PostgreSQL drops typmods of arguments)"
    if kind == "table" and change == "extra" and re.search(
            r"\bCREATE\s+TABLE\s+(IF NOT EXISTS\s+)?" + sqlname(obj) + r"\s+AS\b", dsql, re.I):
        return "create-table-as (not modelled, W100)"
    for d in details:
        a, b = d.get("desired", ""), d.get("actual", "")
        if "OPERATOR(" in b and "OPERATOR(" not in a:
            return "extension-operator (server resolved an operator/cast of an extension type)"
        if d["attribute"] == "default" and re.fullmatch(r"'.*'(::[\w. \"]+)?", a) \
                and re.fullmatch(r"'.*'(::[\w. \"]+)?", b):
            return "literal-canonicalised (the type's input function rewrote the constant)"
    return "unclassified"

for c in changes:
    print(f'{c["kind"]:<11} {c["change"]:<8} {cause(c)}\t{c["object"]}')
PY
}

# compare NAME DESIRED ACTUAL: runs pgdrift (text, then json), records the result.
compare() {
  local name=$1 desired=$2 actual=$3 rc=0 base="$DETAILS/${1//\//__}"
  timeout "$CHECK_TIMEOUT" "$PGDRIFT" check --color never --desired "$desired" --actual "$actual" \
    >"$base.txt" 2>"$base.err" || rc=$?
  timeout "$CHECK_TIMEOUT" "$PGDRIFT" check --format json --desired "$desired" --actual "$actual" \
    >"$base.json" 2>/dev/null || true
  warnings_summary "$base.err" "$desired" >"$base.warnings"
  local counts warns
  counts=$(sed -n 's/^drift: //p' "$base.txt" | head -n 1)
  warns=$(grep -cE ': warning: .*\[W[0-9]+\]$' "$base.err" || true)
  case $rc in
    0) record in_sync "$name" "$warns warnings" ;;
    1)
      classify "$base.json" "$desired" "$actual" >"$base.drift" ||
        echo "(classification failed)" >"$base.drift"
      record drift "$name" "$counts; $warns warnings"
      ;;
    2) record parse_error "$name" "$(grep -m1 'error:' "$base.err" | cut -c1-200 || true)" ;;
    124) record crash "$name" "timeout after ${CHECK_TIMEOUT}s" ;;
    *) record crash "$name" "exit $rc" ;;
  esac
}

# load_and_compare NAME DB FILE DESIRED: loads FILE into DB, dumps it, compares DESIRED with the dump.
load_and_compare() {
  local name=$1 db=$2 file=$3 desired=$4 log="$WORK/$1.load" dump="$DETAILS/${1//\//__}.dump.sql"
  if ! timeout "$LOAD_TIMEOUT" psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$file" >"$log" 2>&1; then
    record skipped "$name" "load failed: $(first_error "$log")"
  elif ! dump_db "$db" "$dump" "$log"; then
    record skipped "$name" "pg_dump failed: $(first_error "$log")"
  else
    compare "$name" "$desired" "$dump"
  fi
}

# skip_for_extensions NAME FILE...: records a skip when the server lacks an extension.
skip_for_extensions() {
  local name=$1 missing
  shift
  missing=$(missing_extensions "$@")
  [[ -z $missing ]] && return 1
  record skipped "$name" "extension(s) not available on this server: $missing"
}

# ---------------------------------------------------------------- the cases

case_pagila() {
  local src=$CORPUS/pagila.sql prepared=$WORK/pagila.prepared.sql
  [[ -f $src ]] || return 0
  # pgdrift on the file as published (no database needed to see whether it parses).
  compare pagila.sql/as-published "$src" "$src"
  pagila_prepare "$src" "$prepared"
  diff "$src" "$prepared" >"$DETAILS/pagila.sql.prepared.diff" || true
  skip_for_extensions pagila.sql "$prepared" && return 0
  new_db pagila
  if [[ -z $(scalar "SELECT to_regproc('pg_catalog.uuidv7')") ]]; then
    psql_db "$DB" -c "CREATE FUNCTION pg_catalog.uuidv7() RETURNS uuid VOLATILE LANGUAGE sql
      AS 'SELECT gen_random_uuid()'" >/dev/null
  fi
  load_and_compare pagila.sql "$DB" "$prepared" "$prepared"
}

case_osm() {
  local src=$CORPUS/openstreetmap_website.sql
  [[ -f $src ]] || return 0
  skip_for_extensions openstreetmap_website.sql "$src" && return 0
  new_db osm
  load_and_compare openstreetmap_website.sql "$DB" "$src" "$src"
}

case_postgrest() {
  local src=$CORPUS/postgrest_spec_schema.sql role
  [[ -f $src ]] || return 0
  skip_for_extensions postgrest_spec_schema.sql "$src" && return 0
  for role in postgrest_test_anonymous postgrest_test_default_role postgrest_test_author; do
    ensure_role "$role"
  done
  ensure_role postgrest_test_superuser SUPERUSER
  new_db postgrest
  psql_db "$DB" -c 'DROP SCHEMA public CASCADE' >/dev/null
  load_and_compare postgrest_spec_schema.sql "$DB" "$src" "$src"
}


case_graphile() {
  local src=$CORPUS/graphile_starter mig=$WORK/graphile_starter.migrations db log dump role
  [[ -d $src/migrations ]] || return 0
  db="pgdrift_rw_$$_graphile"
  mkdir -p "$mig"
  # :DATABASE_NAME is only used by GRANT ... ON DATABASE (neither dumped nor compared): it names
  # the scratch database here, so that a shared server's own databases are never touched.
  graphile_prepare "$src/migrations/afterReset.sql" "$mig/001_afterReset.sql" "$db"
  graphile_prepare "$src/migrations/committed/000001.sql" "$mig/002_000001.sql" "$db"
  graphile_prepare "$src/migrations/current/1-current.sql" "$mig/003_current.sql" "$db"
  if skip_for_extensions graphile_starter "$mig"/*.sql; then return 0; fi
  ensure_role graphile_starter LOGIN
  ensure_role graphile_starter_authenticator "LOGIN NOINHERIT"
  ensure_role graphile_starter_visitor
  new_db graphile
  [[ $DB == "$db" ]] || { record crash graphile_starter "eval harness: database name $DB"; return 0; }
  log="$WORK/graphile.load"
  dump="$DETAILS/graphile_starter__pg15-dump.dump.sql"
  if ! psql_db "$db" -f "$mig/001_afterReset.sql" >"$log" 2>&1 ||
    ! timeout "$LOAD_TIMEOUT" psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c 'SET ROLE graphile_starter' \
      -f "$mig/002_000001.sql" -f "$mig/003_current.sql" >>"$log" 2>&1; then
    record skipped graphile_starter "load failed: $(first_error "$log")"
    return 0
  fi
  if ! dump_db "$db" "$dump" "$log"; then
    record skipped graphile_starter "pg_dump failed: $(first_error "$log")"
    return 0
  fi
  compare graphile_starter/pg15-dump "$mig" "$dump"
  [[ -f $src/dump.sql ]] && compare graphile_starter/dump.sql "$mig" "$src/dump.sql"
  return 0
}

# ---------------------------------------------------------------- driver

summary() {
  local f
  echo
  awk -F'\t' '{ n[$1]++; t++ } END {
    printf "%d comparisons: %d in sync, %d drift, %d parse error, %d crash, %d skipped\n", t,
      n["in_sync"], n["drift"], n["parse_error"], n["crash"], n["skipped"] }' "$RESULTS"
  for f in "$DETAILS"/*.drift; do
    [[ -f $f ]] || continue
    echo
    echo "== drift of $(basename "$f" .drift) by kind, change and cause (example object):"
    awk -F'\t' '{ k = $1; if (!(k in n)) { ex[k] = $2; order[++m] = k } n[k]++ }
      END { for (i = 1; i <= m; i++) printf "%5d  %s  e.g. %s\n", n[order[i]], order[i], ex[order[i]] }' "$f"
  done
  for f in "$DETAILS"/*.warnings; do
    [[ -s $f ]] || continue
    echo
    echo "== warnings of $(basename "$f" .warnings) (code, side, count, message):"
    sed 's/^/  /' "$f"
  done
}

main() {
  local log="$ROOT/build/eval-realworld.log" dir=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --log) log=${2:?}; shift 2 ;;
      --work) WORK=${2:?}; KEEP_WORK=1; shift 2 ;;
      -*) usage ;;
      *) [[ -z $dir ]] || usage; dir=$1; shift ;;
    esac
  done
  [[ -n $dir && -d $dir ]] || usage
  CORPUS=$(cd "$dir" && pwd)
  [[ -x $PGDRIFT ]] || { echo "eval-realworld: no pgdrift at $PGDRIFT (run tools/build.sh)" >&2; exit 2; }
  command -v python3 >/dev/null || { echo "eval-realworld: python3 is needed" >&2; exit 2; }

  trap cleanup EXIT
  if [[ -n $WORK ]]; then mkdir -p "$WORK"; else WORK=$(mktemp -d); fi
  WORK=$(cd "$WORK" && pwd)
  DETAILS="$log.d"
  RESULTS="$WORK/results"
  mkdir -p "$(dirname "$log")"
  rm -rf "$DETAILS" "$RESULTS"
  mkdir -p "$DETAILS"
  : >"$RESULTS"

  ensure_server
  local start=$SECONDS
  case_pagila
  case_osm
  case_postgrest
  case_graphile
  cp "$RESULTS" "$log"
  summary
  echo "($((SECONDS - start))s; results in $log, pgdrift output, json, classified drift," \
    "warnings and pg_dump of each comparison in $DETAILS/)"
}

main "$@"
