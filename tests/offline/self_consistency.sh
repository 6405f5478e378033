#!/usr/bin/env bash
# Offline consistency of the reconciler (no server), for every pair under testdata/pairs and the
# two example projects:
#   deterministic   two pgdrift processes write byte-identical reconciler, rollback and verify
#                   scripts (full and --drift-only)
#   nothing to do   a schema reconciled against itself (desired = actual) needs no step in its
#                   --drift-only script, and its header reports no drift
# The scripts' syntax (every statement and PL/pgSQL body) is checked by the unit suite
# (tests/unit/test_scripts.cpp); what they do is checked against PostgreSQL by the reconcile suite.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=tests/lib.sh
source tests/lib.sh  # pass, fail, finish, for_each_pair, PGDRIFT
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# generate OUT_PREFIX ARGS...: the three scripts of one pgdrift reconcile run.
generate() {
  local out=$1
  shift
  "$PGDRIFT" reconcile "$@" -o "$out.sql" --rollback "$out.rollback.sql" --verify "$out.verify.sql" 2>"$out.err"
}

# check_case NAME DESIRED ACTUAL [POLICY_ARGS...]
check_case() {
  local name=$1 desired=$2 actual=$3 d="$T/$1" f
  shift 3
  mkdir -p "$d"
  local drops=(--allow-drop table --allow-drop column --allow-drop index --allow-drop constraint --with-privileges)
  for mode in full drift-only; do
    local extra=()
    [[ $mode == drift-only ]] && extra=(--drift-only)
    if ! generate "$d/$mode.1" --desired "$desired" --actual "$actual" "${drops[@]}" "${extra[@]}" "$@" ||
      ! generate "$d/$mode.2" --desired "$desired" --actual "$actual" "${drops[@]}" "${extra[@]}" "$@"; then
      fail "$name: deterministic ($mode)" "pgdrift reconcile failed: $(head -3 "$d/$mode.1.err")"
      continue
    fi
    for f in sql rollback.sql verify.sql; do
      if ! cmp -s "$d/$mode.1.$f" "$d/$mode.2.$f"; then
        fail "$name: deterministic ($mode)" "two runs wrote different .$f files"
        continue 2
      fi
    done
    pass "$name: deterministic ($mode)"
  done
  if ! generate "$d/self" --desired "$desired" --actual "$desired" --drift-only "$@"; then
    fail "$name: nothing to do" "pgdrift reconcile failed: $(head -3 "$d/self.err")"
  elif grep -qE '^INSERT INTO pg_temp.pgd_[a-z_]+ \(step' "$d/self.sql" || grep -q '^-- Drift against' "$d/self.sql"; then
    fail "$name: nothing to do" "a schema reconciled against itself has steps: $(grep -m3 -A1 -E '^INSERT INTO pg_temp.pgd_[a-z_]+ \(step' "$d/self.sql" | tr '\n' ' ')"
  else
    pass "$name: nothing to do"
  fi
}

for_each_pair check_case
finish
