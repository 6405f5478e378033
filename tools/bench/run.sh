#!/usr/bin/env bash
# Benchmarks pgdrift on a synthetic schema (tools/bench/gen_schema.py): wall time with hyperfine
# when installed, peak memory with /usr/bin/time -v; then, when a server is reachable (PGHOST...),
# `check` of the schema's pg_dump against itself in turns with the parse floor of the same two
# files (check_vs_floor.py: issue 12's goal is the ratio). Not a test: it prints numbers, never
# fails on them.
# usage: tools/bench/run.sh [TABLES]   (default 2000)
set -euo pipefail
n=${1:-2000}
# shellcheck source=tools/bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
python3 tools/bench/gen_schema.py "$n" > "$dir/schema.sql"
echo "input: $n tables, $(wc -c < "$dir/schema.sql") bytes"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 5 "$bin check --desired $dir/schema.sql --actual $dir/schema.sql" \
    "$bin reconcile --desired $dir/schema.sql -o $dir/r.sql"
fi
for cmd in "check --desired $dir/schema.sql --actual $dir/schema.sql" "reconcile --desired $dir/schema.sql -o $dir/r.sql"; do
  /usr/bin/time -v "$bin" $cmd > /dev/null 2> "$dir/time.txt" || true
  echo "$cmd: $(grep -E 'Elapsed|Maximum resident' "$dir/time.txt" | sed 's/^\s*//' | tr '\n' ' ')"
done
if psql -X -q -c "select 1" >/dev/null 2>&1; then
  db="pgdrift_bench_run_$$"
  createdb "$db" && psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$dir/schema.sql" >/dev/null && pg_dump -s -d "$db" >"$dir/dump.sql"
  dropdb "$db"
  psql -X -q -c checkpoint >/dev/null  # the server's own writing after the load is done before the clock starts
  echo "pg_dump of it: $(wc -c < "$dir/dump.sql") bytes"
  python3 tools/bench/check_vs_floor.py "$bin" "$dir/dump.sql" "$dir/dump.sql"
fi
