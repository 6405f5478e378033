#!/usr/bin/env bash
# Command-line behaviour of pgdrift: bad inputs must fail with exit 2 and a located diagnostic,
# good inputs must give the documented exit codes and stable, byte-identical output.
# Inputs are written to a temp dir by this script. PGDRIFT=path overrides the binary.
# Last line: "N passed, N failed"; exit 1 if any failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
# shellcheck source=tests/lib.sh
source "$ROOT/tests/lib.sh"
readonly PGDRIFT
export NO_COLOR=1

T=$(mktemp -d)
readonly T
trap 'rm -rf "$T"' EXIT

# fail NAME REASON: also shows what the last command printed (replaces the one of tests/lib.sh).
fail() {
  failed=$((failed + 1))
  echo "FAIL $1: $2"
  if [[ -s $T/err ]]; then
    echo "  stderr:"
    head -n 10 "$T/err" | sed 's/^/    /'
  fi
  return 0
}

# pgd ARGS...: runs pgdrift with stdout in $T/out, stderr in $T/err; sets $rc.
pgd() {
  rc=0
  "$PGDRIFT" "$@" >"$T/out" 2>"$T/err" </dev/null || rc=$?
}

# expect_exit NAME CODE ARGS...: pgdrift ARGS must exit CODE (the test passes only then).
expect_exit() {
  local name=$1 want=$2
  shift 2
  pgd "$@"
  if [[ $rc -eq $want ]]; then
    return 0
  fi
  fail "$name" "exit $rc, expected $want (pgdrift $*)"
  return 1
}

# stderr_has NAME ERE: some stderr line must match the extended regex.
stderr_has() {
  if grep -Eq -- "$2" "$T/err"; then
    pass "$1"
  else
    fail "$1" "no stderr line matches /$2/"
  fi
}

is_json() {
  python3 -m json.tool "$1" >/dev/null 2>&1
}

# ---------------------------------------------------------------- inputs

write_inputs() {
  mkdir -p "$T/mig_ok" "$T/mig_bad" "$T/mig_empty"
  cat >"$T/mig_ok/001_accounts.sql" <<'SQL'
create table accounts (id serial primary key, name text not null);
SQL
  cat >"$T/mig_ok/002_note.sql" <<'SQL'
alter table accounts add column note text;
SQL
  cp "$T/mig_ok/001_accounts.sql" "$T/mig_bad/001_accounts.sql"
  # The stray "email" on line 4, column 3 is where PostgreSQL's parser stops.
  cat >"$T/mig_bad/002_add_contact.sql" <<'SQL'
create table contacts (
  id int,
  name text
  email text
);
SQL
  # Error at the second comma: line 4, column 24.
  cat >"$T/bad_file.sql" <<'SQL'
create table a (id int);

-- second table
create table b (id int,, name text);
SQL
  cat >"$T/small.sql" <<'SQL'
create table accounts (id serial primary key, name text not null, note text);
create index accounts_name_idx on accounts (name);
SQL
  cat >"$T/drifted.sql" <<'SQL'
create table accounts (id serial primary key, name varchar(50), extra int);
SQL
  write_truncated_dumps
  head -c 2000 /bin/ls >"$T/binary.sql"
}

dump_preamble() {
  cat <<'SQL'
--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;

CREATE TABLE public.accounts (
    id integer NOT NULL,
    name text NOT NULL,
    note text
);

SQL
}

write_truncated_dumps() {
  {
    dump_preamble
    cat <<'SQL'
CREATE FUNCTION public.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  new.note := 'touched';
SQL
  } >"$T/dump_cut_dollar.sql"
  {
    dump_preamble
    printf "COMMENT ON TABLE public.accounts IS 'People who can log in, and the"
  } >"$T/dump_cut_string.sql"
}

# ---------------------------------------------------------------- bad input: exit 2

test_syntax_error_in_migration() {
  local name="syntax error in a migration folder"
  expect_exit "$name" 2 check --desired "$T/mig_bad" --actual "$T/small.sql" || return 0
  stderr_has "$name" '^([^:]*/)?002_add_contact\.sql:4:3: error: .*\[E[0-9]+\]$'
}

test_syntax_error_in_file() {
  local name="syntax error in a SQL file"
  expect_exit "$name" 2 dump "$T/bad_file.sql" || return 0
  stderr_has "$name" '^([^:]*/)?bad_file\.sql:4:24: error: .*\[E[0-9]+\]$'
}

test_truncated_dump_dollar_quote() {
  local name="pg_dump cut inside a dollar-quoted body"
  expect_exit "$name" 2 check --desired "$T/small.sql" --actual "$T/dump_cut_dollar.sql" || return 0
  stderr_has "$name" '^([^:]*/)?dump_cut_dollar\.sql:[0-9]+:[0-9]+: error: '
}

test_truncated_dump_string() {
  local name="pg_dump cut inside a string"
  expect_exit "$name" 2 check --desired "$T/small.sql" --actual "$T/dump_cut_string.sql" || return 0
  stderr_has "$name" '^([^:]*/)?dump_cut_string\.sql:[0-9]+:[0-9]+: error: '
}

test_binary_actual() {
  local name="binary file as --actual"
  expect_exit "$name" 2 check --desired "$T/small.sql" --actual "$T/binary.sql" || return 0
  stderr_has "$name" 'error: '
}

test_binary_desired() {
  local name="binary file as dump input"
  expect_exit "$name" 2 dump "$T/binary.sql" || return 0
  stderr_has "$name" 'error: '
}

test_missing_file() {
  local name="missing file is named"
  expect_exit "$name" 2 check --desired "$T/no_such_file.sql" --actual "$T/small.sql" || return 0
  stderr_has "$name" 'no_such_file\.sql.*error: |error: .*no_such_file\.sql'
}

test_missing_actual() {
  local name="missing --actual file is named"
  expect_exit "$name" 2 diff --desired "$T/small.sql" --actual "$T/nowhere/prod.sql" || return 0
  stderr_has "$name" 'nowhere/prod\.sql'
}

test_empty_migration_folder() {
  local name="empty migration folder"
  expect_exit "$name" 2 check --desired "$T/mig_empty" --actual "$T/small.sql" || return 0
  stderr_has "$name" 'error: '
}

test_unknown_command() {
  if expect_exit "unknown command" 2 frobnicate --desired "$T/small.sql"; then
    pass "unknown command"
  fi
}

test_unknown_option() {
  if expect_exit "unknown option" 2 check --desired "$T/small.sql" --actual "$T/small.sql" --frobnicate; then
    pass "unknown option"
  fi
}

test_bad_format_value() {
  if expect_exit "unknown --format value" 2 check --desired "$T/small.sql" --actual "$T/small.sql" --format xml; then
    pass "unknown --format value"
  fi
}

test_version() {
  local name="--version prints the version"
  expect_exit "$name" 0 --version || return 0
  if grep -Eq '^pgdrift [0-9]+\.[0-9]+\.[0-9]+$' "$T/out"; then pass "$name"; else fail "$name" "output: $(head -c 80 "$T/out")"; fi
}

test_no_arguments() {
  if expect_exit "no command" 2; then
    pass "no command"
  fi
}

# ---------------------------------------------------------------- good input

test_check_identical() {
  if expect_exit "check on identical inputs" 0 check --desired "$T/small.sql" --actual "$T/small.sql"; then
    pass "check on identical inputs"
  fi
}

test_check_folder_vs_itself() {
  if expect_exit "check folder against itself" 0 check --desired "$T/mig_ok" --actual "$T/mig_ok"; then
    pass "check folder against itself"
  fi
}

test_check_drift() {
  if expect_exit "check reports drift with exit 1" 1 check --desired "$T/small.sql" --actual "$T/drifted.sql"; then
    pass "check reports drift with exit 1"
  fi
}

test_diff_exit_zero_on_drift() {
  local name="diff exits 0 on drift and prints it"
  expect_exit "$name" 0 diff --desired "$T/small.sql" --actual "$T/drifted.sql" || return 0
  if [[ -s $T/out ]]; then pass "$name"; else fail "$name" "empty output"; fi
}

# json_ok NAME: $T/out must be pgdrift.diff/1 JSON with the given in_sync value.
json_ok() {
  local name=$1 in_sync=$2
  if ! is_json "$T/out"; then
    fail "$name" "output is not valid JSON: $(head -c 200 "$T/out")"
    return 0
  fi
  if python3 - "$T/out" "$in_sync" <<'PY'; then
import json, sys
doc = json.load(open(sys.argv[1]))
want = sys.argv[2] == "true"
ok = (doc.get("format") == "pgdrift.diff/1" and doc.get("in_sync") is want
      and all(k in doc.get("summary", {}) for k in ("missing", "extra", "changed"))
      and isinstance(doc.get("changes"), list) and (len(doc["changes"]) == 0) == want)
sys.exit(0 if ok else 1)
PY
    pass "$name"
  else
    fail "$name" "JSON lacks format/in_sync/summary/changes as documented"
  fi
}

test_check_json_drift() {
  local name="check --format json on drift"
  expect_exit "$name" 1 check --desired "$T/small.sql" --actual "$T/drifted.sql" --format json || return 0
  json_ok "$name" false
}

test_diff_json_in_sync() {
  local name="diff --format json in sync"
  expect_exit "$name" 0 diff --desired "$T/small.sql" --actual "$T/small.sql" --format json || return 0
  json_ok "$name" true
}

test_check_markdown() {
  local name="check --format markdown on drift"
  expect_exit "$name" 1 check --desired "$T/small.sql" --actual "$T/drifted.sql" --format markdown || return 0
  if [[ -s $T/out ]]; then pass "$name"; else fail "$name" "empty output"; fi
}

test_dump_small() {
  local name="dump of a small file"
  expect_exit "$name" 0 dump "$T/small.sql" || return 0
  if grep -q accounts "$T/out"; then pass "$name"; else fail "$name" "table accounts not in the dump"; fi
}

test_dump_json() {
  local name="dump --format json is valid JSON"
  expect_exit "$name" 0 dump "$T/small.sql" --format json || return 0
  if is_json "$T/out"; then pass "$name"; else fail "$name" "not valid JSON"; fi
}

# deterministic NAME ARGS...: two runs give byte-identical stdout and stderr.
deterministic() {
  local name="deterministic: $1"
  shift
  pgd "$@"
  local rc1=$rc
  mv "$T/out" "$T/out1"
  mv "$T/err" "$T/err1"
  pgd "$@"
  if [[ $rc -ne $rc1 ]]; then
    fail "$name" "exit codes $rc1 then $rc"
  elif [[ $rc -ge 2 ]]; then
    fail "$name" "exit $rc (pgdrift $*)"
  elif [[ ! -s $T/out ]]; then
    fail "$name" "no output (pgdrift $*)"
  elif cmp -s "$T/out1" "$T/out" && cmp -s "$T/err1" "$T/err"; then
    pass "$name"
  else
    fail "$name" "two runs differ"
    diff -u "$T/out1" "$T/out" | head -n 20 || true
  fi
}

test_inventory_exit_codes() {
  local name="inventory exits 0 on drift and counts it"
  expect_exit "$name" 0 inventory --desired "$T/small.sql" --actual "$T/drifted.sql" || return 0
  if grep -q '^total ' "$T/out"; then pass "$name"; else fail "$name" "no total line"; fi
  if expect_exit "inventory refuses --format xml" 2 inventory --desired "$T/small.sql" --format xml; then
    pass "inventory refuses --format xml"
  fi
  name="inventory names a missing --actual file"
  expect_exit "$name" 2 inventory --desired "$T/small.sql" --actual "$T/nowhere/prod.sql" || return 0
  stderr_has "$name" 'nowhere/prod\.sql'
}

test_sequences_exit_codes() {
  local name="sequences: none behind in a schema-only input"
  expect_exit "$name" 0 sequences "$T/small.sql" || return 0
  if grep -q 'behind the data' "$T/out"; then pass "$name"; else fail "$name" "no summary line"; fi
  if expect_exit "sequences refuses --format markdown" 2 sequences "$T/small.sql" --format markdown; then
    pass "sequences refuses --format markdown"
  fi
}

test_determinism() {
  deterministic "inventory json" inventory --desired "$T/mig_ok" --actual "$T/drifted.sql" --format json
  deterministic "diff text" diff --desired "$T/mig_ok" --actual "$T/drifted.sql"
  deterministic "diff json" diff --desired "$T/mig_ok" --actual "$T/drifted.sql" --format json
  deterministic "dump sql" dump "$T/mig_ok"
  deterministic "dump json" dump "$T/small.sql" --format json
}

main() {
  require_pgdrift cli
  write_inputs
  local tests t
  # every test_* function, in the order of this file
  mapfile -t tests < <(grep -oE '^test_[a-z_]+' "${BASH_SOURCE[0]}")
  for t in "${tests[@]}"; do
    "$t"
  done
  finish
}

main "$@"
