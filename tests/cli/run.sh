#!/usr/bin/env bash
# Command-line behaviour of pgdrift: bad inputs must fail with exit 2 and a located diagnostic,
# good inputs must give the documented exit codes and stable, byte-identical output.
# Inputs are written to a temp dir by this script. PGDRIFT=path overrides the binary.
# Last line: "N passed, N failed"; exit 1 if any failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
cd "$ROOT"
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

# Found by the fuzz_order target (tests/fuzz/regressions/order/only-down-migrations): the folder
# was read past its end once every file had been left out as a down migration.
test_only_down_migrations() {
  local name="a folder of down migrations only" d="$T/mig_down"
  mkdir -p "$d"
  echo "drop table a;" >"$d/000001_a.down.sql"
  echo "drop table b;" >"$d/000002_b.down.sql"
  expect_exit "$name" 2 check --desired "$d" --actual "$T/small.sql" || return 0
  stderr_has "$name" "error: no migration to apply in '.*': its SQL files are all down migrations \[E005\]"
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
  name="dump --format json lists every other kind under objects, with its SQL"
  expect_exit "$name" 0 dump testdata/golden/every_kind_pg_dump_writes/desired.sql --format json || return 0
  local got
  got=$(python3 -c 'import json, sys
objects = json.load(open(sys.argv[1]))["objects"]
print(" ".join(sorted({o["kind"] for o in objects if o["sql"].startswith("CREATE")})))' "$T/out" 2>&1)
  if [[ $got == *"access_method"*"function"*"language"*"transform"* ]]; then pass "$name"; else fail "$name" "kinds: $got"; fi
}

# deterministic NAME ARGS...: two runs give byte-identical stdout and stderr.
deterministic() {
  local name="deterministic: $1"
  shift
  pgd "$@"
  local rc1=$rc
  mv "$T/out" "$T/out1"
  mv "$T/err" "$T/err1"
  # The second process differs in what a hidden dependence on memory would show: address space
  # layout randomization off (the first has it on) and freed memory filled with a pattern.
  rc=0
  MALLOC_PERTURB_=85 setarch "$(uname -m)" -R "$PGDRIFT" "$@" >"$T/out" 2>"$T/err" </dev/null || rc=$?
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

# history: E006 with file:line:col for a source without a ledger, exit 2 and nothing written; a
# plain list against a Supabase-style folder: exit 1 with the remote-only version named.
test_history_exit_codes() {
  local name="history: a source without a ledger is E006" folder=$T/hist
  mkdir -p "$folder"
  echo 'create table a (id int);' >"$folder/20240101000000_a.sql"
  echo 'create table b (id int);' >"$T/noledger.sql"
  expect_exit "$name" 2 history -m "$folder" -a "$T/noledger.sql" --repair "$T/h_repair.sql" --write-placeholders || return 0
  stderr_has "$name" 'noledger\.sql:1:1: error: .*\[E006\]'
  if [[ ! -e $T/h_repair.sql && $(ls "$folder" | wc -l) == 1 ]]; then pass "history: nothing written on error"; else
    fail "history: nothing written on error" "files were written"
  fi
  printf '20240101000000\n20231231000000 hotfix\n' >"$T/versions.txt"
  name="history: a list of versions, one remote only"
  expect_exit "$name" 1 history -m "$folder" -a "$T/versions.txt" || return 0
  if grep -qE '^20231231000000 +hotfix +remote only' "$T/out" && grep -q '^not aligned$' "$T/out"; then pass "$name"; else
    fail "$name" "$(head -c 400 "$T/out")"
  fi
  expect_exit "history: unknown ledger" 2 history -m "$folder" -a "$T/versions.txt" --ledger liquibase && pass "history: unknown ledger"
  history_checksums
}

# Checksums of the files against a Flyway ledger's rows, offline (the history suite does it on a
# server): it caught a view of the file's text left dangling once, which the sanitizer run saw
# only here.
history_checksums() {
  local name="history: Flyway checksums of the files match the ledger's" ledger="$T/flyway_ledger.sql"
  printf '%s\n' 'COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;' \
    $'1\t1\tinit\tSQL\tV1__init.sql\t928136951\tapp\t2024-01-01 10:00:00\t12\tt' '\.' >"$ledger"
  expect_exit "$name" 1 history -m "$ROOT/testdata/history/flyway/sql" -a "$ledger" || return 0
  if grep -qE '^1 +init +applied' "$T/out" && grep -qE '^1\.1 +add orders +pending' "$T/out"; then pass "$name"; else
    fail "$name" "$(head -c 400 "$T/out")"
  fi
}

# Policy rules that change what is compared and reconciled: `ignore privileges;` and `ignore
# owners;` win over the flags; `allow drop ...;` means what --allow-drop means.
test_policy_ignore_and_allow_drop() {
  local d=$T/pol
  mkdir -p "$d"
  printf 'create table a (id int);\ngrant select on a to public;\nalter table a owner to app;\n' >"$d/desired.sql"
  printf 'create table a (id int);\nalter table a owner to other;\n' >"$d/actual.sql"
  printf 'create table a (id int);\nalter table a owner to other;\ncreate table b (id int);\n' >"$d/extra.sql"
  echo 'ignore privileges;' >"$d/privileges.pgdrift"
  echo 'ignore owners;' >"$d/owners.pgdrift"
  echo '# nothing to ignore' >"$d/none.pgdrift"
  echo 'allow drop table;' >"$d/drop.pgdrift"
  local args=(check -d "$d/desired.sql" -a "$d/actual.sql")
  expect_exit "policy: privileges compared with --with-privileges" 1 "${args[@]}" -p "$d/none.pgdrift" --with-privileges &&
    pass "policy: privileges compared with --with-privileges"
  expect_exit "policy: ignore privileges wins over --with-privileges" 0 "${args[@]}" -p "$d/privileges.pgdrift" --with-privileges &&
    pass "policy: ignore privileges wins over --with-privileges"
  expect_exit "policy: owners compared with --with-owners" 1 "${args[@]}" -p "$d/none.pgdrift" --with-owners &&
    pass "policy: owners compared with --with-owners"
  expect_exit "policy: ignore owners wins over --with-owners" 0 "${args[@]}" -p "$d/owners.pgdrift" --with-owners --without-privileges &&
    pass "policy: ignore owners wins over --with-owners"
  expect_exit "policy: privileges are compared by default" 1 "${args[@]}" -p "$d/none.pgdrift" &&
    pass "policy: privileges are compared by default"
  expect_exit "policy: --without-privileges leaves them out" 0 "${args[@]}" -p "$d/none.pgdrift" --without-privileges &&
    pass "policy: --without-privileges leaves them out"
  printf 'create table a (id int);\ncreate function public.pgtap_ok() returns int language sql as $$ select 1 $$;\n' >"$d/ign_desired.sql"
  printf 'create table a (id int);\ncreate index a_tmp on a (id);\n' >"$d/ign_actual.sql"
  printf 'ignore function public.pgtap_*;\nignore index *_tmp;\n' >"$d/ignore.pgdrift"
  expect_exit "policy: without ignore rules the function and the index are drift" 1 \
    check -d "$d/ign_desired.sql" -a "$d/ign_actual.sql" -p "$d/none.pgdrift" && pass "policy: without ignore rules the function and the index are drift"
  expect_exit "policy: ignore <kind> pattern: neither compared" 0 \
    check -d "$d/ign_desired.sql" -a "$d/ign_actual.sql" -p "$d/ignore.pgdrift" && pass "policy: ignore <kind> pattern: neither compared"
  pgd reconcile -d "$d/ign_desired.sql" -a "$d/ign_actual.sql" -p "$d/ignore.pgdrift" --allow-drop index
  if [[ $rc == 0 ]] && ! grep -q 'pgtap_ok\|a_tmp' "$T/out"; then pass "policy: ignore <kind> pattern: nor reconciled"; else
    fail "policy: ignore <kind> pattern: nor reconciled" "exit $rc or the reconciler names them"
  fi
  printf 'ignore function public.pgtap_ko*;\nignore index *_tmp;\nallow drop public.aa;\n' >"$d/typo.pgdrift"
  expect_exit "policy: rules naming nothing are warnings" 1 check -d "$d/ign_desired.sql" -a "$d/ign_actual.sql" -p "$d/typo.pgdrift" || true
  if grep -q "typo.pgdrift:1:17: warning: ignore function public.pgtap_ko\* matches no object; did you mean 'public.pgtap_ok'? \[W106\]" "$T/err" &&
     grep -q "typo.pgdrift:3:12: warning: allow drop public.aa names no object and no kind; did you mean 'public.a'? \[W106\]" "$T/err" &&
     [[ $(grep -c 'W106' "$T/err") == 2 ]]; then
    pass "policy: a rule naming nothing is W106 at its line:col with the nearest name"
  else
    fail "policy: a rule naming nothing is W106 at its line:col with the nearest name" "$(head -c 400 "$T/err")"
  fi
  local r=(reconcile -d "$d/desired.sql" -a "$d/extra.sql")
  pgd "${r[@]}" -p "$d/none.pgdrift" && cp "$T/out" "$d/plain.sql"
  pgd "${r[@]}" -p "$d/none.pgdrift" --allow-drop table && cp "$T/out" "$d/flag.sql"
  pgd "${r[@]}" -p "$d/drop.pgdrift" && cp "$T/out" "$d/rule.sql"
  if cmp -s "$d/flag.sql" "$d/rule.sql" && ! cmp -s "$d/plain.sql" "$d/rule.sql"; then
    pass "policy: allow drop table gives the reconciler --allow-drop table gives"
  else
    fail "policy: allow drop table gives the reconciler --allow-drop table gives" "the scripts differ"
  fi
}

# `rename ...;` rules: the renamed table is neither missing nor extra (even with --allow-drop
# table nothing is dropped), a rule naming nothing is W106 at its line:col, and the reconciler
# holds the guarded rename; `external ...;` rules: a table of another schema that the
# migrations attach a trigger to is known, not reported; a malformed rule is exit 2, no output.
test_policy_rename_and_external() {
  local d="$T/rename"
  mkdir -p "$d"
  echo 'create table users (id int, name text);' >"$d/actual.sql"
  echo 'create table accounts (id int, name text);' >"$d/desired.sql"
  printf 'rename table users to accounts;\nrename column accounts.nme to full_name;\n' >"$d/rules.pgdrift"
  pgd check -d "$d/desired.sql" -a "$d/actual.sql"
  if [[ $rc == 1 ]] && grep -qx '  missing table public.accounts' "$T/out" && grep -qx '  extra table public.users' "$T/out"; then
    pass "policy: without a rename rule the tables are missing and extra"
  else
    fail "policy: without a rename rule the tables are missing and extra" "exit $rc; $(head -5 "$T/out")"
  fi
  pgd check -d "$d/desired.sql" -a "$d/actual.sql" -p "$d/rules.pgdrift"
  if [[ $rc == 1 ]] && grep -qx '  changed table public.accounts' "$T/out" && [[ $(grep -c '^  ' "$T/out") == 1 ]] &&
     grep -q "rules.pgdrift:2:1: warning: column public.accounts.nme is not in the actual schema (and full_name is not either): rename ignored; did you mean 'public.accounts.name'? \[W106\]" "$T/err"; then
    pass "policy: rename table: one change, renamed; a rename naming nothing is W106 with the nearest name"
  else
    fail "policy: rename table: one change, renamed; a rename naming nothing is W106 with the nearest name" "exit $rc; $(cat "$T/out" "$T/err" | head -8)"
  fi
  pgd reconcile -d "$d/desired.sql" -a "$d/actual.sql" -p "$d/rules.pgdrift" --allow-drop table
  if [[ $rc == 0 ]] && grep -q "pgd_rename(0, 'table', 'public', '', 'users', 'accounts')" "$T/out" &&
     ! grep -q "drop after a backup" "$T/out" && ! grep -q "missing table" "$T/out"; then
    pass "policy: rename table: the reconciler renames, drops and creates nothing"
  else
    fail "policy: rename table: the reconciler renames, drops and creates nothing" "exit $rc"
  fi
  printf 'create schema platform;\ncreate function public.f() returns trigger language plpgsql as $$begin return new; end$$;\n' >"$d/migration.sql"
  echo 'create trigger t after insert on platform.accounts for each row execute function public.f();' >>"$d/migration.sql"
  printf 'external schema platform;\nexternal table platform.accounts (id uuid not null);\n' >"$d/platform.pgdrift"
  pgd check -d "$d/migration.sql" -a "$d/migration.sql" -p "$d/platform.pgdrift" -v
  if [[ $rc == 0 ]] && ! grep -q 'platform' "$T/err"; then
    pass "policy: external table: a trigger on it is modelled, the table itself is not reported"
  else
    fail "policy: external table: a trigger on it is modelled, the table itself is not reported" "exit $rc; $(head -c 300 "$T/err")"
  fi
  printf 'using accounts.nme as (name::int);\n' >"$d/using.pgdrift"
  pgd check -d "$d/desired.sql" -a "$d/desired.sql" -p "$d/using.pgdrift"
  if [[ $rc == 0 ]] && grep -q "using.pgdrift:1:1: warning: using: column public.accounts.nme is not in the desired schema; did you mean 'public.accounts.name'? \[W106\]" "$T/err"; then
    pass "policy: a using rule naming no desired column is W106 with the nearest name"
  else
    fail "policy: a using rule naming no desired column is W106 with the nearest name" "exit $rc; $(head -c 300 "$T/err")"
  fi
  printf 'create table tmp_x (id int);\n' >"$d/tmp.sql"
  printf 'profile prisma;\nexclude table public.tmpp_*;\n' >"$d/exclude.pgdrift"
  pgd check -d "$d/tmp.sql" -a "$d/tmp.sql" -p "$d/exclude.pgdrift"
  if [[ $rc == 0 ]] && grep -q "exclude.pgdrift:2:15: warning: exclude table public.tmpp_\* matches no table; did you mean 'public.tmp_x'? \[W106\]" "$T/err" &&
     [[ $(grep -c 'W106' "$T/err") == 1 ]]; then
    pass "policy: an exclude table rule matching nothing is W106 (a profile's rules are not)"
  else
    fail "policy: an exclude table rule matching nothing is W106 (a profile's rules are not)" "exit $rc; $(head -c 300 "$T/err")"
  fi
  printf 'external table accounts (id uuid);\n' >"$d/bad.pgdrift"
  expect_exit "policy: a malformed external rule is exit 2" 2 reconcile -d "$d/desired.sql" -a "$d/actual.sql" -p "$d/bad.pgdrift" -o "$d/never.sql" &&
    if [[ ! -e $d/never.sql ]] && grep -q "bad.pgdrift:1:16: error: an external table or function is written schema.name \[E010\]" "$T/err"; then
      pass "policy: a malformed external rule is exit 2"
    else
      fail "policy: a malformed external rule is exit 2" "output written or message differs: $(head -c 200 "$T/err")"
    fi
}

# --format github: every line a workflow command GitHub Actions understands, located at the
# migration that defines the object; the Markdown report in $GITHUB_STEP_SUMMARY.
test_github_format() {
  local name="check --format github: annotations" bad
  GITHUB_STEP_SUMMARY="$T/summary.md" expect_exit "$name" 1 check --desired "$T/mig_ok" --actual "$T/drifted.sql" \
    --format github || return 0
  bad=$(grep -cvE '^::(error|notice) (file=[^,:]+,line=[1-9][0-9]*,col=[1-9][0-9]*,)?title=[^:,]+::.+$' "$T/out" || true)
  if [[ -s $T/out && $bad == 0 ]] && grep -q '^::error file=.*mig_ok/00[12]_[a-z]*\.sql,line=' "$T/out"; then
    pass "$name"
  else
    fail "$name" "$bad malformed lines: $(head -c 300 "$T/out")"
  fi
  if grep -q '^#.*pgdrift' "$T/summary.md" 2>/dev/null; then pass "check --format github: step summary"; else
    fail "check --format github: step summary" "no Markdown report in \$GITHUB_STEP_SUMMARY"
  fi
}

# --format sarif: the structure SARIF 2.1.0 requires of a log (no copy of the JSON schema can be
# had offline): version, one run, the tool's driver and rules, results naming a known rule with
# a message and a physical location.
test_sarif_format() {
  local name="diff --format sarif: a SARIF 2.1.0 log"
  expect_exit "$name" 0 diff --desired "$T/mig_ok" --actual "$T/drifted.sql" --format sarif || return 0
  if python3 - "$T/out" <<'PY' >"$T/sarif_check" 2>&1; then
import json, sys
log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
assert len(log["runs"]) == 1
run = log["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "pgdrift" and driver["version"]
rules = {r["id"] for r in driver["rules"]}
assert rules == {"pgdrift/missing", "pgdrift/extra", "pgdrift/changed"}
assert run["results"], "no results for a drifted database"
for r in run["results"]:
    assert r["ruleId"] in rules and r["level"] in ("error", "warning", "note") and r["message"]["text"]
    for loc in r.get("locations", []):
        p = loc["physicalLocation"]
        assert p["artifactLocation"]["uri"] and " " not in p["artifactLocation"]["uri"]
        assert p["region"]["startLine"] >= 1 and p["region"]["startColumn"] >= 1
PY
    pass "$name"
  else
    fail "$name" "$(cat "$T/sarif_check")"
  fi
}

# tools/git-hooks/pre-commit in a scratch repository: a commit whose migrations match the
# committed schema file goes in, one that adds a column the schema file lacks is refused.
test_pre_commit_hook() {
  local name="git pre-commit hook" repo="$T/hookrepo" rc=0
  if ! command -v git >/dev/null; then
    fail "$name" "git is not installed"
    return 0
  fi
  mkdir -p "$repo/db/migrations"
  cp "$T/mig_ok/"*.sql "$repo/db/migrations/"
  cat "$T/mig_ok/"*.sql >"$repo/schema.sql"
  (
    cd "$repo" && git init -q && git config user.email t@example.org && git config user.name t &&
      git config pgdrift.binary "$PGDRIFT" && git config pgdrift.migrations db/migrations &&
      cp "$ROOT/tools/git-hooks/pre-commit" .git/hooks/pre-commit && git add -A && git commit -q -m "in sync"
  ) >"$T/hook.log" 2>&1 || rc=$?
  if [[ $rc -eq 0 ]]; then pass "$name: a commit in sync goes in"; else
    fail "$name: a commit in sync goes in" "git commit exited $rc: $(tail -n 3 "$T/hook.log")"
  fi
  echo "alter table accounts add column phone text;" >"$repo/db/migrations/003_phone.sql"
  rc=0
  (cd "$repo" && git add -A && git commit -q -m "drift") >"$T/hook.log" 2>&1 || rc=$?
  if [[ $rc -ne 0 ]] && grep -q "commit refused" "$T/hook.log"; then pass "$name: a commit with drift is refused"; else
    fail "$name: a commit with drift is refused" "git commit exited $rc: $(tail -n 3 "$T/hook.log")"
  fi
}

test_cli_reference_current() {
  if env PGDRIFT="$PGDRIFT" "$ROOT/tools/gen-cli-doc.sh" --check 2>"$T/err"; then pass "docs/cli.md matches --help"; else
    fail "docs/cli.md matches --help" "stale: run tools/gen-cli-doc.sh"
  fi
}

# -o onto a pipe or device writes into it: renaming a temporary file over it would replace it
# (the bug that once turned /dev/null into a regular file).
test_output_to_fifo() {
  local fifo="$T/out.fifo"
  mkfifo "$fifo"
  timeout 10 cat "$fifo" >"$T/fifo_read" &  # never opened by a writer: gives up
  local reader=$!
  pgd dump "$T/small.sql" -o "$fifo"
  wait "$reader" || true
  if [[ $rc -eq 0 && -p $fifo ]] && grep -q "CREATE TABLE" "$T/fifo_read"; then
    pass "-o onto a FIFO writes into it and leaves it a FIFO"
  else
    fail "-o onto a FIFO writes into it and leaves it a FIFO" "exit $rc, fifo kept: $([[ -p $fifo ]] && echo yes || echo no)"
  fi
}

# ---------------------------------------------------------------- I/O errors
# Every failure to read or write is exit 2 with one line on stderr, and leaves no output file
# (neither a partial one nor a temporary one) and any older output as it was.

# io_case NAME DIR WANT_RE: the last run exited 2 with one stderr line matching WANT_RE, and DIR
# holds only what it held before (old.sql with "old").
io_case() {
  local name=$1 dir=$2 want=$3 left
  left=$(find "$dir" -mindepth 1 ! -name old.sql | head -n 3)
  if [[ $rc -ne 2 ]]; then
    fail "$name" "exit $rc, expected 2"
  elif [[ $(wc -l <"$T/err") -ne 1 ]] || ! grep -Eq -- "$want" "$T/err"; then
    fail "$name" "stderr is not one line matching /$want/"
  elif [[ -n $left ]]; then
    fail "$name" "left behind: $left"
  elif [[ -e $dir/old.sql && $(cat "$dir/old.sql") != old ]]; then
    fail "$name" "the older output was changed"
  else
    pass "$name"
  fi
}

# Reconciler, rollback and verify (about 100 KB each for the hostile schema) into DIR/old.sql etc.
reconcile_into() {
  local dir=$1
  shift
  "$@" "$PGDRIFT" reconcile --desired "$ROOT/testdata/golden/hostile_names/desired.sql" -o "$dir/old.sql" \
    --rollback "$dir/rollback.sql" --verify "$dir/verify.sql" >"$T/out" 2>"$T/err" </dev/null
}

test_io_errors() {
  local d="$T/io"
  mkdir -p "$d"
  pgd dump /proc/self/mem
  io_case "io: an unreadable input is exit 2, one line" "$d" "^pgdrift: error: cannot read '/proc/self/mem': .* \[E001\]$"
  pgd dump "$T/small.sql" -o /dev/full
  io_case "io: a full device is exit 2, one line" "$d" "^pgdrift: error: cannot write '/dev/full': No space left on device \[E001\]$"
  pgd dump "$T/small.sql" -o "$d/missing/out.sql"
  io_case "io: an output folder that does not exist is exit 2, nothing written" "$d" "cannot write '$d/missing/out.sql'"
  echo old >"$d/old.sql"
  # A file size limit stops the writes part way (SIGXFSZ ignored: write(2) fails with EFBIG).
  rc=0
  (trap '' XFSZ; ulimit -f 16; reconcile_into "$d") || rc=$?
  io_case "io: a write that fails part way leaves no partial file and the old output as it was" "$d" "File too large \[E001\]$"
}

# A full disk, where root may mount a small tmpfs (CI runs as root; elsewhere the file size
# limit above stands in for it).
test_io_full_disk() {
  local m="$T/tmpfs"
  mkdir -p "$m"
  if ! mount -t tmpfs -o size=64k tmpfs "$m" 2>/dev/null; then
    echo "note io: full disk not tried (cannot mount a tmpfs here); the file size limit test covers it"
    return 0
  fi
  echo old >"$m/old.sql"
  rc=0
  reconcile_into "$m" || rc=$?
  io_case "io: a full disk leaves no partial file and the old output as it was" "$m" "No space left on device \[E001\]$"
  umount "$m"
}

# A progress line on a terminal for inputs over 20 MB (script(1) gives pgdrift a terminal), erased
# before the rest is printed; nothing of it when stderr is a file.
test_progress_on_a_terminal() {
  local name="progress: a line on a terminal for a large input, none in a file" big="$T/big.sql"
  python3 -c 'import sys
out = open(sys.argv[1], "w")
out.write("CREATE TABLE public.t (id integer, v text);\nCOPY public.t (id, v) FROM stdin;\n")
row = "\t" + "x" * 100 + "\n"
out.writelines(str(i) + row for i in range(220000))
out.write("\\.\n")' "$big"
  script -qec "'$PGDRIFT' check --desired '$big' --actual '$big'" /dev/null >"$T/tty.out" 2>&1 </dev/null || true
  pgd check --desired "$big" --actual "$big"
  if grep -q $'pgdrift: reading [0-9]* of 4[0-9] MB' "$T/tty.out" && grep -q $'\e\[K' "$T/tty.out" &&
     grep -q "in sync" "$T/tty.out" && [[ $rc -eq 0 ]] && ! grep -q "reading" "$T/err"; then
    pass "$name"
  else
    fail "$name" "terminal: $(tr '\r\033' '|E' <"$T/tty.out" | head -c 200); file stderr: $(head -c 200 "$T/err")"
  fi
  rm -f "$big"
}

# Inputs of 32 KiB and more start pgdrift a second time with glibc's allocator tuned
# (cli/malloc_tuning.cpp): the output and exit code must be those of an untuned run (the user's
# own GLIBC_TUNABLES, here one that fills freed memory, kept beside the tuning).
test_tuned_start_same_output() {
  local name="tuned start: same output as untuned" big="$T/big_tuning.sql" i want
  for ((i = 0; i < 4000; i++)); do
    echo "create table t$i (id bigint primary key, name text not null default '', at timestamptz default now());"
  done >"$big"
  if [[ $(stat -c %s "$big") -lt 32768 ]]; then
    fail "$name" "the input is smaller than the 32 KiB that starts the tuning"
    return 0
  fi
  pgd diff --desired "$big" --actual "$T/drifted.sql" --format json
  want="$rc $(md5sum <"$T/out")"
  for tunables in glibc.malloc.hugetlb=0 glibc.malloc.perturb=165; do
    rc=0
    GLIBC_TUNABLES=$tunables "$PGDRIFT" diff --desired "$big" --actual "$T/drifted.sql" --format json \
      >"$T/out" 2>"$T/err" </dev/null || rc=$?
    if [[ "$rc $(md5sum <"$T/out")" != "$want" ]]; then
      fail "$name" "GLIBC_TUNABLES=$tunables: exit $rc, output differs from the tuned run"
      rm -f "$big"
      return 0
    fi
  done
  pass "$name"
  rm -f "$big"
}

test_determinism() {
  deterministic "diff sarif" diff --desired "$T/mig_ok" --actual "$T/drifted.sql" --format sarif
  deterministic "inventory json" inventory --desired "$T/mig_ok" --actual "$T/drifted.sql" --format json
  deterministic "diff text" diff --desired "$T/mig_ok" --actual "$T/drifted.sql"
  deterministic "diff json" diff --desired "$T/mig_ok" --actual "$T/drifted.sql" --format json
  deterministic "dump sql" dump "$T/mig_ok"
  deterministic "dump json" dump "$T/small.sql" --format json
  deterministic "history json" history -m "$T/hist" -a "$T/versions.txt" --format json
  deterministic "baseline" baseline "$T/mig_ok"
  deterministic "adopt" adopt --desired "$T/mig_ok" --actual "$T/drifted.sql"
  deterministic "reconcile, hostile names" reconcile --desired "$ROOT/testdata/golden/hostile_names/desired.sql" \
    --actual "$T/small.sql" --allow-drop table
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
