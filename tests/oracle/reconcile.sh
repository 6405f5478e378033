#!/usr/bin/env bash
# Acceptance test of the reconciler against a real PostgreSQL 15 (PGHOST/PGPORT/PGUSER, e.g. from
# tools/pg-sandbox.sh): PRODUCT.md, "The reconciler contract".
# Cases: every testdata/pairs/*/ (actual.sql, desired.sql or desired/, data.sql, optional
# setup.sql and .pgdrift), testdata/demo (actual prod.sql, desired supabase/migrations/), and the
# golden cases of the kinds in GOLDEN_RECONCILE_KINDS (actual: an empty database).
# Per case, once:  D = fresh db <- setup <- desired;  snap(D) (tests/oracle/catalog_snapshot.sql)
#   pgdrift reconcile --desired DESIRED --actual ACTUAL -o R --rollback RB --verify V [--policy]
# then these tests, each counted:
#   desired is reproducible   two builds of D give the same snapshot (checks the harness; only
#                             with RECONCILE_REPRODUCIBLE=1: it doubles every pair's load)
#   verify fails              V exits non-zero on setup only (that database then serves:)
#   from empty                setup + R                          == snap(D)
#   partial                   D minus a column per table and minus a table, + R == snap(D)
#   converges, keeps rows     setup + actual + data + R: the objects of D equal snap(D), the
#                             objects only in actual are still there, rows of the common columns
#                             are unchanged (compared after casting to the desired type)
#   idempotent                R twice more, in one session: catalog unchanged, only "up to date"
#                             notices, nothing logged in pgdrift.reconcile_log
#   verify passes             V exits 0 on the reconciled db and changes nothing
#   rollback                  RB on that db (setup + actual + data + R, R) == the catalog and rows
#                             before R
#                             (idempotent, verify passes and rollback run in one session, in
#                             this order)
#                             (enum labels added stay: PostgreSQL cannot drop them; values changed
#                             by a lossy cast may come back as cast there and back: both noted)
#   destructive               (pair destructive_drop_column_and_table) extras and their rows stay
#                             without --allow-drop; with --allow-drop column --allow-drop table
#                             they are gone and pgdrift_backup holds their rows; RB restores them
# A case whose actual schema is empty (the golden ones) starts "converges" from setup only, which
# is what "from empty" would test again, and runs it on the database the failing verify used;
# the reproducibility of its desired schema is left to the pairs.
# With CI=true a missing server is a failure; elsewhere the suite is skipped, loudly.
# usage: tests/oracle/reconcile.sh [CASE...]   (names of pairs or "demo"; default: all)
# PGDRIFT=path overrides the binary, PAIRS_DIR=dir the pairs folder, RECONCILE_JOBS=N the number
# of cases run at once (default: the number of cores).
# Last line: "N passed, N failed"; exit 1 if any failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
cd "$ROOT"
# shellcheck source=tests/lib.sh
source tests/lib.sh
readonly PAIRS_DIR=${PAIRS_DIR:-testdata/pairs}
readonly DEMO=testdata/demo
readonly DESTRUCTIVE_PAIR=destructive_drop_column_and_table
readonly PGDRIFT_TIMEOUT=60
readonly APPLY_TIMEOUT=120
readonly SHOW_LINES=30
JOBS=${RECONCILE_JOBS:-$(nproc)}
readonly JOBS
export NO_COLOR=1
export PGOPTIONS="${PGOPTIONS:-} --client-min-messages=warning"

WORK=$(mktemp -d)
readonly WORK
DB_PREFIX="pgdrift_rec_$$"
readonly DB_PREFIX

cleanup() {
  local pids
  pids=$(jobs -p)
  if [[ -n $pids ]]; then
    # shellcheck disable=SC2086 # one argument per job
    kill $pids 2>/dev/null || true
    wait || true
  fi
  drop_dbs_like "${DB_PREFIX}_"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The current case (set by run_case).
C_NAME=""      # name shown in the output
C_DESIRED=""   # file or migration folder
C_ACTUAL=""    # file
C_SETUP=""     # file or ""
C_DATA=""      # file or ""
C_POLICY=""    # file or ""
C_EXCLUDE=""   # the schemas the policy excludes, as a text[] literal
C_PLATFORM="{}"  # the schemas it declares external (the platform's), likewise
C_IDX=0        # number of the case, part of its database names
CW=""          # the case's work folder
CONVERGED=""   # the database that the converge test reconciled, if R applied there
ACTUAL=""      # the database the actual schema is in: "actual", or "setup" when it is empty
DESIRED_EMPTY=0

# ---------------------------------------------------------------- databases

# db_name ROLE: the name of the current case's database for ROLE. When the actual schema is
# empty, the setup database itself serves as "empty" (nothing uses it after the copies are made).
db_name() {
  local role=$1
  [[ $role == empty && ${ACTUAL:-} == setup ]] && role=setup
  echo "${DB_PREFIX}_${C_IDX}_$role"
}

# drop_dbs_like PREFIX: drops every database whose name starts with PREFIX, in one psql call.
drop_dbs_like() {
  psql -X -q -d postgres -v prefix="$1" >/dev/null 2>&1 <<'SQL' || true
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', datname) FROM pg_database WHERE starts_with(datname, :'prefix') \gexec
SQL
}

# fresh_db ROLE TEMPLATE_ROLE: a new database of the case copied from another one (or template0).
# The case's databases are dropped together when it ends.
fresh_db() {
  local template=template0
  [[ -n ${2:-} ]] && template=$(db_name "$2")
  create_db "$(db_name "$1")" "$template"
}

# apply DB FILE LOG: runs a generated script the way users do, showing its notices.
apply() {
  PGOPTIONS="$PGOPTIONS --client-min-messages=notice" \
    timeout "$APPLY_TIMEOUT" psql -X -v ON_ERROR_STOP=1 -q -d "$1" -f "$2" >"$3" 2>&1
}

snap() {
  snapshot "$1" "$2" "$C_POLICY" 2>"$2.err"
}

# keys SNAPSHOT: "kind<TAB>key" of each object, sorted.
keys() {
  cut -f1,2 "$1" | LC_ALL=C sort -u
}

# restrict SNAPSHOT KEYS: the lines of the snapshot whose object is in KEYS.
restrict() {
  awk -F'\t' 'NR == FNR { k[$1 FS $2] = 1; next } ($1 FS $2) in k' "$2" "$1"
}

# ---------------------------------------------------------------- problems of one test

# A test collects what is wrong in $CW/problems, then calls verdict.
start_test() {
  : >"$CW/problems"
  : >"$CW/notes"
}

# problem TITLE [DETAIL_FILE]: records one thing that is wrong, with the start of its detail.
problem() {
  echo "  - $1" >>"$CW/problems"
  if [[ -n ${2:-} && -s $2 ]]; then
    head -n "$SHOW_LINES" "$2" | sed 's/^/      /' >>"$CW/problems"
  fi
}

# expect_same TITLE EXPECTED GOT: records a problem with a unified diff when they differ.
expect_same() {
  cmp -s "$2" "$3" && return 0
  diff -u --label expected --label got "$2" "$3" >"$CW/diff" || true
  problem "$1" "$CW/diff"
  return 1
}

# verdict NAME: pass, or fail with every problem recorded since start_test (the titles are on
# the FAIL line; one problem shows only its detail below it).
verdict() {
  local titles
  if [[ -s $CW/problems ]]; then
    titles=$(grep -c '^  - ' "$CW/problems")
    fail "$1" "$(sed -n 's/^  - //p' "$CW/problems" | paste -sd ';' - | sed 's/;/; /g')"
    if [[ $titles -eq 1 ]]; then
      grep -v '^  - ' "$CW/problems" || true
    else
      cat "$CW/problems"
    fi
  else
    pass "$1"
  fi
  if [[ -s $CW/notes ]]; then
    sed 's/^/  note: /' "$CW/notes"
  fi
  return 0
}

# applied DB FILE LOG WHAT: applies, recording a problem with the log on failure.
applied() {
  apply "$1" "$2" "$3" && return 0
  problem "$4 failed (psql exit $?)" "$3"
  return 1
}

# snapped DB OUT: takes a snapshot, recording a problem on failure.
snapped() {
  snap "$1" "$2" && return 0
  problem "the catalog snapshot failed" "$2.err"
  return 1
}

# ---------------------------------------------------------------- sessions

# A test does its steps on one database in one psql session: one connection, one warm catalog
# cache (a new connection costs more here than most of what the tests ask).
# session DB LOG STEP...: runs the steps in order, stopping at the first error; every message goes
# to LOG. Steps:
#   load:PATH          a SQL file or migration folder, quietly
#   run:FILE:WHAT      a script as users run it, with its notices (WHAT names it in problems)
#   snap:OUT           the catalog snapshot (tests/oracle/catalog_snapshot.sql)
#   query:SQL:OUT      the rows of a query file (fields separated by tabs)
#   mark:TEXT          TEXT as a line of LOG (to tell the parts of a session apart)
# SESSION_DONE is the number of steps done; on failure SESSION_FAILED says which step failed ("the
# reconciler failed (psql exit 3)", ...).
SESSION_FAILED=""
SESSION_DONE=0
session() {
  local db=$1 log=$2 step n=0 rest script="$CW/session.sql" rc=0
  shift 2
  local whats=()
  {
    echo '\set ON_ERROR_STOP on'
    for step in "$@"; do
      n=$((n + 1))
      rest=${step#*:}
      case $step in
        load:*)
          session_load_lines "$rest"
          whats[n]="loading $rest" ;;
        run:*)
          echo 'SET client_min_messages = notice;'
          psql_include "${rest%%:*}"
          whats[n]=${rest#*:} ;;
        snap:*)
          psql_include "$CATALOG_SNAPSHOT_SQL" "$rest"
          whats[n]="the catalog snapshot" ;;
        query:*)
          psql_include "${rest%%:*}" "${rest#*:}"
          whats[n]="reading the rows (${rest%%:*})" ;;
        mark:*)
          echo "\\warn '$rest'"
          whats[n]="a mark in the log" ;;
      esac
      echo "\\echo step $n done"
    done
  } >"$script"
  timeout "$APPLY_TIMEOUT" psql -X -q -At -F $'\t' -v exclude="$C_EXCLUDE" -v platform="$C_PLATFORM" -v acl="${SNAPSHOT_ACL:-off}" \
    -d "$db" -f "$script" >"$CW/session.out" 2>"$log" || rc=$?
  SESSION_DONE=$(grep -c '^step [0-9]* done$' "$CW/session.out" || true)
  [[ $rc -eq 0 ]] && return 0
  SESSION_FAILED="${whats[SESSION_DONE + 1]:-the psql session} failed (psql exit $rc)"
  return 1
}

# psql_include FILE [OUT]: psql lines that run FILE (its rows into OUT), then put the session's
# settings back (dumps set search_path, scripts set roles).
psql_include() {
  [[ -n ${2:-} ]] && echo "\\o '$2'"
  echo "\\i '$1'"
  [[ -n ${2:-} ]] && echo '\o'
  echo 'RESET ALL;'
  echo 'RESET ROLE;'
}

# session_load_lines PATH: psql lines that load a SQL file or a migration folder in its tool's
# order (dbmate files cut to their "up" part in $CW).
session_load_lines() {
  local file
  while IFS= read -r file; do psql_include "$file"; done < <(loadable_files "$1" "$CW")
}

# sessioned DB LOG STEP...: session, recording a problem with the log when a step fails.
sessioned() {
  local log=$2
  session "$@" && return 0
  problem "$SESSION_FAILED" "$log"
  return 1
}

# ---------------------------------------------------------------- rows

# write_table_columns_sql: $TABLE_COLUMNS_SQL, the query of "table<TAB>column<TAB>type" of every
# user table (quoted, qualified); run it in a session as query:$TABLE_COLUMNS_SQL:OUT.
TABLE_COLUMNS_SQL="$WORK/table_columns.sql"
write_table_columns_sql() {
  cat >"$TABLE_COLUMNS_SQL" <<'SQL'
SET search_path = '';
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), quote_ident(a.attname),
       format_type(a.atttypid, a.atttypmod)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgdrift', 'pgdrift_backup')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY quote_ident(n.nspname) || '.' || quote_ident(c.relname) COLLATE "C", a.attnum;
SQL
}

# known_types DB TYPES_FILE OUT: the types of TYPES_FILE (one a line) that exist in DB.
known_types() {
  {
    echo "SET search_path = '';"
    awk '{ gsub("\047", "\047\047"); printf "SELECT \047%s\047 WHERE to_regtype(\047%s\047) IS NOT NULL;\n", $0, $0 }' "$2"
  } >"$CW/types.sql"
  psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -f "$CW/types.sql" >"$3"
}

# policy_using_columns: "table<TAB>column" of the policy's "using t.c as (...)" lines.
policy_using_columns() {
  [[ -n $C_POLICY ]] || return 0
  sed -e 's/#.*//' "$C_POLICY" |
    sed -n 's/^[[:space:]]*using[[:space:]]\{1,\}\([^[:space:]]*\)[[:space:]]\{1,\}as.*/\1/p' |
    awk '{ n = split($0, p, "."); t = (n == 2 ? "public" : p[1])
           for (i = (n == 2 ? 1 : 2); i < n; i++) t = t "." p[i]
           print t "\t" p[n] }'
}

# find_known_types ACTUAL_COLS DESIRED_COLS DB: $CW/known_types, the desired types of the
# columns whose type the reconciler changes that already exist in DB (casts to them work there).
find_known_types() {
  awk -F'\t' 'NR == FNR { d[$1 FS $2] = $3; next }
              ($1 FS $2) in d && d[$1 FS $2] != $3 { print d[$1 FS $2] }' "$2" "$1" |
    LC_ALL=C sort -u >"$CW/changed_types"
  if [[ -s $CW/changed_types ]]; then
    known_types "$3" "$CW/changed_types" "$CW/known_types"
  else
    : >"$CW/known_types"
  fi
}

# compare_spec ACTUAL_COLS DESIRED_COLS OUT: "table<TAB>expression" of each column in both, cast
# to its desired type when that changed and the type is known (else compared as text); columns
# the policy converts with its own expression are left out. Needs find_known_types first.
compare_spec() {
  local acols=$1 dcols=$2 out=$3
  policy_using_columns >"$CW/using_cols"
  awk -F'\t' -v OFS='\t' '
    FILENAME == ARGV[1] { known[$0] = 1; next }
    FILENAME == ARGV[2] { skip[$1 FS $2] = 1; next }
    FILENAME == ARGV[3] { d[$1 FS $2] = $3; next }
    !(($1 FS $2) in d) || ($1 FS $2) in skip { next }
    d[$1 FS $2] == $3   { print $1, $2; next }
    d[$1 FS $2] in known { print $1, $2 "::" d[$1 FS $2]; next }
    { print $1, $2 "::text" }' "$CW/known_types" "$CW/using_cols" "$dcols" "$acols" >"$out"
}

# roundtrip_spec ACTUAL_COLS DESIRED_COLS OUT: every column of actual, those whose type the
# reconciler changes cast to the desired type and back (what a lossy cast leaves behind).
# Needs find_known_types first.
roundtrip_spec() {
  awk -F'\t' -v OFS='\t' '
    FILENAME == ARGV[1] { known[$0] = 1; next }
    FILENAME == ARGV[2] { d[$1 FS $2] = $3; next }
    ($1 FS $2) in d && d[$1 FS $2] != $3 && d[$1 FS $2] in known {
      print $1, $2 "::" d[$1 FS $2] "::" $3; next }
    { print $1, $2 }' "$CW/known_types" "$2" "$1" >"$3"
}

# all_spec COLS OUT: every column as it is.
all_spec() {
  cut -f1,2 "$1" >"$2"
}

# rows_sql SPEC OUT: one sorted SELECT per table of "table<TAB>expression" lines.
rows_sql() {
  {
    echo "SET search_path = '';"
    awk -F'\t' '
      function flush(lit) {
        if (cur == "") return
        lit = cur; gsub("\047", "\047\047", lit)
        printf "SELECT \047%s\047 || E\047\\t\047 || r FROM (SELECT ROW(%s)::text AS r FROM %s) AS s ORDER BY r COLLATE \"C\";\n", lit, exprs, cur
      }
      $1 != cur { flush(); cur = $1; exprs = $2; next }
      { exprs = exprs ", " $2 }
      END { flush() }' "$1"
  } >"$2"
}

# rows_of DB SQL OUT: runs a rows query; the error goes to OUT.err.
rows_of() {
  if [[ $(wc -l <"$2") -le 1 ]]; then   # no table: nothing to ask
    : >"$3"
    : >"$3.err"
    return 0
  fi
  psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -f "$2" >"$3" 2>"$3.err"
}

# rows_read DB SQL OUT WHAT: rows_of, recording a problem on failure.
rows_read() {
  rows_of "$1" "$2" "$3" && return 0
  problem "reading the rows $4 failed" "$3.err"
  return 1
}

# ---------------------------------------------------------------- generating

# generate PREFIX [ARGS...]: PREFIX.sql, PREFIX.rollback.sql and PREFIX.verify.sql for the case;
# on failure the reason is in PREFIX.why.
generate() {
  local prefix=$1 rc=0 f
  shift
  local args=(reconcile --desired "$C_DESIRED" --actual "$C_ACTUAL")
  [[ -n $C_POLICY ]] && args+=(--policy "$C_POLICY")
  # shellcheck disable=SC2206 # a list of flags
  [[ -n ${C_EXTRA_FLAGS:-} ]] && args+=($C_EXTRA_FLAGS)
  args+=("$@")
  timeout "$PGDRIFT_TIMEOUT" "$PGDRIFT" "${args[@]}" -o "$prefix.sql" \
    --rollback "$prefix.rollback.sql" --verify "$prefix.verify.sql" >"$prefix.out" 2>"$prefix.err" || rc=$?
  {
    if [[ $rc -ne 0 ]]; then
      echo "pgdrift reconcile exited $rc"
    else
      for f in "$prefix.sql" "$prefix.rollback.sql" "$prefix.verify.sql"; do
        [[ -s $f ]] || echo "pgdrift reconcile wrote no ${f#"$prefix"} file"
      done
    fi
  } >"$prefix.why"
  [[ ! -s $prefix.why ]] && return 0
  echo "    pgdrift ${args[*]} -o R.sql --rollback R.rollback.sql --verify R.verify.sql" >>"$prefix.why"
  return 1
}

# generated NAME PREFIX [ARGS...]: generate, failing NAME with pgdrift's stderr when it cannot.
generated() {
  local name=$1 prefix=$2
  shift 2
  generate "$prefix" "$@" && return 0
  fail "$name" "$(head -n 1 "$prefix.why")"
  tail -n +2 "$prefix.why"
  indent "$prefix.err"
  return 1
}

# ---------------------------------------------------------------- case setup

# create_dbs ROLE:TEMPLATE_ROLE...: new databases of the case copied from its own, in one session.
# The case's databases are dropped together when it ends.
create_dbs() {
  local pair args=()
  for pair in "$@"; do
    args+=(-c "CREATE DATABASE \"$(db_name "${pair%%:*}")\" TEMPLATE \"$(db_name "${pair#*:}")\" STRATEGY FILE_COPY")
  done
  psql -X -q -v ON_ERROR_STOP=1 -d postgres "${args[@]}" >/dev/null
}

# build_templates: the databases the tests copy or use: setup, desired (D), actual (+ data; the
# setup database itself when the actual schema is empty), and the ones made from setup alone.
# A case with roles.sql next to its setup has an actual schema that holds the setup itself (a
# whole pg_dump of a platform project): that one starts from a database with the roles only.
build_templates() {
  local steps=() copies=(desired:setup) more=(partial:desired) actual_base=setup
  if [[ -n $C_ROLES && $ACTUAL == actual ]]; then
    actual_base=roles
    fresh_db roles && session "$(db_name roles)" "$CW/roles.log" "load:$C_ROLES" || {
      fail "$C_NAME: load" "loading $C_ROLES failed: $SESSION_FAILED"
      indent "$CW/roles.log"
      return 1
    }
  fi
  [[ $ACTUAL == setup ]] || copies+=(empty:setup actual:$actual_base) more+=(converge:actual)
  [[ $ACTUAL == setup || -z ${RECONCILE_REPRODUCIBLE:-} ]] || copies+=(desired2:setup)
  [[ -n $C_SETUP ]] && steps+=("load:$C_SETUP")
  steps+=("snap:$CW/setup.snap")
  [[ $ACTUAL == setup ]] && steps+=("query:$TABLE_COLUMNS_SQL:$CW/a.cols")
  if ! { fresh_db setup && session "$(db_name setup)" "$CW/setup.log" "${steps[@]}" &&
    create_dbs "${copies[@]}" &&
    session "$(db_name desired)" "$CW/desired.log" "load:$C_DESIRED" "snap:$CW/d.snap" \
      "query:$TABLE_COLUMNS_SQL:$CW/d.cols"; }; then
    fail "$C_NAME: load" "the case does not load into PostgreSQL: $SESSION_FAILED"
    cat "$CW/setup.log" "$CW/desired.log" 2>/dev/null | indent /dev/stdin
    return 1
  fi
  steps=()
  [[ -n $C_DATA ]] && steps+=("load:$C_DATA")
  if [[ $ACTUAL == actual ]] &&
    ! session "$(db_name actual)" "$CW/actual.log" "load:$C_ACTUAL" "${steps[@]}" \
      "query:$TABLE_COLUMNS_SQL:$CW/a.cols"; then
    fail "$C_NAME: load" "the case does not load into PostgreSQL: $SESSION_FAILED"
    indent "$CW/actual.log"
    return 1
  fi
  if ! find_known_types "$CW/a.cols" "$CW/d.cols" "$(db_name "$ACTUAL")" 2>"$CW/cols.err" ||
    ! create_dbs "${more[@]}" 2>>"$CW/cols.err"; then
    fail "$C_NAME: load" "reading the catalogs or copying the databases failed"
    indent "$CW/cols.err"
    return 1
  fi
}

# ---------------------------------------------------------------- the tests

test_desired_reproducible() {
  local name="$C_NAME: desired builds to the same catalog twice"
  start_test
  if sessioned "$(db_name desired2)" "$CW/again.log" "load:$C_DESIRED" "snap:$CW/d2.snap"; then
    expect_same "a second build differs" "$CW/d.snap" "$CW/d2.snap" || true
  fi
  verdict "$name"
}

test_from_empty() {
  local name="$C_NAME: from empty"
  start_test
  if sessioned "$(db_name empty)" "$CW/empty.log" "run:$CW/r.sql:the reconciler" "snap:$CW/empty.snap"; then
    expect_same "catalog differs from desired" "$CW/d.snap" "$CW/empty.snap" || true
  fi
  verdict "$name"
}

# The desired database minus the last column of every table with two or more, and minus the
# alphabetically last table (CASCADE both); the platform's tables (external schemas) stay whole.
PARTIAL_SQL="$WORK/partial.sql"
write_partial_sql() {
  cat >"$PARTIAL_SQL" <<'SQL'
SELECT set_config('pgdrift_test.exclude', (:'exclude'::text[] || :'platform'::text[])::text, false) \g /dev/null
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT c.oid::regclass AS tbl,
           (SELECT a.attname FROM pg_attribute a
            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attinhcount = 0
              AND NOT EXISTS (SELECT 1 FROM pg_partitioned_table p  -- a partition key stays
                              WHERE p.partrelid = c.oid AND a.attnum = ANY (p.partattrs::int2[]))
            ORDER BY a.attnum DESC LIMIT 1) AS col
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND c.reloftype = 0  -- a typed table's columns are its type's
      AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgdrift', 'pgdrift_backup')
      AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
      AND n.nspname <> ALL (current_setting('pgdrift_test.exclude')::text[])
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                      AND d.objid = c.oid AND d.deptype = 'e')
      AND (SELECT count(*) FROM pg_attribute a
           WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) >= 2
    ORDER BY format('%I.%I', n.nspname, c.relname) COLLATE "C"
  LOOP
    IF r.col IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %s DROP COLUMN %I CASCADE', r.tbl, r.col);
    END IF;
  END LOOP;
  FOR r IN
    SELECT c.oid::regclass AS tbl
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgdrift', 'pgdrift_backup')
      AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
      AND n.nspname <> ALL (current_setting('pgdrift_test.exclude')::text[])
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                      AND d.objid = c.oid AND d.deptype = 'e')
    ORDER BY format('%I.%I', n.nspname, c.relname) COLLATE "C" DESC
    LIMIT 1
  LOOP
    EXECUTE format('DROP TABLE %s CASCADE', r.tbl);
  END LOOP;
END
$$;
SQL
}

test_partial() {
  local name="$C_NAME: partial"
  start_test
  if sessioned "$(db_name partial)" "$CW/partial.log" "run:$PARTIAL_SQL:making the database partial" \
    "run:$CW/r.sql:the reconciler" "snap:$CW/partial.snap"; then
    expect_same "catalog differs from desired" "$CW/d.snap" "$CW/partial.snap" || true
  fi
  verdict "$name"
}

# check_converged SNAP_BEFORE SNAP_AFTER: the objects of D are as in D, the objects that were
# only in the database are still there, nothing else was created.
check_converged() {
  local before=$1 after=$2
  keys "$CW/d.snap" >"$CW/d.keys"
  keys "$before" >"$CW/before.keys"
  keys "$after" >"$CW/after.keys"
  restrict "$after" "$CW/d.keys" >"$CW/after_d.snap"
  expect_same "the objects of desired differ from desired" "$CW/d.snap" "$CW/after_d.snap" || true
  LC_ALL=C comm -23 "$CW/before.keys" "$CW/d.keys" >"$CW/extra.keys"
  LC_ALL=C comm -23 "$CW/extra.keys" "$CW/after.keys" >"$CW/lost.keys"
  [[ -s $CW/lost.keys ]] &&
    problem "objects that were only in the database are gone (no --allow-drop given)" "$CW/lost.keys"
  LC_ALL=C comm -23 "$CW/after.keys" "$CW/d.keys" | LC_ALL=C comm -23 - "$CW/before.keys" >"$CW/new.keys"
  [[ -s $CW/new.keys ]] && problem "objects neither desired nor there before" "$CW/new.keys"
  return 0
}

test_converges() {
  local name="$C_NAME: converges and keeps rows" db=$(db_name converge) steps=() applied_at
  start_test
  CONVERGED=""
  [[ $ACTUAL == setup ]] && db=$(db_name empty)   # where the verify test ran before
  compare_spec "$CW/a.cols" "$CW/d.cols" "$CW/common.spec"
  rows_sql "$CW/common.spec" "$CW/common_rows.sql"
  all_spec "$CW/a.cols" "$CW/all.spec"
  rows_sql "$CW/all.spec" "$CW/all_rows.sql"
  roundtrip_spec "$CW/a.cols" "$CW/d.cols" "$CW/roundtrip.spec"
  rows_sql "$CW/roundtrip.spec" "$CW/roundtrip_rows.sql"
  if [[ $ACTUAL == setup ]]; then
    cp "$CW/setup.snap" "$CW/s0.snap"
  else
    steps+=("snap:$CW/s0.snap")
  fi
  steps+=("query:$CW/common_rows.sql:$CW/rows.before" "query:$CW/all_rows.sql:$CW/rb_rows.before"
    "query:$CW/roundtrip_rows.sql:$CW/rb_rows.roundtrip" "run:$CW/r.sql:the reconciler")
  applied_at=${#steps[@]}
  steps+=("snap:$CW/after1.snap" "query:$CW/common_rows.sql:$CW/rows.after")
  if sessioned "$db" "$CW/apply1.log" "${steps[@]}"; then
    check_converged "$CW/s0.snap" "$CW/after1.snap"
    expect_same "rows changed" "$CW/rows.before" "$CW/rows.after" || true
  fi
  [[ $SESSION_DONE -ge $applied_at ]] && CONVERGED=$db
  verdict "$name"
}

# only_up_to_date LOG...: records a problem for each notice that is not an "up to date" one.
only_up_to_date() {
  grep -h 'NOTICE:' "$@" | grep -v 'up to date' >"$CW/other_notices" || true
  [[ -s $CW/other_notices ]] && problem "a second run did something: notices other than \"up to date\"" "$CW/other_notices"
  return 0
}

# The idempotence, verify and rollback tests run on the database the converge test reconciled,
# one after the other in one session (a connection, and the runtime's plans, cost more here than
# most of what they check):
#   idempotent          R twice more: catalog unchanged, only "up to date" notices, nothing logged
#   verify passes       V then: exits 0 and changes nothing
#   rollback            RB then: the catalog and rows before R (see test_rollback_verdict)
# A step that fails stops the session; the tests after it are reported as not run.
readonly MARK_IDEMPOTENT_END="== pgdrift test: the second and third runs are done"
test_after_converged() {
  local db=$CONVERGED done logged
  local tests=("$C_NAME: idempotent" "$C_NAME: verify passes on the reconciled database" "$C_NAME: rollback")
  if [[ -z $db || ! -s $CW/after1.snap ]]; then
    for name in "${tests[@]}"; do
      start_test
      problem "not run: the reconciler did not apply to the actual database"
      verdict "$name"
    done
    return 0
  fi
  # every action is logged, whatever the notices said: the log's rows after the run before
  echo "CREATE TEMP TABLE pgdrift_test_last AS SELECT coalesce(max(run_id), 0) AS run_id FROM pgdrift.versions;" >"$CW/last_run.sql"
  echo "SELECT count(*) FROM pgdrift.reconcile_log WHERE run_id > (SELECT run_id FROM pgdrift_test_last);" >"$CW/logged.sql"
  : >"$CW/logged.out"
  session "$db" "$CW/after.log" "run:$CW/last_run.sql:reading the last run" \
    "run:$CW/r.sql:a second run of the reconciler" "run:$CW/r.sql:a third run of the reconciler (in the same session)" \
    "snap:$CW/after2.snap" "query:$CW/logged.sql:$CW/logged.out" "mark:$MARK_IDEMPOTENT_END" \
    "run:$CW/r.verify.sql:the verify script" "snap:$CW/after_verify.snap" \
    "run:$CW/r.rollback.sql:the rollback script" "snap:$CW/rb1.snap" "query:$CW/all_rows.sql:$CW/rb_rows.after" || true
  done=$SESSION_DONE
  sed "/^$MARK_IDEMPOTENT_END\$/q" "$CW/after.log" >"$CW/apply2.log"
  # what a failing verify or rollback printed last (its error)
  sed -n "/^$MARK_IDEMPOTENT_END\$/,\$p" "$CW/after.log" | tail -n "$SHOW_LINES" >"$CW/after_idempotent.log"

  start_test
  if [[ $done -lt 5 ]]; then
    tail -n "$SHOW_LINES" "$CW/apply2.log" >"$CW/apply2_tail.log"
    problem "$SESSION_FAILED" "$CW/apply2_tail.log"
  else
    expect_same "the second and third runs changed the catalog" "$CW/after1.snap" "$CW/after2.snap" || true
    logged=$(<"$CW/logged.out")
    [[ $logged == 0 ]] || problem "the second and third runs logged $logged actions in pgdrift.reconcile_log"
  fi
  [[ $done -ge 2 ]] && only_up_to_date "$CW/apply2.log"
  verdict "${tests[0]}"

  start_test
  if steps_ran "$done" 7 8; then
    expect_same "the verify script changed the catalog" "$CW/after2.snap" "$CW/after_verify.snap" || true
  fi
  verdict "${tests[1]}"

  start_test
  steps_ran "$done" 9 11 && test_rollback_verdict
  verdict "${tests[2]}"
}

# steps_ran DONE FIRST LAST: whether the steps FIRST..LAST of that session ran (DONE of them
# were); if not, records why: a step before them failed, or one of them did.
steps_ran() {
  if [[ $1 -lt $(($2 - 1)) ]]; then
    problem "not run: an earlier step of its session failed"
    return 1
  elif [[ $1 -lt $3 ]]; then
    problem "$SESSION_FAILED" "$CW/after_idempotent.log"
    return 1
  fi
}

test_verify_fails() {
  local name="$C_NAME: verify fails on a database without the schema"
  [[ $DESIRED_EMPTY == 1 ]] && return 0
  start_test
  if session "$(db_name empty)" "$CW/verify_empty.log" "run:$CW/r.verify.sql:the verify script"; then
    problem "the verify script exited 0 on a database with setup only" "$CW/verify_empty.log"
  fi
  verdict "$name"
}

# enum_tolerant SNAP_BEFORE SNAP_AFTER OUT: SNAP_AFTER with each enum whose labels are the
# labels before plus some more put back as before (PostgreSQL cannot drop enum values);
# notes them in $CW/notes.
enum_tolerant() {
  awk -F'\t' -v OFS='\t' -v notes="$CW/notes" '
    function subseq(a, b,   x, y, nx, ny, i, j) {
      nx = split(a, x, ","); ny = split(b, y, ",")
      for (i = 1; i <= ny && j < nx; i++) if (y[i] == x[j + 1]) j++
      return j == nx
    }
    NR == FNR { if ($1 == "enum") before[$2] = $3; next }
    $1 == "enum" && ($2 in before) && before[$2] != $3 &&
      subseq(substr(before[$2], 8), substr($3, 8)) {
      printf "enum %s keeps the labels the reconciler added (PostgreSQL cannot drop enum values): %s, was %s\n", $2, substr($3, 8), substr(before[$2], 8) >>notes
      $3 = before[$2]
    }
    { print }' "$1" "$2" >"$3"
}

# rows_restored BEFORE ROUNDTRIP AFTER: rows after a rollback equal the ones before, or what a
# lossy type cast there and back leaves of them (noted).
rows_restored() {
  cmp -s "$1" "$3" && return 0
  if [[ -s $2 ]] && cmp -s "$2" "$3"; then
    echo "values changed by a lossy type cast come back as cast there and back, not as before" >>"$CW/notes"
    return 0
  fi
  expect_same "rows differ from before" "$1" "$3"
}

# The rollback ran on the database the converge test reconciled (and the idempotence and verify
# tests ran on again); its catalog and rows before R were read there.
test_rollback_verdict() {
  enum_tolerant "$CW/s0.snap" "$CW/rb1.snap" "$CW/rb1_tolerant.snap"
  expect_same "catalog differs from before the reconciler" "$CW/s0.snap" "$CW/rb1_tolerant.snap" || true
  rows_restored "$CW/rb_rows.before" "$CW/rb_rows.roundtrip" "$CW/rb_rows.after" || true
}

# ---------------------------------------------------------------- destructive pair

# extras_of SNAP_BEFORE: $CW/extra_tables ("table") and $CW/extra_columns ("table<TAB>column")
# that are in the actual database and not in desired; columns of extra tables are not listed.
extras_of() {
  keys "$CW/d.snap" >"$CW/d.keys"
  keys "$1" | LC_ALL=C comm -23 - "$CW/d.keys" >"$CW/x.keys"
  awk -F'\t' '$1 == "table" { print $2 }' "$CW/x.keys" >"$CW/extra_tables"
  awk -F'\t' -v OFS='\t' 'NR == FNR { t[$0] = 1; next }
    $1 == "column" { n = split($2, p, "."); tb = p[1]; for (i = 2; i < n; i++) tb = tb "." p[i]
                     if (!(tb in t)) print tb, p[n] }' "$CW/extra_tables" "$CW/x.keys" >"$CW/extra_columns"
}

# extras_spec COLS OUT: the columns of the extra tables and the extra columns, as they are.
extras_spec() {
  awk -F'\t' -v OFS='\t' '
    FILENAME == ARGV[1] { t[$1] = 1; next }
    FILENAME == ARGV[2] { c[$1 FS $2] = 1; next }
    ($1 in t) || (($1 FS $2) in c) { print $1, $2 }' \
    "$CW/extra_tables" "$CW/extra_columns" "$1" >"$2"
}

test_extras_kept() {
  local name="$C_NAME: without --allow-drop the extra table and column keep their rows" db
  start_test
  fresh_db kept actual
  db=$(db_name kept)
  extras_spec "$CW/a.cols" "$CW/extras.spec"
  rows_sql "$CW/extras.spec" "$CW/extras_rows.sql"
  if [[ ! -s $CW/extra_tables || ! -s $CW/extra_columns ]]; then
    problem "the pair has no extra table or no extra column"
  elif rows_read "$db" "$CW/extras_rows.sql" "$CW/x_rows.before" "of the extras" &&
    applied "$db" "$CW/r.sql" "$CW/kept.log" "the reconciler" &&
    rows_read "$db" "$CW/extras_rows.sql" "$CW/x_rows.after" "of the extras after the reconciler"; then
    expect_same "rows of the extras changed" "$CW/x_rows.before" "$CW/x_rows.after" || true
    [[ -s $CW/x_rows.before ]] || problem "the data has no rows in the extra table or column"
  fi
  verdict "$name"
}

# backup_columns DB OUT: "table<TAB>column" of the tables in schema pgdrift_backup.
backup_columns() {
  psql -X -q -At -F $'\t' -v ON_ERROR_STOP=1 -d "$1" >"$2" <<'SQL'
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), quote_ident(a.attname)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE n.nspname = 'pgdrift_backup' AND c.relkind IN ('r', 'p')
ORDER BY 1, 2;
SQL
}

# one_table_rows DB TABLE EXPRS OUT: the sorted ROW(EXPRS) text of one table.
one_table_rows() {
  psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" \
    -c "SELECT r FROM (SELECT ROW($3)::text AS r FROM $2) AS s ORDER BY r COLLATE \"C\"" >"$4" 2>/dev/null
}

# backed_up DB COLUMNS EXPECTED_ROWS: some table of pgdrift_backup has all COLUMNS (one a line)
# and, over them, exactly the expected rows.
backed_up() {
  local db=$1 cols=$2 expected=$3 exprs table
  exprs=$(paste -sd, "$cols" | sed 's/,/, /g')
  while IFS= read -r table; do
    one_table_rows "$db" "$table" "$exprs" "$CW/backup.rows" && cmp -s "$expected" "$CW/backup.rows" && return 0
  done < <(awk -F'\t' 'NR == FNR { want[$0] = 1; n++; next }
                       ($2 in want) { have[$1]++ } END { for (t in have) if (have[t] == n) print t }' \
             "$cols" "$CW/backup.cols" | LC_ALL=C sort)
  return 1
}

# record_extra_rows DB: before dropping, the rows of each extra table and column, one file each.
record_extra_rows() {
  local db=$1 table col i=0
  while IFS= read -r table; do
    i=$((i + 1))
    awk -F'\t' -v t="$table" '$1 == t { print $2 }' "$CW/a.cols" >"$CW/xt$i.cols"
    one_table_rows "$db" "$table" "$(paste -sd, "$CW/xt$i.cols")" "$CW/xt$i.rows"
  done <"$CW/extra_tables"
  i=0
  while IFS=$'\t' read -r table col; do
    i=$((i + 1))
    echo "$col" >"$CW/xc$i.cols"
    one_table_rows "$db" "$table" "$col" "$CW/xc$i.rows"
  done <"$CW/extra_columns"
}

# check_dropped_with_backup DB: the extras are gone and pgdrift_backup holds their rows.
check_dropped_with_backup() {
  local db=$1 table col i=0
  keys "$CW/dd1.snap" >"$CW/dd1.keys"
  LC_ALL=C comm -12 "$CW/x.keys" "$CW/dd1.keys" | grep -E '^(table|column)'$'\t' >"$CW/still.keys" || true
  [[ -s $CW/still.keys ]] && problem "still there after --allow-drop column --allow-drop table" "$CW/still.keys"
  backup_columns "$db" "$CW/backup.cols"
  while IFS= read -r table; do
    i=$((i + 1))
    backed_up "$db" "$CW/xt$i.cols" "$CW/xt$i.rows" ||
      problem "no table of pgdrift_backup holds the rows of $table" "$CW/xt$i.rows"
  done <"$CW/extra_tables"
  i=0
  while IFS=$'\t' read -r table col; do
    i=$((i + 1))
    backed_up "$db" "$CW/xc$i.cols" "$CW/xc$i.rows" ||
      problem "no table of pgdrift_backup holds the values of $table.$col" "$CW/xc$i.rows"
  done <"$CW/extra_columns"
  [[ -s $CW/backup.cols ]] || problem "schema pgdrift_backup has no table"
  return 0
}

test_destructive() {
  local db name="$C_NAME: --allow-drop drops the extras after a backup"
  local rname="$C_NAME: rollback after --allow-drop restores the extras and their rows"
  generated "$name" "$CW/rd" --allow-drop column --allow-drop table || {
    fail "$rname" "not run: no reconciler with --allow-drop"
    return 0
  }
  start_test
  fresh_db dropped actual
  db=$(db_name dropped)
  all_spec "$CW/a.cols" "$CW/dd_all.spec"
  rows_sql "$CW/dd_all.spec" "$CW/dd_rows.sql"
  local ran=0
  if snapped "$db" "$CW/dd0.snap" &&
    rows_read "$db" "$CW/dd_rows.sql" "$CW/dd_rows.before" "before the reconciler"; then
    record_extra_rows "$db"
    if applied "$db" "$CW/rd.sql" "$CW/dd_apply.log" "the reconciler with --allow-drop" &&
      snapped "$db" "$CW/dd1.snap"; then
      ran=1
      check_dropped_with_backup "$db"
    fi
  fi
  verdict "$name"
  start_test
  if [[ $ran == 0 ]]; then
    problem "not run: the reconciler with --allow-drop did not apply"
  elif applied "$db" "$CW/rd.rollback.sql" "$CW/dd_rollback.log" "the rollback script" &&
    snapped "$db" "$CW/dd2.snap"; then
    enum_tolerant "$CW/dd0.snap" "$CW/dd2.snap" "$CW/dd2_tolerant.snap"
    expect_same "catalog differs from before the reconciler" "$CW/dd0.snap" "$CW/dd2_tolerant.snap" || true
    if rows_read "$db" "$CW/dd_rows.sql" "$CW/dd_rows.after" "after the rollback"; then
      expect_same "rows differ from before" "$CW/dd_rows.before" "$CW/dd_rows.after" || true
    fi
  fi
  verdict "$rname"
}

# ---------------------------------------------------------------- cases

# run_case NAME DESIRED ACTUAL SETUP DATA POLICY (the last three may be empty), as case C_IDX.
run_case() {
  C_NAME=$1 C_DESIRED=$2 C_ACTUAL=$3 C_SETUP=$4 C_DATA=$5 C_POLICY=$6 C_ROLES=""
  [[ -n $C_SETUP && -f ${C_SETUP%/*}/roles.sql ]] && C_ROLES=${C_SETUP%/*}/roles.sql
  ACTUAL=actual
  [[ -s $C_ACTUAL || -n $C_DATA ]] || ACTUAL=setup
  C_EXCLUDE=$(policy_excluded_schemas "$C_POLICY")
  C_PLATFORM=$(policy_platform_schemas "$C_POLICY")
  CW="$WORK/$C_IDX"
  mkdir -p "$CW"
  echo "--- $C_NAME"
  if build_templates; then
    DESIRED_EMPTY=0
    cmp -s "$CW/d.snap" "$CW/setup.snap" && DESIRED_EMPTY=1
    [[ $ACTUAL == setup || -z ${RECONCILE_REPRODUCIBLE:-} ]] || test_desired_reproducible
    if generated "$C_NAME: generate the reconciler" "$CW/r"; then
      test_verify_fails
      [[ $ACTUAL == setup ]] || test_from_empty
      test_partial
      test_converges
      test_after_converged
      if [[ $C_NAME == "$DESTRUCTIVE_PAIR" ]]; then
        extras_of "$CW/s0.snap"
        test_extras_kept
        test_destructive
      fi
    fi
  fi
  drop_dbs_like "${DB_PREFIX}_${C_IDX}_"
}

# ---------------------------------------------------------------- running cases in parallel

# Cases run as background jobs, JOBS at a time, each with its output in $WORK/N.out and its
# counts in $WORK/N.counts; outputs are shown in case order as soon as they are complete.
CASE_PIDS=()
CASE_NAMES=()
shown=0

# case_job ARGS...: run_case as a background job (a subshell): counts from 0, saved at the end.
case_job() {
  local start=$SECONDS
  passed=0
  failed=0
  run_case "$@"
  echo "$passed $failed" >"$WORK/$C_IDX.counts"
  echo "    ($((SECONDS - start)) s)"
}

# launch NAME DESIRED ACTUAL SETUP DATA POLICY
launch() {
  C_IDX=$((C_IDX + 1))
  CASE_NAMES[C_IDX]=$1
  case_job "$@" >"$WORK/$C_IDX.out" 2>&1 &
  CASE_PIDS[C_IDX]=$!
  while [[ $(jobs -rp | wc -l) -ge $JOBS ]]; do
    wait -n || true
    show_finished
  done
  show_finished
}

# show_finished: the output and counts of the finished cases that come next in order.
show_finished() {
  local running
  running=" $(jobs -rp | tr '\n' ' ') "
  while [[ $shown -lt $C_IDX && $running != *" ${CASE_PIDS[shown + 1]} "* ]]; do
    shown=$((shown + 1))
    collect "$shown"
  done
}

collect() {
  local i=$1 p f
  cat "$WORK/$i.out"
  if read -r p f 2>/dev/null <"$WORK/$i.counts"; then
    passed=$((passed + p))
    failed=$((failed + f))
  else
    fail "${CASE_NAMES[i]}" "the test script stopped in the middle of this case (see above)"
  fi
}

wait_all() {
  wait || true
  show_finished
}

# wanted NAME: whether the command line asked for this case (all when it named none).
wanted() {
  local name=$1 arg
  [[ ${#CASES[@]} -eq 0 ]] && return 0
  for arg in "${CASES[@]}"; do
    [[ $name == "$arg" ]] && return 0
  done
  return 1
}

optional() {
  if [[ -e $1 ]]; then echo "$1"; fi
}

run_pairs() {
  local dir name desired
  for dir in "$PAIRS_DIR"/*/; do
    dir=${dir%/}
    name=$(basename "$dir")
    [[ -f $dir/actual.sql ]] || continue
    wanted "$name" || continue
    desired="$dir/desired.sql"
    [[ -d $dir/desired ]] && desired="$dir/desired"
    launch "$name" "$desired" "$dir/actual.sql" "$(optional "$dir/setup.sql")" \
      "$(optional "$dir/data.sql")" "$(optional "$dir/.pgdrift")"
  done
}

# The example projects: the README demo and the Supabase app with functions, triggers and policies.
run_demo() {
  local project name
  for project in "$DEMO" testdata/supabase_app; do
    [[ -d $project/supabase/migrations ]] || continue
    name=$(basename "$project")
    wanted "$name" || continue
    launch "$name" "$project/supabase/migrations" "$project/prod.sql" "$(optional "$project/setup.sql")" \
      "$(optional "$project/data.sql")" "$(optional "$project/.pgdrift")"
  done
}

# Golden cases of the object kinds beyond tables (functions, triggers, RLS and policies, types,
# views, DO-block guards): the same tests with an empty database as the actual schema, so
# "converges" starts from nothing and "partial" from the desired schema minus columns (and the
# views and policies that use them) and a table.
readonly GOLDEN_RECONCILE_KINDS="every_kind_ hostile_ cast_ collation_ text_search_ user_mapping_ table_as_select_ operator_ statistics_ extension_versions default_privileges_ do_guard_ do_constant_ typed_table_ foreign_data_wrapper_ domain_ function_ grant_ inherit_ matview_ owner_ partition_
  policy_ procedure_ publication_ rls_ rule_ supabase_ table_replica_identity table_storage_ table_column_statistics trigger_ type_ view_"
# Kinds only reported (W100/W101), not reconciled: storage settings, event triggers.
readonly GOLDEN_NOT_RECONCILED=""
# Cases about privileges and owners: reconciled with --with-privileges --with-owners, and their
# snapshots include ACLs and owners.
readonly GOLDEN_ACL_KINDS="default_privileges_ grant_ owner_"

run_golden() {
  local dir name desired prefix
  : >"$WORK/empty.sql"
  for dir in testdata/golden/*/; do
    dir=${dir%/}
    name=$(basename "$dir")
    local skip=0 not
    for not in $GOLDEN_NOT_RECONCILED; do [[ $name == "$not"* ]] && skip=1; done
    [[ $skip -eq 1 ]] && continue
    for prefix in $GOLDEN_RECONCILE_KINDS; do
      [[ $name == "$prefix"* ]] || continue
      wanted "golden/$name" || continue
      desired="$dir/desired.sql"
      [[ -d $dir/desired ]] && desired="$dir/desired"
      local flags="" acl=off kind
      for kind in $GOLDEN_ACL_KINDS; do
        [[ $name == "$kind"* ]] && flags="--with-privileges --with-owners" && acl=on
      done
      C_EXTRA_FLAGS=$flags SNAPSHOT_ACL=$acl launch "golden/$name" "$desired" "$WORK/empty.sql" \
        "$(optional "$dir/setup.sql")" "" "$(optional "$dir/.pgdrift")"
    done
  done
}

# tools/validate-reconciler.sh, the rehearsal users run: exit 0 for the demo's reconciler on its
# prod schema, exit 1 for a script whose second run fails.
run_validate_tool() {
  local name="tools/validate-reconciler.sh" dir="$WORK/validate" db="${DB_PREFIX}_validate" rc=0
  wanted validate || return 0
  echo "--- validate"
  mkdir -p "$dir"
  if ! "$PGDRIFT" reconcile --desired "$DEMO/supabase/migrations" --actual "$DEMO/prod.sql" -o "$dir/r.sql" 2>"$dir/gen.err" ||
    ! create_db "$db" || { [[ -f $DEMO/setup.sql ]] && ! psql_file "$db" "$DEMO/setup.sql" "$dir/load.log"; } ||
    ! psql_file "$db" "$DEMO/prod.sql" "$dir/load.log"; then
    fail "$name" "could not prepare the demo database"
    cat "$dir/gen.err" "$dir/load.log" 2>/dev/null | indent /dev/stdin
    return 0
  fi
  tools/validate-reconciler.sh "$db" "$dir/r.sql" >"$dir/ok.log" 2>&1 || rc=$?
  if [[ $rc -eq 0 ]]; then pass "$name: the demo's reconciler passes"; else
    fail "$name: the demo's reconciler passes" "exit $rc"
    indent "$dir/ok.log"
  fi
  echo "CREATE TABLE public.validate_not_idempotent (id integer);" >"$dir/bad.sql"
  rc=0
  tools/validate-reconciler.sh "$db" "$dir/bad.sql" >"$dir/bad.log" 2>&1 || rc=$?
  if [[ $rc -eq 1 ]]; then pass "$name: a script whose second run fails is refused"; else
    fail "$name: a script whose second run fails is refused" "exit $rc, expected 1"
    indent "$dir/bad.log"
  fi
}

CASES=()

# --fix-sequences: rows loaded with explicit ids leave serial and identity sequences behind (the
# next INSERT fails with a duplicate key); the fix, applied twice, moves them past the data once
# and never lowers a sequence that is ahead or touches the one of an empty table.
run_fix_sequences() {
  local name="--fix-sequences" dir="$WORK/fix_sequences" db="${DB_PREFIX}_fixseq" value
  wanted fix_sequences || return 0
  echo "--- fix_sequences"
  mkdir -p "$dir"
  cat >"$dir/desired.sql" <<'SQL'
CREATE TABLE public.with_serial (id serial PRIMARY KEY, v text);
CREATE TABLE public.with_identity (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text);
CREATE TABLE public.ahead (id serial PRIMARY KEY);
CREATE TABLE public.empty (id serial PRIMARY KEY);
SQL
  cat >"$dir/import.sql" <<'SQL'
INSERT INTO public.with_serial (id, v) SELECT g, 'imported' FROM generate_series(1, 10) g;
INSERT INTO public.with_identity (id, v) SELECT g, 'imported' FROM generate_series(1, 20) g;
INSERT INTO public.ahead (id) SELECT g FROM generate_series(1, 5) g;
SELECT setval('public.ahead_id_seq', 100);
SQL
  if ! create_db "$db" || ! psql_file "$db" "$dir/desired.sql" "$dir/log" || ! psql_file "$db" "$dir/import.sql" "$dir/log" ||
    ! pg_dump -s -d "$db" -f "$dir/dump.sql" 2>>"$dir/log" ||
    ! "$PGDRIFT" reconcile --desired "$dir/desired.sql" --actual "$dir/dump.sql" --fix-sequences -o "$dir/r.sql" 2>>"$dir/log"; then
    fail "$name" "could not prepare the database"
    indent "$dir/log"
    drop_db "$db"
    return 0
  fi
  # offline, from a full dump: the two imported tables are behind, the others are not
  local rc=0
  pg_dump -d "$db" -f "$dir/full.sql" 2>>"$dir/log"
  "$PGDRIFT" sequences "$dir/full.sql" --format json >"$dir/seq.json" 2>>"$dir/log" || rc=$?
  value=$(python3 -c 'import json, sys
print(" ".join(s["column"] + "=" + s["status"] for s in json.load(open(sys.argv[1]))["sequences"]))' "$dir/seq.json" 2>&1)
  if [[ $rc -eq 1 && $value == "public.ahead.id=ok public.empty.id=no rows public.with_identity.id=behind public.with_serial.id=behind" ]]; then
    pass "pgdrift sequences: the full dump's sequences behind their data (exit 1)"
  else
    fail "pgdrift sequences: the full dump's sequences behind their data (exit 1)" "exit $rc: $value"
  fi
  if psql -X -q -d "$db" -c "INSERT INTO public.with_serial (v) VALUES ('new')" >>"$dir/log" 2>&1; then
    fail "$name: the import left the sequence behind" "the INSERT succeeded before the fix"
  elif grep -q "duplicate key" "$dir/log"; then
    pass "$name: the import left the sequence behind (duplicate key)"
  else
    fail "$name: the import left the sequence behind" "the INSERT failed otherwise"
    indent "$dir/log"
  fi
  if psql_file "$db" "$dir/r.sql" "$dir/apply.log" && psql_file "$db" "$dir/r.sql" "$dir/apply.log"; then
    pass "$name: applies twice"
  else
    fail "$name: applies twice" "psql failed"
    indent "$dir/apply.log"
  fi
  if psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "INSERT INTO public.with_serial (v) VALUES ('new')" \
    -c "INSERT INTO public.with_identity (v) VALUES ('new')" >>"$dir/log" 2>&1; then
    pass "$name: the next INSERTs succeed"
  else
    fail "$name: the next INSERTs succeed" "INSERT failed"
    indent "$dir/log"
  fi
  value=$(psql -X -qAt -d "$db" -c "SELECT (SELECT last_value FROM public.ahead_id_seq) || ' ' ||
    (SELECT last_value || '/' || is_called FROM public.empty_id_seq) || ' ' ||
    (SELECT count(*) FROM pgdrift.reconcile_log WHERE action = 'advance sequence')")
  if [[ $value == "100 1/false 2" ]]; then
    pass "$name: none lowered, the empty table's untouched, two advanced once"
  else
    fail "$name: none lowered, the empty table's untouched, two advanced once" \
      "ahead, empty, advances: $value (expected 100 1/false 2)"
  fi
  rc=0
  pg_dump -d "$db" -f "$dir/full_after.sql" 2>>"$dir/log"
  "$PGDRIFT" sequences "$dir/full_after.sql" >"$dir/seq_after.txt" 2>>"$dir/log" || rc=$?
  if [[ $rc -eq 0 ]]; then pass "pgdrift sequences: none behind after the fix (exit 0)"; else
    fail "pgdrift sequences: none behind after the fix (exit 0)" "exit $rc"
    indent "$dir/seq_after.txt"
  fi
  drop_db "$db"
  baseline_fix_sequences "$dir" "${db}_b"
}

# pgdrift baseline --fix-sequences FILE: the same import on a database built from the baseline;
# the script, run twice, moves the sequences past the data and lowers none.
baseline_fix_sequences() {
  local dir=$1 db=$2 name="baseline --fix-sequences" value
  if ! "$PGDRIFT" baseline "$dir/desired.sql" --fix-sequences "$dir/fix.sql" -o "$dir/baseline.sql" 2>>"$dir/log" ||
    ! create_db "$db" || ! psql_file "$db" "$dir/baseline.sql" "$dir/log" || ! psql_file "$db" "$dir/import.sql" "$dir/log"; then
    fail "$name" "could not prepare the database"
    indent "$dir/log"
    drop_db "$db"
    return 0
  fi
  if psql -X -q -d "$db" -c "INSERT INTO public.with_identity (v) VALUES ('new')" >"$dir/b.log" 2>&1; then
    fail "$name: the import left the sequence behind" "the INSERT succeeded before the fix"
  elif grep -q "duplicate key" "$dir/b.log"; then pass "$name: the import left the sequence behind (duplicate key)"; else
    fail "$name: the import left the sequence behind" "$(head -3 "$dir/b.log")"
  fi
  if psql_file "$db" "$dir/fix.sql" "$dir/b.log" && psql_file "$db" "$dir/fix.sql" "$dir/b.log" &&
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "INSERT INTO public.with_serial (v) VALUES ('new')" \
      -c "INSERT INTO public.with_identity (v) VALUES ('new')" >>"$dir/b.log" 2>&1; then
    pass "$name: applied twice, the next INSERTs succeed"
  else
    fail "$name: applied twice, the next INSERTs succeed" "$(grep -m1 ERROR "$dir/b.log")"
  fi
  value=$(psql -X -qAt -d "$db" -c "SELECT (SELECT last_value FROM public.ahead_id_seq) || ' ' ||
    (SELECT last_value || '/' || is_called FROM public.empty_id_seq) || ' ' || (SELECT last_value FROM public.with_serial_id_seq)")
  if [[ $value == "100 1/false 11" ]]; then pass "$name: none lowered, the empty table's untouched"; else
    fail "$name: none lowered, the empty table's untouched" "ahead, empty, with_serial: $value (expected 100 1/false 11)"
  fi
  drop_db "$db"
}

main() {
  CASES=("$@")
  require_server reconcile
  require_pgdrift reconcile
  local start=$SECONDS
  write_table_columns_sql
  write_partial_sql
  run_pairs
  run_demo
  run_golden
  wait_all
  run_validate_tool
  run_fix_sequences
  [[ $((passed + failed)) -gt 0 ]] || fail "reconcile" "no cases found (in $PAIRS_DIR and $DEMO)"
  echo "($((SECONDS - start))s)"
  finish
}

main "$@"
