#!/usr/bin/env bash
# pgdrift history on real ledgers (testdata/history/*/): setup.sql builds a database whose ledger
# and schema disagree with the case's migrations folder in every way its tool can record
# (applied, edited after apply, failed or dirty, remote only, pending). The ledger is read from
# a full pg_dump, a data-only dump of the ledger (COPY and --inserts), a schema file ending with
# the ledger's INSERTs (dbmate, Rails) and a plain list of versions; each report must equal the
# case's expected.tsv (written by hand). Then placeholders, the repair script (--mark-applied)
# and the verification queries are written: the queries fail before the pending migrations run
# and pass after, the repair applied twice changes nothing the second time, and the ledger then
# equals the folder (history exits 0). The default repair (no --mark-applied) leaves nothing
# edited, failed or remote only.
# usage: tests/oracle/history.sh [CASE...]      Last line: "N passed, N failed".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
cd "$ROOT"
# shellcheck source=tests/lib.sh
source tests/lib.sh
readonly CASES_DIR=testdata/history
SHOW_LINES=15
WORK=$(mktemp -d)
readonly WORK
DBS=()
trap 'for d in "${DBS[@]}"; do drop_db "$d"; done; rm -rf "$WORK"' EXIT

# report_tsv: history --format json on stdin -> "version<TAB>name<TAB>status<TAB>detail" lines.
report_tsv() {
  python3 -c 'import json,sys
for v in json.load(sys.stdin)["versions"]: print("\t".join([v["version"], v["name"], v["status"], v["detail"]]))'
}

# history_tsv FOLDER SOURCE OUT: runs history, keeps the exit code in OUT.rc.
history_tsv() {
  local rc=0
  "$PGDRIFT" history -m "$1" -a "$2" --format json >"$3.json" 2>"$3.err" || rc=$?
  echo "$rc" >"$3.rc"
  report_tsv <"$3.json" >"$3" 2>>"$3.err" || true
}

ledger_rows() { psql -X -Atq -d "$1" -c "SELECT * FROM $2 ORDER BY 1" 2>&1; }

# sources DB LEDGER DIR: the ways a user has the ledger, one file each.
make_sources() {
  local db=$1 ledger=$2 dir=$3 kind=$4
  pg_dump -d "$db" >"$dir/full.sql"
  pg_dump -d "$db" --data-only --table="$ledger" >"$dir/data-only.sql"
  pg_dump -d "$db" --data-only --inserts --table="$ledger" >"$dir/inserts.sql"
  if [[ $kind == dbmate || $kind == rails ]]; then  # schema file ending with the ledger's INSERTs
    { pg_dump -d "$db" --schema-only
      echo "INSERT INTO $ledger (version) VALUES"
      psql -X -Atq -d "$db" -c "SELECT string_agg(format('(%L)', version), E',\n' ORDER BY version) FROM $ledger"
      echo ";"; } >"$dir/structure.sql"
  fi
  local versions="SELECT version FROM $ledger"
  [[ $kind == prisma ]] && versions="SELECT migration_name FROM $ledger WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL"
  [[ $kind == flyway ]] && versions="SELECT version FROM $ledger WHERE version IS NOT NULL AND success"
  psql -X -Atq -d "$db" -c "$versions" | sed 's/_.*//' >"$dir/list.txt"
}

check_sources() {
  local name=$1 folder=$2 dir=$3 src
  for src in full data-only inserts structure; do
    [[ -f $dir/$src.sql ]] || continue
    history_tsv "$folder" "$dir/$src.sql" "$dir/$src.tsv"
    if [[ $(cat "$dir/$src.tsv.rc") == 1 ]] && diff -u "$CASES_DIR/$name/expected.tsv" "$dir/$src.tsv" >"$dir/$src.diff"; then
      pass "$name: report from the $src dump"
    else
      fail "$name: report from the $src dump" "exit $(cat "$dir/$src.tsv.rc"); $(cat "$dir/$src.diff" "$dir/$src.tsv.err" | head -20)"
    fi
  done
  history_tsv "$folder" "$dir/list.txt" "$dir/list.tsv"
  if diff <(grep -P '\tremote only\t' "$CASES_DIR/$name/expected.tsv" | cut -f1) \
          <(grep -P '\tremote only\t' "$dir/list.tsv" | cut -f1) >"$dir/list.diff"; then
    pass "$name: remote-only versions from a list of versions"
  else
    fail "$name: remote-only versions from a list of versions" "$(cat "$dir/list.diff" "$dir/list.tsv.err" | head)"
  fi
}

# apply_pending DB REPORT_JSON LOG: runs the pending and failed migrations, as the tool would.
apply_pending() {
  local db=$1 json=$2 log=$3 file
  while IFS= read -r file; do
    case $file in
      *.rb) continue ;;
      *) if grep -q '^-- *migrate:up' "$file"; then
           dbmate_up "$file" >"$WORK/up.sql" && psql_file "$db" "$WORK/up.sql" "$log" || return 1
         else
           psql_file "$db" "$file" "$log" || return 1
         fi ;;
    esac
  done < <(python3 -c 'import json,sys
for v in json.load(open(sys.argv[1]))["versions"]:
    if v["status"] in ("pending", "failed") and "file" in v: print(v["file"])' "$json")
}

# repair_twice NAME DB LEDGER SCRIPT DIR TAG: applies the repair twice; the second run changes nothing.
repair_twice() {
  local name=$1 db=$2 ledger=$3 script=$4 dir=$5 tag=$6
  if psql_file "$db" "$script" "$dir/$tag.log" && ledger_rows "$db" "$ledger" >"$dir/$tag.1" &&
     psql_file "$db" "$script" "$dir/$tag.log" && ledger_rows "$db" "$ledger" >"$dir/$tag.2" &&
     cmp -s "$dir/$tag.1" "$dir/$tag.2"; then
    pass "$name: $tag repair applied twice, the second run changes nothing"
  else
    fail "$name: $tag repair applied twice, the second run changes nothing" "$(cat "$dir/$tag.log"; diff "$dir/$tag.1" "$dir/$tag.2" 2>&1 | head)"
  fi
}

check_repair() {
  local name=$1 folder=$2 dir=$3 db=$4 ledger=$5 before after remote rc=0
  cp -r "$folder" "$dir/folder"
  before=$(find "$dir/folder" -type f | wc -l)
  remote=$(grep -cP '\tremote only\t' "$CASES_DIR/$name/expected.tsv" || true)
  "$PGDRIFT" history -m "$dir/folder" -a "$dir/full.sql" --write-placeholders --mark-applied \
    --repair "$dir/repair.sql" --verify "$dir/verify.sql" --format json >"$dir/report.json" 2>"$dir/write.err" || rc=$?
  after=$(find "$dir/folder" -type f | wc -l)
  if [[ $rc == 1 && $((after - before)) == "$remote" && -s $dir/repair.sql ]]; then
    pass "$name: $remote placeholder(s), repair script and verification queries written"
  else
    fail "$name: $remote placeholder(s), repair script and verification queries written" "exit $rc, $((after - before)) new files; $(head -5 "$dir/write.err")"
    return 0
  fi
  if grep -q 'RAISE EXCEPTION' "$dir/verify.sql"; then
    if psql_file "$db" "$dir/verify.sql" "$dir/verify-before.log"; then
      fail "$name: verification queries fail before the pending migrations run" "they passed"
    else
      pass "$name: verification queries fail before the pending migrations run"
    fi
  fi
  if apply_pending "$db" "$dir/report.json" "$dir/pending.log" && psql_file "$db" "$dir/verify.sql" "$dir/verify-after.log"; then
    pass "$name: verification queries pass after the pending migrations ran"
  else
    fail "$name: verification queries pass after the pending migrations ran" "$(cat "$dir/pending.log" "$dir/verify-after.log" | head)"
  fi
  repair_twice "$name" "$db" "$ledger" "$dir/repair.sql" "$dir" marking
  pg_dump -d "$db" --data-only --table="$ledger" >"$dir/after.sql"
  history_tsv "$dir/folder" "$dir/after.sql" "$dir/after.tsv"
  if [[ $(cat "$dir/after.tsv.rc") == 0 ]] && ! grep -vP '\tapplied\t' "$dir/after.tsv" >/dev/null; then
    pass "$name: after the repair the ledger equals the folder (aligned)"
  else
    fail "$name: after the repair the ledger equals the folder (aligned)" "exit $(cat "$dir/after.tsv.rc"); $(cat "$dir/after.tsv" "$dir/after.tsv.err" | head)"
  fi
}

# The default repair on a fresh copy: edited realigned, failed reset, remote-only kept (their
# placeholders exist now); pending ones stay pending for the tool.
check_default_repair() {
  local name=$1 dir=$2 db=$3 ledger=$4 rc=0
  "$PGDRIFT" history -m "$dir/folder" -a "$dir/full.sql" --repair "$dir/default.sql" >/dev/null 2>"$dir/default.err" || rc=$?
  if [[ $rc != 0 && $rc != 1 ]]; then
    fail "$name: default repair written" "exit $rc: $(head -5 "$dir/default.err")"
    return 0
  fi
  repair_twice "$name" "$db" "$ledger" "$dir/default.sql" "$dir" default
  pg_dump -d "$db" --data-only --table="$ledger" >"$dir/default-after.sql"
  history_tsv "$dir/folder" "$dir/default-after.sql" "$dir/default.tsv"
  if ! grep -P '\t(edited|failed|remote only)\t' "$dir/default.tsv" >/dev/null &&
     diff <(grep -P '\t(pending|failed)\t' "$CASES_DIR/$name/expected.tsv" | cut -f1) \
          <(grep -P '\tpending\t' "$dir/default.tsv" | cut -f1) >/dev/null; then
    pass "$name: default repair leaves only the pending and failed versions, pending"
  else
    fail "$name: default repair leaves only the pending and failed versions, pending" "$(cat "$dir/default.tsv" "$dir/default.err" | head)"
  fi
}

run_case() {
  local name=$1 case_dir=$CASES_DIR/$1 ledger folder dir=$WORK/$1 db=pgdrift_hist_$$_$1
  ledger=$(cat "$case_dir/ledger")
  folder=$(find "$case_dir" -mindepth 1 -maxdepth 1 -type d)
  mkdir -p "$dir"
  DBS+=("$db" "${db}_d")
  if ! create_db "$db" || ! psql_file "$db" "$case_dir/setup.sql" "$dir/setup.log" ||
     ! create_db "${db}_d" || ! psql_file "${db}_d" "$case_dir/setup.sql" "$dir/setup.log"; then
    fail "$name: setup" "$(indent "$dir/setup.log")"
    return 0
  fi
  make_sources "$db" "$ledger" "$dir" "${name%%_*}"
  check_sources "$name" "$folder" "$dir"
  check_repair "$name" "$folder" "$dir" "$db" "$ledger"
  check_default_repair "$name" "$dir" "${db}_d" "$ledger"
}

main() {
  require_pgdrift history
  require_server history
  local cases=("$@") c
  if [[ ${#cases[@]} -eq 0 ]]; then
    for c in "$CASES_DIR"/*/; do cases+=("$(basename "$c")"); done
  fi
  for c in "${cases[@]}"; do run_case "$c"; done
  finish
}

main "$@"
