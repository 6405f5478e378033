#!/usr/bin/env bash
# Offline self-consistency of the reconciler (no server): for every pair under testdata/pairs
# and for the demo, replaying `actual + reconciler` in pgdrift's own catalog must give the
# desired schema, except the objects only in actual that the reconciler leaves alone; and
# replaying the reconciler twice must give the same catalog as once.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
PGDRIFT=${PGDRIFT:-build/src/cli/pgdrift}
passed=0 failed=0
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1: $2"; }

# extras DESIRED ACTUAL POLICY...: sorted "kind object" of changes that are not "extra" (must be none).
non_extra() { "$PGDRIFT" diff --format json --desired "$1" --actual "$2" "${@:3}" 2>/dev/null |
  python3 -c 'import json,sys; print("\n".join(sorted(c["change"]+" "+c["kind"]+" "+c["object"] for c in json.load(sys.stdin)["changes"] if c["change"]!="extra")))'; }
extras() { "$PGDRIFT" diff --format json --desired "$1" --actual "$2" "${@:3}" 2>/dev/null |
  python3 -c 'import json,sys; print("\n".join(sorted(c["kind"]+" "+c["object"] for c in json.load(sys.stdin)["changes"] if c["change"]=="extra")))'; }

# check_case NAME DESIRED ACTUAL [POLICY_ARGS...]
check_case() {
  local name=$1 desired=$2 actual=$3
  shift 3
  local d="$T/$name"
  mkdir -p "$d/once" "$d/twice"
  if ! "$PGDRIFT" reconcile --desired "$desired" --actual "$actual" "$@" -o "$d/r.sql" 2>"$d/err"; then
    fail "$name" "reconcile failed: $(head -3 "$d/err")"; return
  fi
  cp "$actual" "$d/once/001_actual.sql"
  cp "$d/r.sql" "$d/once/002_reconcile.sql"
  cp "$d/once/"* "$d/twice/"
  cp "$d/r.sql" "$d/twice/003_reconcile.sql"
  local left; left=$(non_extra "$desired" "$d/once" "$@")
  if [ -n "$left" ]; then fail "$name" "actual + reconciler differs from desired: $(echo "$left" | head -5 | tr '\n' ';')"; return; fi
  if [ "$(extras "$desired" "$d/once" "$@")" != "$(extras "$desired" "$actual" "$@")" ]; then
    fail "$name" "the reconciler touched objects it should leave alone"; return
  fi
  if ! "$PGDRIFT" check --desired "$d/once" --actual "$d/twice" "$@" >/dev/null 2>&1; then
    fail "$name" "running the reconciler twice differs from once"; return
  fi
  pass "$name"
}

for dir in testdata/pairs/*/; do
  name=$(basename "$dir")
  policy=()
  [ -f "$dir/.pgdrift" ] && policy=(--policy "$dir/.pgdrift")
  check_case "pairs/$name" "$dir/desired.sql" "$dir/actual.sql" "${policy[@]}"
done
for project in testdata/demo testdata/supabase_app; do
  check_case "$(basename "$project")" "$project/supabase/migrations" "$project/prod.sql" --policy "$project/.pgdrift"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
