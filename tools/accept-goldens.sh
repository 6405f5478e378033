#!/usr/bin/env bash
# Regenerate every golden file from the current pgdrift, then show what changed: review the
# `git diff testdata/golden` before committing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
cd "$ROOT"

PGDRIFT_ACCEPT=1 tests/golden/run.sh
git status --short testdata/golden
git diff --stat testdata/golden
