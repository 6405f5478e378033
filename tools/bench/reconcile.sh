#!/usr/bin/env bash
# Measures the reconciler on a synthetic schema of N tables (tools/bench/gen_schema.py) against a
# scratch PostgreSQL 15 (PGHOST/PGPORT/PGUSER, e.g. from tools/pg-sandbox.sh): the time and peak
# memory of generating it, the size of the script (full and --drift-only) next to the schema's own
# DDL, and the time psql takes to apply it from empty, to a database in sync, and to a drifted one.
# Not a test: it prints numbers, never fails on them (results go to docs/performance.md).
#
# Generation is the median of three runs; the parse floor (tools/bench/parse_floor.py) is printed
# beside it, measured in the same run.
#
# usage: tools/bench/reconcile.sh [TABLES]   (default 1000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source tests/lib.sh
n=${1:-1000}
bin=build/src/cli/pgdrift
[[ -x $bin ]] || tools/build.sh >/dev/null
dir=$(mktemp -d)
db="pgdrift_bench_$$"
cleanup() {
  drop_db "${db}_prod"; drop_db "${db}_empty"; drop_db "${db}_sync"; drop_db "${db}_drift"
  rm -rf "$dir"
}
trap cleanup EXIT
export PGOPTIONS="--client-min-messages=warning"

# seconds CMD...: wall seconds of one run (stdout and stderr dropped)
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  printf '%d.%02d' $(((end - start) / 1000000000)) $(((end - start) / 10000000 % 100))
}
# median3 CMD...: the median wall seconds of three runs
median3() {
  local runs=("$(seconds "$@")" "$(seconds "$@")" "$(seconds "$@")")
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p
}
# peak_mb ARGS...: peak resident memory in MB of one pgdrift run
peak_mb() {
  /usr/bin/time -f '%M' -o "$dir/mem" "$bin" "$@" >/dev/null 2>&1 || true
  echo "$(($(tail -n 1 "$dir/mem") / 1024))"
}
size_kb() { local b; b=$(wc -c <"$1"); echo "$((b / 1024)) KiB ($b bytes)"; }
apply() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2"; }

python3 tools/bench/gen_schema.py "$n" >"$dir/schema.sql"
create_db "${db}_prod"
psql -X -q -v ON_ERROR_STOP=1 -d "${db}_prod" -f "$dir/schema.sql" >/dev/null
pg_dump -s -d "${db}_prod" >"$dir/dump.sql"
# drift: a column dropped in every 10th table, a default changed in every 7th, a table missing
{
  for ((i = 0; i < n; i += 10)); do printf 'ALTER TABLE t%05d DROP COLUMN tags;\n' "$i"; done
  for ((i = 3; i < n; i += 7)); do printf "ALTER TABLE t%05d ALTER COLUMN name SET DEFAULT 'x';\n" "$i"; done
  printf 'DROP TABLE t%05d CASCADE;\n' "$((n - 1))"
} >"$dir/drift.sql"

echo "schema: $n tables, DDL $(size_kb "$dir/schema.sql"), pg_dump -s $(size_kb "$dir/dump.sql")"
gen=(reconcile --desired "$dir/schema.sql" --actual "$dir/dump.sql" -o "$dir/r.sql")
gen_dump=(reconcile --desired "$dir/dump.sql" --actual "$dir/dump.sql" -o "$dir/r_dump.sql")
echo "parse floor, migrations + dump: $(python3 tools/bench/parse_floor.py "$dir/schema.sql" "$dir/dump.sql")"
echo "parse floor, the dump twice:     $(python3 tools/bench/parse_floor.py "$dir/dump.sql" "$dir/dump.sql")"
echo "pgdrift dump of the dump (parse + replay): $(median3 "$bin" dump "$dir/dump.sql") s, $(peak_mb dump "$dir/dump.sql") MB peak"
echo "generate (desired: migrations): $(median3 "$bin" "${gen[@]}") s, $(peak_mb "${gen[@]}") MB peak, script $(size_kb "$dir/r.sql")"
echo "generate (desired: a pg_dump):  $(median3 "$bin" "${gen_dump[@]}") s, $(peak_mb "${gen_dump[@]}") MB peak, script $(size_kb "$dir/r_dump.sql")"

create_db "${db}_empty"
create_db "${db}_sync" "${db}_prod"
create_db "${db}_drift" "${db}_prod"
psql -X -q -v ON_ERROR_STOP=1 -d "${db}_drift" -f "$dir/drift.sql" >/dev/null
# --drift-only against a dump of the drifted database: the steps it needs and the runtime
pg_dump -s -d "${db}_drift" >"$dir/dump_drift.sql"
gen_drift=(reconcile --desired "$dir/schema.sql" --actual "$dir/dump_drift.sql" --drift-only -o "$dir/r_drift.sql")
echo "generate --drift-only (actual: the drifted dump): $(seconds "$bin" "${gen_drift[@]}") s, script $(size_kb "$dir/r_drift.sql")"
echo "apply from empty:              $(seconds apply "${db}_empty" "$dir/r.sql") s"
echo "apply in sync (dump-desired):  $(seconds apply "${db}_sync" "$dir/r_dump.sql") s"
echo "apply in sync (migrations):    $(seconds apply "${db}_sync" "$dir/r.sql") s"
echo "apply drifted:                 $(seconds apply "${db}_drift" "$dir/r.sql") s"
