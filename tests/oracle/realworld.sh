#!/usr/bin/env bash
# The reconciler on real production schemas nobody here wrote (the realworld corpus: pagila,
# openstreetmap_website, postgrest_spec_schema, graphile_starter), against PostgreSQL 15.
# Per schema S (prepared as tools/eval-realworld.sh does: pgvector stripped from pagila, the
# CREATE SCHEMA public of postgrest's fixture left to the database, graphile's placeholders
# substituted) with T = a database S loads into (the target): S and pg_dump(T) are read with no
# W100/W101, and
#   from empty     reconcile --desired S                          applied to an empty database
#   in sync        reconcile --desired S --actual pg_dump(T)       applied to a copy of T
#   drop all       reconcile --desired (nothing) --actual pg_dump(T) --allow-drop <every kind>
#                  applied to a copy of T; the target is an empty database
#   migrations     (graphile) reconcile --desired its migrations --actual its own dump.sql,
#                  applied to that dump loaded; the target is the migrations loaded
# always with --with-privileges --with-owners. Each case is four tests: it applies with
# psql -v ON_ERROR_STOP=1; the whole catalog (privileges and owners included; only pgdrift and
# pgdrift_backup left out) equals the target's; a second run reports no action and changes
# nothing; the rollback script restores the catalog the run started from. A schema whose
# extensions the server lacks is skipped, loudly (never under CI=true, where test.sh installs them).
#
# usage: tests/oracle/realworld.sh [SCHEMA...]   (pagila osm graphile postgrest; default: all four)
# PGDRIFT_CORPUS=dir overrides the corpus (default ../shared/corpus/realworld next to the tree);
# REALWORLD_WORK=dir keeps every generated script and log there.
# Last line: "N passed, N failed"; exit 1 if any failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
cd "$ROOT"
# shellcheck source=tests/lib.sh
source tests/lib.sh
readonly CORPUS=${PGDRIFT_CORPUS:-$ROOT/../shared/corpus/realworld}
readonly APPLY_TIMEOUT=300
readonly SHOW_LINES=20
export NO_COLOR=1
export PGOPTIONS="${PGOPTIONS:-} --client-min-messages=warning"
export SNAPSHOT_ACL=on
mapfile -t DROP_KINDS < <(drop_kinds)
readonly DROP_KINDS

WORK=${REALWORLD_WORK:-$(mktemp -d)}  # REALWORLD_WORK=dir keeps the scripts and logs (case_N/:
mkdir -p "$WORK"                         # one folder per schema)
DB_PREFIX="pgdrift_rw_$$"
readonly DB_PREFIX
DBS=()
cleanup() {
  local db
  for db in "${DBS[@]}"; do drop_db "$db"; done
  [[ -n ${REALWORLD_WORK:-} ]] || rm -rf "$WORK"
}
trap cleanup EXIT

# new_db NAME [TEMPLATE]: a database of this run, dropped at the end.
new_db() {
  drop_db "${DB_PREFIX}_$1"
  create_db "${DB_PREFIX}_$1" "${2:-template0}"
  DBS+=("${DB_PREFIX}_$1")
}
db() { echo "${DB_PREFIX}_$1"; }

# apply DB FILE LOG: as users run a script; as APPLY_ROLE when set.
apply() {
  PGOPTIONS="$PGOPTIONS --client-min-messages=notice${APPLY_ROLE:+ -c role=$APPLY_ROLE}" \
    timeout "$APPLY_TIMEOUT" psql -X -v ON_ERROR_STOP=1 -q -d "$1" -f "$2" >"$3" 2>&1
}

first_error() { grep -m1 -E 'ERROR' "$1" | sed 's/^psql:[^ ]* //' | cut -c1-200 || head -3 "$1"; }

# ensure_role NAME [ATTRIBUTES]: cluster-wide, left in place.
ensure_role() {
  [[ -n $(psql -X -q -At -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$1'") ]] ||
    psql -X -q -d postgres -c "CREATE ROLE \"$1\" ${2:-}" >/dev/null
}

# missing_extensions FILE...: the extensions the files create that this server cannot install.
missing_extensions() {
  local wanted available
  wanted=$(cat "$@" | tr '[:upper:]' '[:lower:]' |
    sed -n 's/^[[:space:]]*create extension \(if not exists \)\{0,1\}"\{0,1\}\([a-z0-9_-]*\).*/\2/p' | LC_ALL=C sort -u)
  available=$(psql -X -q -At -d postgres -c "SELECT name FROM pg_available_extensions" | LC_ALL=C sort -u)
  LC_ALL=C comm -23 <(echo "$wanted" | grep -v '^$' || true) <(echo "$available") | paste -sd' ' - || true
}

# ---------------------------------------------------------------- one case

# run_case NAME START_DB TARGET_SNAPSHOT ARGS...: generates with ARGS, applies to START_DB
# (consumed), checks the four properties.
run_case() {
  local name=$1 db=$2 want=$3 d="$WORK/$1"
  shift 3
  mkdir -p "$d"
  if ! "$PGDRIFT" reconcile "$@" --with-privileges --with-owners -o "$d/r.sql" --rollback "$d/rb.sql" 2>"$d/gen.err"; then
    fail "$name: applies" "pgdrift reconcile failed: $(head -3 "$d/gen.err")"
    return 0
  fi
  snapshot "$db" "$d/before"
  if ! apply "$db" "$d/r.sql" "$d/run1.log"; then
    fail "$name: applies" "$(first_error "$d/run1.log")"
    return 0
  fi
  pass "$name: applies"
  snapshot "$db" "$d/after"
  if cmp -s "$want" "$d/after"; then
    pass "$name: the catalog equals the target's"
  else
    fail "$name: the catalog equals the target's" "$(diff "$want" "$d/after" | grep '^[<>]' | head -8 | cut -c1-220)"
  fi
  if ! apply "$db" "$d/r.sql" "$d/run2.log"; then
    fail "$name: a second run changes nothing" "$(first_error "$d/run2.log")"
  else
    snapshot "$db" "$d/again"
    local acted
    acted=$(grep -c 'NOTICE:  pgdrift: step ' "$d/run2.log" || true)
    if [[ $acted -ne 0 ]] || ! cmp -s "$d/after" "$d/again"; then
      fail "$name: a second run changes nothing" "$acted actions: $(grep -m5 'NOTICE:  pgdrift: step ' "$d/run2.log" | sed 's/.*pgdrift: //' | paste -sd';' -)"
    else
      pass "$name: a second run changes nothing"
    fi
  fi
  if ! apply "$db" "$d/rb.sql" "$d/rollback.log"; then
    fail "$name: the rollback restores the catalog" "$(first_error "$d/rollback.log")"
  else
    snapshot "$db" "$d/restored"
    if cmp -s "$d/before" "$d/restored"; then
      pass "$name: the rollback restores the catalog"
    else
      fail "$name: the rollback restores the catalog" "$(diff "$d/before" "$d/restored" | grep '^[<>]' | head -8 | cut -c1-220)"
    fi
  fi
}

# baseline_case NAME TEMPLATE WANT INPUT: pgdrift baseline of INPUT, applied to a copy of the
# empty database TEMPLATE, gives the catalog WANT.
baseline_case() {
  local name=$1 template=$2 want=$3 input=$4 d="$WORK/$1" tag
  tag=$(echo "$1" | tr -c 'a-z0-9\n' '_')
  mkdir -p "$d"
  if ! "$PGDRIFT" baseline "$input" -o "$d/baseline.sql" 2>"$d/gen.err"; then
    fail "$name: loads into an empty database" "pgdrift baseline failed: $(head -3 "$d/gen.err")"
    return 0
  fi
  new_db "$tag" "$template"
  if ! apply "$(db "$tag")" "$d/baseline.sql" "$d/load.log"; then
    fail "$name: loads into an empty database" "$(first_error "$d/load.log")"
    return 0
  fi
  pass "$name: loads into an empty database"
  snapshot "$(db "$tag")" "$d/after"
  if cmp -s "$want" "$d/after"; then
    pass "$name: the catalog equals the source's"
  else
    fail "$name: the catalog equals the source's" "$(diff "$want" "$d/after" | grep '^[<>]' | head -8 | cut -c1-220)"
  fi
}

# adopt_case NAME TEMPLATE WANT DUMP: pgdrift adopt of everything DUMP has (the repository is
# empty), applied twice to a copy of the empty database TEMPLATE: the second run changes
# nothing and the catalog is WANT.
adopt_case() {
  local name=$1 template=$2 want=$3 dump=$4 d="$WORK/$1" tag
  tag=$(echo "$1" | tr -c 'a-z0-9\n' '_')
  mkdir -p "$d"
  : >"$d/nothing.sql"
  if ! "$PGDRIFT" adopt --desired "$d/nothing.sql" --actual "$dump" -o "$d/adopt.sql" 2>"$d/gen.err"; then
    fail "$name: applies twice" "pgdrift adopt failed: $(head -3 "$d/gen.err")"
    return 0
  fi
  new_db "$tag" "$template"
  if ! apply "$(db "$tag")" "$d/adopt.sql" "$d/run1.log" || ! snapshot "$(db "$tag")" "$d/once" ||
     ! apply "$(db "$tag")" "$d/adopt.sql" "$d/run2.log"; then
    fail "$name: applies twice" "$(first_error "$d/run1.log")$(first_error "$d/run2.log")"
    return 0
  fi
  snapshot "$(db "$tag")" "$d/twice"
  if cmp -s "$d/once" "$d/twice"; then pass "$name: applies twice, the second run changes nothing"; else
    fail "$name: applies twice, the second run changes nothing" "$(diff "$d/once" "$d/twice" | grep '^[<>]' | head -4 | cut -c1-200)"
  fi
  # schema public is on both sides (an empty repository has it too): adopt leaves what differs
  # about it (its comment, its ACL) alone, by design; every other line must be equal
  if diff <(grep -v $'^schema\tpublic\t' "$want") <(grep -v $'^schema\tpublic\t' "$d/twice") >"$d/diff"; then
    pass "$name: the catalog equals the source's (schema public aside)"
  else
    fail "$name: the catalog equals the source's (schema public aside)" "$(grep '^[<>]' "$d/diff" | head -8 | cut -c1-220)"
  fi
}

# standard_cases NAME SCHEMA_FILE SETUP: from empty, in sync and drop all for one schema; SETUP
# (a function name or "") prepares every database of it.
# fully_modelled NAME FILE...: pgdrift reads each file (the schema and its pg_dump) with no W100/W101.
fully_modelled() {
  local name="$1: read with no W100/W101" found="" f
  shift
  for f in "$@"; do
    found+=$("$PGDRIFT" dump "$f" --verbose 2>&1 >/dev/null | grep -E '\[W10[01]\]' | head -3 || true)
  done
  if [[ -z $found ]]; then pass "$name"; else fail "$name" "$found"; fi
}

standard_cases() {
  local name=$1 file=$2 setup=$3 load_log="$WORK/$1.load"
  new_db "${name}_t"
  [[ -z $setup ]] || "$setup" "$(db "${name}_t")"
  if ! psql -X -q -v ON_ERROR_STOP=1 -d "$(db "${name}_t")" -f "$file" >"$load_log" 2>&1; then
    fail "$name: the schema loads" "$(first_error "$load_log")"
    return 0
  fi
  pg_dump -s -d "$(db "${name}_t")" -f "$WORK/$name.dump.sql"
  fully_modelled "$name" "$file" "$WORK/$name.dump.sql"
  snapshot "$(db "${name}_t")" "$WORK/$name.target"
  new_db "${name}_e"
  [[ -z $setup ]] || "$setup" "$(db "${name}_e")"
  snapshot "$(db "${name}_e")" "$WORK/$name.empty"
  new_db "${name}_1" "$(db "${name}_e")"
  run_case "$name from empty" "$(db "${name}_1")" "$WORK/$name.target" --desired "$file"
  new_db "${name}_2" "$(db "${name}_t")"
  run_case "$name in sync" "$(db "${name}_2")" "$WORK/$name.target" --desired "$file" --actual "$WORK/$name.dump.sql"
  new_db "${name}_3" "$(db "${name}_t")"
  : >"$WORK/nothing.sql"
  local drops=() k
  for k in "${DROP_KINDS[@]}"; do drops+=(--allow-drop "$k"); done
  run_case "$name drop all" "$(db "${name}_3")" "$WORK/$name.empty" --desired "$WORK/nothing.sql" \
    --actual "$WORK/$name.dump.sql" "${drops[@]}"
  baseline_case "$name baseline of the schema" "$(db "${name}_e")" "$WORK/$name.target" "$file"
  # postgrest's pg_dump does not load either (its self-referencing view test.infinite_recursion
  # is printed as it reads itself): the baseline of that dump is not measured
  [[ $name == postgrest ]] && return 0
  baseline_case "$name baseline of its pg_dump" "$(db "${name}_e")" "$WORK/$name.target" "$WORK/$name.dump.sql"
  adopt_case "$name adopt of everything" "$(db "${name}_e")" "$WORK/$name.target" "$WORK/$name.dump.sql"
}

# skip_for_extensions NAME FILE...: true (and a loud skip) when the server lacks an extension.
skip_for_extensions() {
  local name=$1 missing
  shift
  missing=$(missing_extensions "$@")
  [[ -z $missing ]] && return 1
  if [[ ${CI:-} == true ]]; then
    fail "$name" "extension(s) not available on this server: $missing (tools/bootstrap.sh --with-postgres installs them)"
  else
    echo "!!! $name: SKIPPED: extension(s) not available on this server: $missing" >&2
  fi
  return 0
}

# ---------------------------------------------------------------- the schemas

uuidv7_stub() {  # pagila calls PostgreSQL 18's uuidv7(): a stand-in on older servers
  psql -X -q -d "$1" -c "DO \$\$ BEGIN IF to_regproc('pg_catalog.uuidv7') IS NULL THEN
    CREATE FUNCTION pg_catalog.uuidv7() RETURNS uuid VOLATILE LANGUAGE sql AS 'SELECT gen_random_uuid()'; END IF; END \$\$" >/dev/null
}

schema_pagila() {
  local src=$CORPUS/pagila.sql prepared=$WORK/pagila.sql
  pagila_prepare "$src" "$prepared"
  skip_for_extensions pagila "$prepared" && return 0
  standard_cases pagila "$prepared" uuidv7_stub
}

schema_osm() {
  local src=$CORPUS/openstreetmap_website.sql
  skip_for_extensions osm "$src" && return 0
  standard_cases osm "$src" ""
}

schema_postgrest() {
  local src=$CORPUS/postgrest_spec_schema.sql prepared=$WORK/postgrest.sql role
  # The fixture creates schema public itself (upstream drops it first): a database has it already.
  # It also writes pg_proc directly (update pg_proc set oid = a table's oid, PostgREST issue
  # 4052): that corrupts the catalog (a pg_depend row of the function's old oid is left) so
  # that no DROP SCHEMA test, not even with CASCADE, can succeed afterwards ("cache lookup
  # failed for function"); no migration tool can be measured on it, so that statement goes.
  grep -v '^CREATE SCHEMA public;$' "$src" |
    awk '/^update pg_proc$/ { skip = 1 } !skip { print } skip && /;[[:space:]]*$/ { skip = 0 }' >"$prepared"
  skip_for_extensions postgrest "$prepared" && return 0
  for role in postgrest_test_anonymous postgrest_test_default_role postgrest_test_author; do ensure_role "$role"; done
  ensure_role postgrest_test_superuser SUPERUSER
  standard_cases postgrest "$prepared" ""
}


# graphile_starter: its pg_dump (dump.sql) is the schema of the three standard cases; the
# migrations, applied as graphile-migrate does (afterReset as superuser, the rest as the owner),
# are the desired side of a fourth case whose actual is that dump.
schema_graphile() {
  local src=$CORPUS/graphile_starter mig=$WORK/graphile.migrations log=$WORK/graphile.mig.load dbname
  skip_for_extensions graphile "$src/dump.sql" "$src"/migrations/*.sql "$src"/migrations/*/*.sql && return 0
  ensure_role graphile_starter LOGIN
  ensure_role graphile_starter_authenticator "LOGIN NOINHERIT"
  ensure_role graphile_starter_visitor
  standard_cases graphile "$src/dump.sql" ""
  dbname=$(db graphile_m)
  mkdir -p "$mig"
  graphile_prepare "$src/migrations/afterReset.sql" "$mig/001_afterReset.sql" "$dbname"
  graphile_prepare "$src/migrations/committed/000001.sql" "$mig/002_000001.sql" "$dbname"
  graphile_prepare "$src/migrations/current/1-current.sql" "$mig/003_current.sql" "$dbname"
  new_db graphile_m
  if ! psql -X -q -v ON_ERROR_STOP=1 -d "$dbname" -f "$mig/001_afterReset.sql" >"$log" 2>&1 ||
    ! psql -X -q -v ON_ERROR_STOP=1 -d "$dbname" -c 'SET ROLE graphile_starter' -f "$mig/002_000001.sql" \
      -f "$mig/003_current.sql" >>"$log" 2>&1; then
    fail "graphile migrations: they load" "$(first_error "$log")"
    return 0
  fi
  snapshot "$dbname" "$WORK/graphile.migrations.target"
  # dump.sql was taken with --no-owner: loaded by the owner, as the migrations were run
  new_db graphile_d
  psql -X -q -d postgres -c "ALTER DATABASE \"$(db graphile_d)\" OWNER TO graphile_starter" >/dev/null
  if ! psql -X -q -v ON_ERROR_STOP=1 -d "$(db graphile_d)" -c 'SET ROLE graphile_starter' -f "$src/dump.sql" \
      >"$WORK/graphile.dump.load" 2>&1; then
    fail "graphile migrations: the dump loads" "$(first_error "$WORK/graphile.dump.load")"
    return 0
  fi
  # run as graphile-migrate runs the migrations: as the owner (default privileges without FOR
  # ROLE are the current role's)
  APPLY_ROLE=graphile_starter run_case "graphile migrations to its dump" "$(db graphile_d)" \
    "$WORK/graphile.migrations.target" --desired "$mig" --actual "$src/dump.sql"
}

# realworld_schema NAME: one schema's tests (schema_NAME), its databases dropped when it ends.
realworld_schema() {
  trap 'for db in "${DBS[@]}"; do drop_db "$db"; done' EXIT
  echo "--- $1"
  "schema_$1"
}

main() {
  local schemas=("$@") s
  [[ ${#schemas[@]} -gt 0 ]] || schemas=(pagila osm graphile postgrest)
  require_pgdrift realworld
  require_server realworld
  if [[ ! -d $CORPUS ]]; then
    # the corpus is not ours to copy into the repository: without it there is nothing to run,
    # said loudly (test.sh shows it on the suite's summary line)
    echo "!!! realworld: SKIPPED: no corpus at $CORPUS (set PGDRIFT_CORPUS)"
    finish
    exit 0
  fi
  # two schemas at a time (each in its own folder, its databases named after it), output in order
  in_parallel "${REALWORLD_JOBS:-2}" "$WORK" realworld_schema "${schemas[@]}"
  finish
}

main "$@"
