#!/usr/bin/env bash
# The reconciler on transitions a.sql -> b.sql (testdata/transitions/*/), each run as
# tools/eval-reconcile.py runs the peers' pairs: b's reconciler with every --allow-drop kind and
# --with-privileges, applied to a loaded; it passes when the whole catalog equals b's, a second
# run does nothing, the reconciler converges an empty database too, and the rollback restores a's
# catalog. One test per case. These are the shapes the peers' corpora found (a table replaced by
# a view others read, views dropped with a retype, grants to the owner, a column made generated,
# triggers on views, a table without columns), written anew here.
# usage: tests/oracle/transitions.sh [CASE...]
# Last line: "N passed, N failed"; exit 1 if any failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
cd "$ROOT"
# shellcheck source=tests/lib.sh
source tests/lib.sh
readonly CASES_DIR=testdata/transitions
SHOW_LINES=10
WORK=$(mktemp -d)
readonly WORK
trap 'rm -rf "$WORK"' EXIT

main() {
  require_pgdrift transitions
  require_server transitions
  local args=() c outcome name detail
  for c in "$@"; do args+=(--case "$c"); done
  PGDRIFT=$PGDRIFT python3 tools/eval-reconcile.py --jobs "$(nproc)" --db-prefix "pgdrift_tr_$$" --log "$WORK/log" \
    "${args[@]}" "$CASES_DIR" >"$WORK/summary" 2>&1 || true
  if [[ ! -s $WORK/log ]]; then
    fail "transitions: the harness runs" "$(head -5 "$WORK/summary")"
  fi
  while IFS=$'\t' read -r outcome name detail; do
    if [[ $outcome == converged && -z $detail ]]; then
      pass "$name: converges, idempotent, from empty, rollback"
    else
      fail "$name: converges, idempotent, from empty, rollback" "$outcome: $detail"
    fi
  done <"$WORK/log"
  finish
}

main "$@"
