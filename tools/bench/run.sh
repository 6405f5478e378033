#!/usr/bin/env bash
# Benchmarks pgdrift on a synthetic schema (tools/bench/gen_schema.py): wall time with hyperfine
# when installed, peak memory with /usr/bin/time -v. Not a test: it prints numbers, never fails on them.
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
