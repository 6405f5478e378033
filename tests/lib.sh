# shellcheck shell=bash
# Shared helpers of the test suites and tools (source it; it only defines functions and a few
# variables):
#   counting      pass NAME, fail NAME REASON, finish (prints "N passed, N failed"), indent FILE,
#                 in_parallel JOBS TOP FUNCTION ITEM... (cases side by side, output in order)
#   the binary    PGDRIFT (default build/src/cli/pgdrift of this tree), require_pgdrift SUITE
#   a server      server_up, require_server SUITE, sandbox_parent
#   databases     create_db NAME [TEMPLATE], drop_db NAME, psql_file DB FILE LOG,
#                 load_sql DB PATH LOG (a SQL file, or a migration folder in its tool's order)
#   schemas       snapshot DB OUT [POLICY], policy_excluded_schemas POLICY
#   inputs        for_each_pair FUNCTION (the offline pairs and the two example projects)
# A suite sets SHOW_LINES (lines of a log shown on failure) and WORK (a temp dir) for itself.

LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly LIB_DIR
PGDRIFT=${PGDRIFT:-$(dirname "$LIB_DIR")/build/src/cli/pgdrift}
readonly CATALOG_SNAPSHOT_SQL=$LIB_DIR/oracle/catalog_snapshot.sql
# PostgreSQL 15's own programs first: Debian's /usr/bin/psql is a Perl wrapper that costs ~80 ms
# a call, more than most of what the suites ask the server.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
[[ -x $PG_BIN/psql && :$PATH: != *:$PG_BIN:* ]] && PATH=$PG_BIN:$PATH
# The system's Python where there is one: a version manager's shim (pyenv) costs ~0.35 s a call,
# and the suites call Python per case (the standard library is all they use).
if [[ -x /usr/bin/python3 ]]; then
  python3() { /usr/bin/python3 "$@"; }
fi

passed=0
failed=0

# ---------------------------------------------------------------- counting

pass() {
  passed=$((passed + 1))
  echo "ok   $1"
}

fail() {
  failed=$((failed + 1))
  echo "FAIL $1: $2"
}

# finish: the summary line every suite ends with; fails if any test failed.
finish() {
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
}

# indent FILE [LINES]: the start of a log, indented.
indent() {
  head -n "${2:-${SHOW_LINES:-40}}" "$1" | sed 's/^/    /'
}

# in_parallel JOBS TOP FUNCTION ITEM...: FUNCTION ITEM for every item, JOBS at a time, each in a
# subshell with a folder of its own (WORK=TOP/case_N, CASE_IDX=N) and counts from 0; the outputs
# are printed in item order (the same as one at a time) and the counts added to this shell's.
in_parallel() {
  local jobs=$1 top=$2 fn=$3 n=0 i p f item
  shift 3
  for item in "$@"; do
    n=$((n + 1))
    mkdir -p "$top/case_$n"
    (
      trap - EXIT
      # shellcheck disable=SC2030,SC2034 # the case's own: read by FUNCTION and its callees
      WORK=$top/case_$n CASE_IDX=$n passed=0 failed=0
      "$fn" "$item"
      echo "$passed $failed" >"$top/case_$n.counts"
    ) >"$top/case_$n.out" 2>&1 &
    while [[ $(jobs -rp | wc -l) -ge $jobs ]]; do wait -n || true; done
  done
  wait
  for ((i = 1; i <= n; i++)); do
    cat "$top/case_$i.out"
    if read -r p f <"$top/case_$i.counts" 2>/dev/null; then
      passed=$((passed + p)) failed=$((failed + f))
    else
      fail "$fn $i" "crashed (no counts)"
    fi
  done
}

# ---------------------------------------------------------------- inputs

# for_each_pair FUNCTION: FUNCTION NAME DESIRED ACTUAL [--policy FILE] for every pair under
# testdata/pairs (desired.sql against actual.sql) and the two example projects (their migrations
# against prod.sql), paths relative to the repository's root.
for_each_pair() {
  local fn=$1 dir project policy
  for dir in testdata/pairs/*/; do
    dir=${dir%/} policy=()
    [[ -f $dir/.pgdrift ]] && policy=(--policy "$dir/.pgdrift")
    "$fn" "pairs/$(basename "$dir")" "$dir/desired.sql" "$dir/actual.sql" "${policy[@]}"
  done
  for project in testdata/demo testdata/supabase_app; do
    "$fn" "$(basename "$project")" "$project/supabase/migrations" "$project/prod.sql" --policy "$project/.pgdrift"
  done
}

# ---------------------------------------------------------------- the binary

# require_pgdrift SUITE: ends the suite with one failure when the binary is missing.
require_pgdrift() {
  [[ -x $PGDRIFT ]] && return 0
  fail "$1" "pgdrift binary not found at $PGDRIFT (run tools/build.sh)"
  finish || true
  exit 1
}

# ---------------------------------------------------------------- server

server_up() {
  psql -X -q -d postgres -Atc 'select 1' >/dev/null 2>&1
}

# require_server SUITE: without a server the suite fails under CI=true, else is skipped, loudly.
require_server() {
  server_up && return 0
  local suite=$1 where="PGHOST=${PGHOST:-unset} PGPORT=${PGPORT:-unset}"
  if [[ ${CI:-} == true ]]; then
    fail "$suite" "no PostgreSQL server reachable ($where); start one with tools/pg-sandbox.sh"
    finish || true
    exit 1
  fi
  echo "!!! $suite: SKIPPED: no PostgreSQL server reachable ($where)." >&2
  echo "!!! run it through tools/test.sh, or: eval \"\$(tools/pg-sandbox.sh start DIR)\"" >&2
  finish
  exit 0
}

# A directory for a sandbox server: tmpfs (/dev/shm) when it has room, since creating a database
# there is several times faster than on disk; else $TMPDIR.
sandbox_parent() {
  local avail_kb
  avail_kb=$(df --output=avail -k /dev/shm 2>/dev/null | tail -n 1) || avail_kb=0
  if [[ -w /dev/shm && ${avail_kb:-0} -ge 2097152 ]]; then
    echo /dev/shm
  else
    echo "${TMPDIR:-/tmp}"
  fi
}

# ---------------------------------------------------------------- databases

# create_db NAME [TEMPLATE]
create_db() {
  psql -X -q -v ON_ERROR_STOP=1 -d postgres \
    -c "CREATE DATABASE \"$1\" TEMPLATE \"${2:-template0}\" STRATEGY FILE_COPY" >/dev/null
}

drop_db() {
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" >/dev/null 2>&1 || true
}

# psql_file DB FILE LOG: runs one script, stopping at its first error; output appended to LOG.
psql_file() {
  psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >>"$3" 2>&1
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

# loadable_files PATH DIR: the files to run for a SQL file or a migration folder, in its tool's
# order; dbmate files are cut to their "up" part into DIR.
loadable_files() {
  local path=$1 dir=$2 file
  if [[ -f $path ]]; then
    echo "$path"
    return 0
  fi
  while IFS= read -r file; do
    if grep -q '^-- *migrate:up' "$file"; then
      dbmate_up "$file" >"$dir/${file##*/}"
      file="$dir/${file##*/}"
    fi
    echo "$file"
  done < <(ordered_migrations "$path")
}

# load_sql DB PATH LOG: a SQL file, or a migration folder in order (dbmate files cut in $WORK).
load_sql() {
  local db=$1 path=$2 log=$3 file files
  mapfile -t files < <(loadable_files "$path" "${WORK:?}")
  if [[ ${#files[@]} -eq 0 ]]; then
    echo "no migrations found in $path" >>"$log"
    return 1
  fi
  for file in "${files[@]}"; do
    psql_file "$db" "$file" "$log" || return 1
  done
}

# ---------------------------------------------------------------- the realworld corpus

# pagila_prepare SRC OUT: pagila as PostgreSQL 15 loads it (pgvector stripped, PostgreSQL 18's
# virtual generated columns made stored on older servers).
pagila_prepare() {
  local version
  version=$(psql -X -q -At -d postgres -c "SHOW server_version_num")
  awk -v old="$version" '
    /^CREATE EXTENSION IF NOT EXISTS vector /                     { next }
    /^COMMENT ON EXTENSION vector /                               { next }
    /^[[:space:]]+[a-z_]+ public\.vector\([0-9]+\)( NOT NULL)?,$/ { next }
    /USING (hnsw|ivfflat) .*public\.vector_[a-z_]+_ops/           { next }
    old < 180000 && /GENERATED ALWAYS AS \(.*\) VIRTUAL,?$/      { sub(/\) VIRTUAL/, ") STORED") }
    { print }' "$1" >"$2"
}

# graphile_prepare SRC OUT DBNAME: one graphile-migrate file with its placeholders substituted.
graphile_prepare() {
  sed -e "s/:DATABASE_NAME\\b/$3/g" -e 's/:DATABASE_OWNER\b/graphile_starter/g' \
    -e 's/:DATABASE_AUTHENTICATOR\b/graphile_starter_authenticator/g' \
    -e 's/:DATABASE_VISITOR\b/graphile_starter_visitor/g' "$1" >"$2"
}

# ---------------------------------------------------------------- schema snapshots

# policy_excluded_schemas POLICY: the schemas of its "exclude schema a, b;" lines as a text[]
# literal ({a,b}); {} without a policy file.
policy_excluded_schemas() {
  local names=""
  if [[ -n ${1:-} && -f $1 ]]; then
    names=$(sed -e 's/#.*//' "$1" |
      sed -n 's/^[[:space:]]*exclude[[:space:]]\{1,\}schema[[:space:]]\{1,\}\([^;]*\);.*/\1/p' |
      tr ',' '\n' | tr -d ' \t"' | grep -v '^$' | paste -sd, -) || true
  fi
  echo "{$names}"
}

# policy_platform_schemas POLICY: the schemas its "external schema a, b;" rules (and those of the
# profiles it loads from share/profiles) declare, as a text[] literal: the platform's, which a
# test never changes behind the reconciler's back.
policy_platform_schemas() {
  [[ -n ${1:-} && -f $1 ]] || { echo "{}"; return 0; }
  python3 - "${1:-}" "$(dirname "${BASH_SOURCE[0]}")/../share/profiles" <<'PY'
import os, re, sys
def rules(path):
    text = re.sub(r"#[^\n]*", "", open(path).read()) if path and os.path.isfile(path) else ""
    return [s.strip() for s in text.split(";")]
names, todo = [], [sys.argv[1]]
while todo:
    for r in rules(todo.pop()):
        words = r.split()
        if len(words) >= 2 and words[0].lower() == "profile":
            todo.append(os.path.join(sys.argv[2], words[1].strip('"').lower() + ".pgdrift"))
        if len(words) >= 3 and words[0].lower() == "external" and words[1].lower() == "schema":
            names += [n.strip().strip('"') for n in r.split(None, 2)[2].split(",")]
print("{" + ",".join(names) + "}")
PY
}

# snapshot DB OUT [POLICY]: the catalog of DB as sorted text (tests/oracle/catalog_snapshot.sql),
# leaving out the schemas the policy file excludes.
snapshot() {
  psql -X -q -At -v ON_ERROR_STOP=1 -v exclude="$(policy_excluded_schemas "${3:-}")" \
    -v acl="${SNAPSHOT_ACL:-off}" -d "$1" -f "$CATALOG_SNAPSHOT_SQL" >"$2"
}

# drop_kinds: every kind `--allow-drop` accepts, as the binary's help lists them (the registry),
# one per line: a test that allows every drop covers a new kind without being edited.
drop_kinds() {
  "$PGDRIFT" reconcile --help | tr -s '\n ' '  ' | sed -e 's/.*a kind (//' -e 's/).*//' | tr ',' '\n' | tr -d ' '
}
