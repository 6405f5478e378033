#!/usr/bin/env bash
# Oracle test against a real PostgreSQL 15 (PGHOST/PGPORT/PGUSER, e.g. from tools/pg-sandbox.sh).
# For each golden case (testdata/golden/**/ with desired.sql or desired/) and for testdata/demo:
#   fresh database <- setup.sql (if any) <- the desired SQL, in the order its migration tool uses
#   pg_dump -s  ->  pgdrift check --desired DESIRED --actual DUMP [--policy .pgdrift]  must exit 0
#   pgdrift check --desired DUMP --actual DUMP                                        must exit 0
#   pgdrift dump DUMP: no W100/W101 (every statement of a real pg_dump modelled)
# and for the demo's prod schema, pgdrift inventory's counts against the server's catalog.
# With CI=true a missing server is a failure; elsewhere the suite is skipped, loudly.
# PGDRIFT=path overrides the binary. Last line: "N passed, N failed"; exit 1 if any failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
cd "$ROOT"
# shellcheck source=tests/lib.sh
source tests/lib.sh
readonly PGDRIFT
readonly PGDRIFT_TIMEOUT=60
readonly SHOW_LINES=60
export NO_COLOR=1
export PGOPTIONS="${PGOPTIONS:-} --client-min-messages=warning"

WORK=$(mktemp -d)
readonly TOP_WORK=$WORK  # WORK is a case's own directory while cases run side by side
readonly JOBS=${ORACLE_JOBS:-2}
CASE_IDX=0
DB_PREFIX="pgdrift_oracle_$$"
readonly DB_PREFIX
current_db=""

cleanup() {
  [[ -n $current_db ]] && drop_db "$current_db"
  rm -rf "$TOP_WORK"
}
trap cleanup EXIT

# ---------------------------------------------------------------- checks

# pgdrift_check NAME DESIRED ACTUAL POLICY_ARGS...: check must exit 0, else show the diff.
pgdrift_check() {
  local name=$1 desired=$2 actual=$3 rc=0
  shift 3
  timeout "$PGDRIFT_TIMEOUT" "$PGDRIFT" check --with-privileges --with-owners --desired "$desired" --actual "$actual" "$@" \
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

# dump_fully_modelled NAME DUMP: every statement of PostgreSQL's own pg_dump -s is modelled: no
# W100 (statement not modelled) or W101 (clause not modelled) when pgdrift reads it.
dump_fully_modelled() {
  local name="$1: pg_dump read with no W100/W101" dump=$2 found
  timeout "$PGDRIFT_TIMEOUT" "$PGDRIFT" dump "$dump" --verbose >/dev/null 2>"$WORK/read.err" || true
  found=$(grep -E '\[W10[01]\]' "$WORK/read.err" || true)
  if [[ -z $found ]]; then pass "$name"; else fail "$name" "$(head -3 <<<"$found")"; fi
}

# adopt_changes_nothing NAME DB DUMP: pgdrift adopt of every object of DUMP (against an empty
# repository) run twice on DB, where DUMP came from, changes nothing: every kind's guard holds.
adopt_changes_nothing() {
  local name="$1: adopt of every object, run twice on its own database, changes nothing" db=$2 dump=$3 log="$WORK/adopt.log"
  : >"$log"
  echo "SELECT 1;" >"$WORK/empty.sql"
  if ! "$PGDRIFT" adopt -d "$WORK/empty.sql" -a "$dump" -o "$WORK/adopt.sql" 2>"$log"; then
    fail "$name" "$(head -3 "$log")"
    return 0
  fi
  snapshot "$db" "$WORK/adopt.before"
  if psql_file "$db" "$WORK/adopt.sql" "$log" && psql_file "$db" "$WORK/adopt.sql" "$log" &&
     snapshot "$db" "$WORK/adopt.after" && cmp -s "$WORK/adopt.before" "$WORK/adopt.after"; then
    pass "$name"
  else
    fail "$name" "$(grep -m1 ERROR "$log"; diff "$WORK/adopt.before" "$WORK/adopt.after" 2>&1 | head -4)"
  fi
}

# run_case NAME DESIRED SETUP POLICY (SETUP and POLICY may be empty)
run_case() {
  local name=$1 desired=$2 setup=$3 policy=$4 db log="$WORK/load.log" dump="$WORK/dump.sql"
  local policy_args=()
  [[ -n $policy ]] && policy_args=(--policy "$policy")
  db="${DB_PREFIX}_${CASE_IDX}_$((passed + failed))"
  : >"$log"
  current_db=$db
  # the case's database and the one its baseline loads into, made (and dropped) in one session
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE \"$db\" TEMPLATE template0 STRATEGY FILE_COPY" \
    -c "CREATE DATABASE \"${db}_b\" TEMPLATE template0 STRATEGY FILE_COPY" >/dev/null
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
    dump_fully_modelled "$name" "$dump"
    [[ $name == */every_kind_* ]] && adopt_changes_nothing "$name" "$db" "$dump"
    baseline_loads "$name" "$desired" "$setup" "$policy" "$db"
  fi
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" \
    -c "DROP DATABASE IF EXISTS \"${db}_b\" WITH (FORCE)" >/dev/null 2>&1 || true
  current_db=""
}

# baseline_loads NAME DESIRED SETUP POLICY DB: pgdrift baseline of DESIRED loads into a fresh
# database (DB_b, after SETUP) with ON_ERROR_STOP, and its whole catalog (privileges and owners
# included) equals DB's, where DESIRED itself was loaded.
baseline_loads() {
  local name="$1: baseline loads and gives the same catalog" desired=$2 setup=$3 policy=$4 db=$5 other="${5}_b"
  local policy_args=() log="$WORK/baseline.log" rc=0
  [[ -n $policy ]] && policy_args=(--policy "$policy")
  : >"$log"
  timeout "$PGDRIFT_TIMEOUT" "$PGDRIFT" baseline "$desired" "${policy_args[@]}" -o "$WORK/baseline.sql" 2>"$log" || rc=$?
  if [[ $rc -ne 0 ]]; then
    fail "$name" "pgdrift baseline exited $rc: $(head -3 "$log")"
    return 0
  fi
  if [[ -n $setup ]] && ! load_sql "$other" "$setup" "$log"; then
    fail "$name" "loading $setup failed"
  elif ! psql_file "$other" "$WORK/baseline.sql" "$log"; then
    fail "$name" "$(grep -m1 ERROR "$log" | cut -c1-200)"
  else
    SNAPSHOT_ACL=on snapshot "$db" "$WORK/source.snap" "$policy"
    SNAPSHOT_ACL=on snapshot "$other" "$WORK/baseline.snap" "$policy"
    if cmp -s "$WORK/source.snap" "$WORK/baseline.snap"; then
      pass "$name"
    else
      fail "$name" "$(diff "$WORK/source.snap" "$WORK/baseline.snap" | grep '^[<>]' | head -6 | cut -c1-200)"
    fi
  fi
}

# golden_case DIR: one golden case (its desired schema, setup and policy found in its folder).
golden_case() {
  local dir=$1 desired setup="" policy=""
  desired="$dir/desired.sql"
  [[ -d $dir/desired ]] && desired="$dir/desired"
  [[ -f $dir/setup.sql ]] && setup="$dir/setup.sql"
  [[ -f $dir/.pgdrift ]] && policy="$dir/.pgdrift"
  run_case "${dir#testdata/}" "$desired" "$setup" "$policy"
}

# The golden cases, JOBS at a time: each in a subshell with its own WORK directory and
# databases, its output and counts collected in case order.
run_golden_cases() {
  local dirs
  mapfile -t dirs < <(find "${GOLDEN_ROOT:-testdata/golden}" \( -name desired.sql -type f -o -name desired -type d \) \
                        -printf '%h\n' 2>/dev/null | LC_ALL=C sort -u)
  in_parallel "$JOBS" "$TOP_WORK" golden_case "${dirs[@]}"
}

run_demo() {
  local demo setup policy
  for demo in testdata/demo testdata/supabase_app; do
    [[ -d $demo/supabase/migrations ]] || continue
    setup="" policy=""
    [[ -f $demo/setup.sql ]] && setup="$demo/setup.sql"
    [[ -f $demo/.pgdrift ]] && policy="$demo/.pgdrift"
    run_case "$(basename "$demo")" "$demo/supabase/migrations" "$setup" "$policy"
  done
}

# The counts of `pgdrift inventory` for the actual side, per kind in schema public, against the
# server's own catalog: the demo's prod schema loaded, dumped, and counted both ways.
readonly SERVER_COUNTS_SQL="
WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = 'public'),
ext AS (SELECT objid, classid FROM pg_depend WHERE deptype = 'e'),
rel AS (SELECT c.* FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM ns)
        AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.objid = c.oid AND ext.classid = 'pg_class'::regclass))
SELECT 'schema', 1
UNION ALL SELECT 'extension', count(*) FROM pg_extension WHERE extnamespace = (SELECT oid FROM ns)
UNION ALL SELECT 'enum type', count(*) FROM pg_type t WHERE t.typnamespace = (SELECT oid FROM ns) AND t.typtype = 'e'
UNION ALL SELECT 'sequence', count(*) FROM rel WHERE relkind = 'S'
UNION ALL SELECT 'table', count(*) FROM rel WHERE relkind IN ('r', 'p')
UNION ALL SELECT 'column', count(*) FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid
          WHERE rel.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL SELECT 'constraint', count(*) FROM pg_constraint k JOIN rel ON rel.oid = k.conrelid
UNION ALL SELECT 'index', count(*) FROM rel WHERE relkind IN ('i', 'I')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = rel.oid AND k.contype IN ('p', 'u', 'x'))
UNION ALL SELECT 'view', count(*) FROM rel WHERE relkind = 'v'
UNION ALL SELECT 'materialized view', count(*) FROM rel WHERE relkind = 'm'
UNION ALL SELECT 'function', count(*) FROM pg_proc p WHERE p.pronamespace = (SELECT oid FROM ns) AND p.prokind <> 'a'
          AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.objid = p.oid AND ext.classid = 'pg_proc'::regclass)
UNION ALL SELECT 'trigger', count(*) FROM pg_trigger g JOIN rel ON rel.oid = g.tgrelid WHERE NOT g.tgisinternal
UNION ALL SELECT 'policy', count(*) FROM pg_policy y JOIN rel ON rel.oid = y.polrelid"

run_inventory_demo() {
  local name="demo: inventory counts equal the server's" demo=testdata/demo db="${DB_PREFIX}_inventory"
  current_db=$db
  # the case's database and the one its baseline loads into, made (and dropped) in one session
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE \"$db\" TEMPLATE template0 STRATEGY FILE_COPY" \
    -c "CREATE DATABASE \"${db}_b\" TEMPLATE template0 STRATEGY FILE_COPY" >/dev/null
  if ! load_sql "$db" "$demo/setup.sql" "$WORK/load.log" || ! load_sql "$db" "$demo/prod.sql" "$WORK/load.log" ||
    ! pg_dump -s -d "$db" -f "$WORK/inventory_dump.sql" 2>"$WORK/load.log"; then
    fail "$name" "could not load and dump the demo's prod schema"
    indent "$WORK/load.log"
  elif ! "$PGDRIFT" inventory --desired "$demo/supabase/migrations" --actual "$WORK/inventory_dump.sql" --format json \
    >"$WORK/inventory.json" 2>"$WORK/inventory.err"; then
    fail "$name" "pgdrift inventory failed"
    indent "$WORK/inventory.err"
  else
    psql -X -qAt -F ' ' -d "$db" -c "$SERVER_COUNTS_SQL" | LC_ALL=C sort >"$WORK/server_counts"
    python3 -c '
import json, sys
rows = {r["kind"]: r["actual"] for r in json.load(open(sys.argv[1]))["rows"] if r["schema"] == "public"}
for line in open(sys.argv[2]):
    kind = line.rsplit(" ", 1)[0]
    print(kind, rows.pop(kind, 0))
for kind, n in rows.items():
    print(kind, n, "(a kind the server query does not count)")
' "$WORK/inventory.json" "$WORK/server_counts" | LC_ALL=C sort >"$WORK/pgdrift_counts"
    if cmp -s "$WORK/server_counts" "$WORK/pgdrift_counts"; then
      pass "$name"
    else
      fail "$name" "counts differ (server, then pgdrift)"
      diff "$WORK/server_counts" "$WORK/pgdrift_counts" | indent /dev/stdin
    fi
  fi
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" \
    -c "DROP DATABASE IF EXISTS \"${db}_b\" WITH (FORCE)" >/dev/null 2>&1 || true
  current_db=""
}

# pgdrift adopt on the demo: the objects only prod has, as a migration added to the repository.
# Offline, the repository with it has everything prod has (no "extra" left); on the server the
# migration changes nothing on prod (run twice) and, run with the repository's migrations, builds
# a database that has every object prod has, the way pgdrift's replay of it says.
run_adopt_demo() {
  local demo=testdata/demo dir="$WORK/adopt" db="${DB_PREFIX}_adopt" policy=(--policy testdata/demo/.pgdrift)
  mkdir -p "$dir" && rm -rf "$dir/migrations" && cp -r "$demo/supabase/migrations" "$dir/migrations"
  if ! "$PGDRIFT" adopt -d "$demo/supabase/migrations" -a "$demo/prod.sql" "${policy[@]}" \
    -o "$dir/migrations/99991231235959_adopt_prod.sql" 2>"$dir/adopt.err"; then
    fail "demo: adopt" "$(head -3 "$dir/adopt.err")"
    return 0
  fi
  "$PGDRIFT" diff -d "$dir/migrations" -a "$demo/prod.sql" "${policy[@]}" --format json >"$dir/diff.json" 2>/dev/null || true
  local left
  left=$(python3 -c 'import json,sys; print(sum(1 for c in json.load(open(sys.argv[1]))["changes"] if c["change"] == "extra"))' "$dir/diff.json" 2>&1)
  if [[ $left == 0 ]]; then pass "demo: adopt: the repository with the migration has every object prod has"; else
    fail "demo: adopt: the repository with the migration has every object prod has" "$left extra left"
  fi
  current_db=$db
  # the case's database and the one its baseline loads into, made (and dropped) in one session
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE \"$db\" TEMPLATE template0 STRATEGY FILE_COPY" \
    -c "CREATE DATABASE \"${db}_b\" TEMPLATE template0 STRATEGY FILE_COPY" >/dev/null
  : >"$dir/load.log"
  if load_sql "$db" "$demo/setup.sql" "$dir/load.log" && load_sql "$db" "$demo/prod.sql" "$dir/load.log"; then
    snapshot "$db" "$dir/prod.before" "$demo/.pgdrift"
    if psql_file "$db" "$dir/migrations/99991231235959_adopt_prod.sql" "$dir/load.log" &&
       psql_file "$db" "$dir/migrations/99991231235959_adopt_prod.sql" "$dir/load.log" &&
       snapshot "$db" "$dir/prod.after" "$demo/.pgdrift" && cmp -s "$dir/prod.before" "$dir/prod.after"; then
      pass "demo: adopt: on prod, run twice, it changes nothing"
    else
      fail "demo: adopt: on prod, run twice, it changes nothing" "$(grep -m1 ERROR "$dir/load.log"; diff "$dir/prod.before" "$dir/prod.after" 2>&1 | head -4)"
    fi
  fi
  drop_db "$db"
  create_db "$db"
  if load_sql "$db" "$demo/setup.sql" "$dir/load.log" && load_sql "$db" "$dir/migrations" "$dir/load.log" &&
     pg_dump -s -d "$db" -f "$dir/repo.dump.sql" 2>>"$dir/load.log"; then
    pgdrift_check "demo: adopt: the repository with it replays as the server builds it" "$dir/migrations" "$dir/repo.dump.sql" "${policy[@]}"
    "$PGDRIFT" diff -d "$demo/prod.sql" -a "$dir/repo.dump.sql" "${policy[@]}" --format json >"$dir/diff2.json" 2>/dev/null || true
    left=$(python3 -c 'import json,sys; print(sum(1 for c in json.load(open(sys.argv[1]))["changes"] if c["change"] == "missing"))' "$dir/diff2.json" 2>&1)
    if [[ $left == 0 ]]; then pass "demo: adopt: built from the repository, the database has every object prod has"; else
      fail "demo: adopt: built from the repository, the database has every object prod has" "$left missing"
    fi
  else
    fail "demo: adopt: the repository with it loads" "$(grep -m1 ERROR "$dir/load.log")"
  fi
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" \
    -c "DROP DATABASE IF EXISTS \"${db}_b\" WITH (FORCE)" >/dev/null 2>&1 || true
  current_db=""
}

# The Supabase app with `profile supabase;` (testdata/supabase_app, its platform stubbed by
# setup.sql): what the project attaches to the platform's tables (storage policies, the trigger
# on auth.users) is detected when changed on the server and reconciled back; what the platform
# itself changes is never reported nor touched; in sync, no diagnostic names a platform object.
# A grant the project states on a platform table is compared; the platform's own grants are not.
readonly PLATFORM_CHANGES="
drop policy \"Avatar images are publicly accessible\" on storage.objects;
alter policy \"Users upload their own avatar\" on storage.objects with check (bucket_id = 'avatars');
alter table auth.users disable trigger on_auth_user_created;
alter table auth.users add column last_seen timestamptz;
create index objects_name_idx on storage.objects (name);
drop trigger update_objects_updated_at on storage.objects;
create function auth.is_admin() returns boolean language sql as 'select false';
grant select on auth.users to authenticated;
revoke select on storage.buckets from authenticated;"
readonly PLATFORM_EXPECTED='  changed policy storage.objects."Users upload their own avatar"
  changed trigger auth.users.on_auth_user_created
  missing policy storage.objects."Avatar images are publicly accessible"
  missing privilege TABLE storage.buckets: SELECT TO authenticated'

run_platform_demo() {
  local app=testdata/supabase_app dir="$WORK/platform" db="${DB_PREFIX}_platform" rc=0 name="supabase_app: platform"
  local args=(--desired "$app/supabase/migrations" --policy "$app/.pgdrift" --with-privileges --with-owners)
  mkdir -p "$dir"
  current_db=$db
  # the case's database and the one its baseline loads into, made (and dropped) in one session
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE \"$db\" TEMPLATE template0 STRATEGY FILE_COPY" \
    -c "CREATE DATABASE \"${db}_b\" TEMPLATE template0 STRATEGY FILE_COPY" >/dev/null
  if ! load_sql "$db" "$app/setup.sql" "$dir/load.log" || ! load_sql "$db" "$app/supabase/migrations" "$dir/load.log" ||
    ! pg_dump -s -d "$db" -f "$dir/in_sync.sql" 2>>"$dir/load.log"; then
    fail "$name: loads" "$(grep -m1 ERROR "$dir/load.log")"
    drop_db "$db"
    return 0
  fi
  "$PGDRIFT" check "${args[@]}" --actual "$dir/in_sync.sql" --verbose >"$dir/sync.out" 2>"$dir/sync.err" || rc=$?
  if [[ $rc -eq 0 ]] && ! grep -Eq 'auth\.|storage\.' "$dir/sync.err"; then pass "$name: in sync, no diagnostic about the platform"
  else fail "$name: in sync, no diagnostic about the platform" "exit $rc; $(grep -Em2 'auth\.|storage\.' "$dir/sync.err")"; fi
  rc=0
  psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "$PLATFORM_CHANGES" >>"$dir/load.log" 2>&1 &&
    pg_dump -s -d "$db" -f "$dir/changed.sql" 2>>"$dir/load.log"
  "$PGDRIFT" check "${args[@]}" --actual "$dir/changed.sql" >"$dir/changed.out" 2>"$dir/changed.err" || rc=$?
  grep '^  ' "$dir/changed.out" | LC_ALL=C sort >"$dir/changed.got"
  if [[ $rc -eq 1 && $(cat "$dir/changed.got") == "$PLATFORM_EXPECTED" ]]; then pass "$name: the project's changes detected, the platform's not"
  else fail "$name: the project's changes detected, the platform's not" "exit $rc; got: $(cat "$dir/changed.got" "$dir/changed.err")"; fi
  rc=0
  if "$PGDRIFT" reconcile "${args[@]}" --actual "$dir/changed.sql" -o "$dir/r.sql" 2>"$dir/r.err" &&
    psql_file "$db" "$dir/r.sql" "$dir/apply.log" && pg_dump -s -d "$db" -f "$dir/after.sql" 2>>"$dir/apply.log"; then
    pgdrift_check "$name: reconciled back" "$app/supabase/migrations" "$dir/after.sql" --policy "$app/.pgdrift"
    local kept
    kept=$(psql -X -qAt -d "$db" -c "SELECT (SELECT count(*) FROM pg_attribute WHERE attrelid = 'auth.users'::regclass
      AND attname = 'last_seen') + (SELECT count(*) FROM pg_class WHERE oid = to_regclass('storage.objects_name_idx'))
      + (SELECT count(*) FROM pg_proc WHERE proname = 'is_admin')")
    if [[ $kept == 3 ]]; then pass "$name: the platform's own changes are left alone"
    else fail "$name: the platform's own changes are left alone" "$kept of 3 kept"; fi
  else
    fail "$name: reconciled back" "$(head -3 "$dir/r.err"; grep -m1 ERROR "$dir/apply.log")"
  fi
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" \
    -c "DROP DATABASE IF EXISTS \"${db}_b\" WITH (FORCE)" >/dev/null 2>&1 || true
  current_db=""
}

main() {
  require_server oracle
  require_pgdrift oracle
  run_golden_cases
  run_demo
  run_inventory_demo
  run_adopt_demo
  run_platform_demo
  [[ $((passed + failed)) -gt 0 ]] || fail "oracle" "no cases found"
  finish
}

main "$@"
