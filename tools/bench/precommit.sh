#!/usr/bin/env bash
# The pre-commit check's time on a project of 100 migrations and 300 tables (the synthetic schema
# of tools/bench/gen_schema.py cut into 100 files) against its schema file, as the git hook runs
# it: `pgdrift check --desired FOLDER --actual schema.sql`. The schema file is the pg_dump of the
# migrations when a server is reachable (PGHOST...), else the migrations in one file.
# Not a test: prints the median of 11 runs (hyperfine when installed).
#
# usage: tools/bench/precommit.sh [TABLES] [MIGRATIONS]   (default 300 100)
set -euo pipefail
tables=${1:-300}
files=${2:-100}
# shellcheck source=tools/bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
mkdir -p "$dir/migrations"
python3 tools/bench/gen_schema.py "$tables" >"$dir/all.sql"
# one statement per line in the generator's output: cut it into $files migrations of equal length
python3 - "$dir/all.sql" "$dir/migrations" "$files" <<'PY'
import sys
text = open(sys.argv[1]).read()
stmts = [s + ";\n" for s in text.split(";\n") if s.strip()]
n = int(sys.argv[3])
per = -(-len(stmts) // n)
for i in range(n):
    open(f"{sys.argv[2]}/{i + 1:04d}_part.sql", "w").write("".join(stmts[i * per:(i + 1) * per]))
PY
schema="$dir/all.sql"
if psql -X -q -c "select 1" >/dev/null 2>&1; then
  db="pgdrift_bench_precommit_$$"
  createdb "$db" && psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$dir/all.sql" >/dev/null && pg_dump -s -d "$db" >"$dir/schema.sql"
  dropdb "$db"
  psql -X -q -c checkpoint >/dev/null  # the server's own writing after the load is done before the clock starts
  schema="$dir/schema.sql"
fi
echo "project: $files migrations, $tables tables; schema file $(wc -c <"$schema") bytes"
cmd=("$bin" check --desired "$dir/migrations" --actual "$schema")
"${cmd[@]}" >/dev/null 2>&1 || { echo "the check does not pass on the project: exit $?" >&2; exit 1; }
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 2 --runs 11 "${cmd[*]}"  # -N: no shell between it and pgdrift
else
  for _ in $(seq 11); do
    start=$(date +%s%N); "${cmd[@]}" >/dev/null 2>&1; end=$(date +%s%N)
    echo $(((end - start) / 1000000))
  done | sort -n | sed -n 6p | sed 's/$/ ms (median of 11)/'
fi
