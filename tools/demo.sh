#!/usr/bin/env bash
# The README's demo: a Supabase project whose production schema drifted from its migrations.
# Builds pgdrift, then runs `check` (exit 1 = drift found, the expected outcome) and `diff`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
cd "$ROOT"
readonly DEMO=testdata/demo
readonly ARGS=(--desired "$DEMO/supabase/migrations" --actual "$DEMO/prod.sql" --policy "$DEMO/.pgdrift")

# show_and_run ARGS...: echoes the command as a user would type it, runs it; returns its exit code.
show_and_run() {
  echo
  echo "\$ pgdrift $*"
  "$PGDRIFT" "$@"
}

main() {
  tools/bootstrap.sh
  PGDRIFT=$(tools/build.sh)
  readonly PGDRIFT

  local rc=0
  show_and_run check "${ARGS[@]}" || rc=$?
  case $rc in
    0) echo "(exit 0: in sync)" ;;
    1) echo "(exit 1: drift found, as expected for this demo)" ;;
    *) echo "demo: pgdrift check failed with exit $rc" >&2; exit 1 ;;
  esac

  rc=0
  show_and_run diff "${ARGS[@]}" || rc=$?
  if [[ $rc -ne 0 ]]; then
    echo "demo: pgdrift diff failed with exit $rc" >&2
    exit 1
  fi

  # The main job: one idempotent migration (plus rollback and verify) that repairs the drift.
  local out=build/demo
  mkdir -p "$out"
  rc=0
  show_and_run reconcile "${ARGS[@]}" -o "$out/009_reconcile_schema.sql" \
    --rollback "$out/009_reconcile_schema.rollback.sql" --verify "$out/009_verify.sql" || rc=$?
  if [[ $rc -ne 0 ]]; then
    echo "demo: pgdrift reconcile failed with exit $rc" >&2
    exit 1
  fi
  echo "wrote $out/009_reconcile_schema.sql ($(wc -l < "$out/009_reconcile_schema.sql") lines), its rollback and verify scripts; header:"
  sed -n '1,/^BEGIN;/p' "$out/009_reconcile_schema.sql" | sed '$d'
}

main "$@"
