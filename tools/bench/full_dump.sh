#!/usr/bin/env bash
# Reading a full dump with data: a COPY block of rows (about MB megabytes, default 1024) followed
# by 1,000 tables, read by pgdrift dump. Prints the wall time (best of three) and the largest
# anonymous memory pgdrift held (RssAnon: the dump itself is mapped page cache, not counted).
# Not a test: it prints numbers, never fails on them.
# usage: tools/bench/full_dump.sh [MB]
set -euo pipefail
mb=${1:-1024}
# shellcheck source=tools/bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
/usr/bin/python3 - "$dir/full.sql" "$mb" <<'PY'
import sys
rows_per_mb = 1024 * 1024 // 107
with open(sys.argv[1], "w") as f:
    f.write("CREATE TABLE public.t (id integer, v text);\nCOPY public.t (id, v) FROM stdin;\n")
    row = "\t" + "x" * 100 + "\n"
    chunk = "".join(str(i) + row for i in range(rows_per_mb))
    for _ in range(int(sys.argv[2])):
        f.write(chunk)
    f.write("\\.\n")
    for i in range(1000):
        f.write(f"CREATE TABLE public.t{i} (id integer PRIMARY KEY, v text);\n")
PY
sync "$dir/full.sql"  # written back first: reading pages still being written is slower
echo "input: $(($(stat -c %s "$dir/full.sql") >> 20)) MB"
best=""
for _ in 1 2 3; do
  start=$(date +%s%N)
  "$bin" dump "$dir/full.sql" >/dev/null 2>&1
  ms=$((($(date +%s%N) - start) / 1000000))
  [[ -z $best || $ms -lt $best ]] && best=$ms
done
"$bin" dump "$dir/full.sql" >/dev/null 2>&1 &
pid=$!
anon=0
while kill -0 "$pid" 2>/dev/null; do
  a=$(awk '/^RssAnon/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  [[ -n $a && $a -gt $anon ]] && anon=$a
  sleep 0.02
done
echo "pgdrift dump: best of 3 ${best} ms; largest RssAnon $((anon >> 10)) MB"
