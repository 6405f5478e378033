#!/usr/bin/env bash
# Loads every pair into a real PostgreSQL 15 and checks the invariants described in README.md.
# Usage: PGHOST=/tmp/h5pg PGPORT=55441 PGUSER=postgres testdata/pairs/verify.sh [CASE...]
set -u
cd "$(dirname "$0")"
: "${PGHOST:?set PGHOST}" "${PGPORT:?set PGPORT}" "${PGUSER:=postgres}"
export PGHOST PGPORT PGUSER
# cases whose data.sql has rows in objects that desired lacks: "case:expected-failing-statements"
declare -A DROPS=(
    [destructive_drop_column_and_table]=2
    [extra_table_in_actual]=1
    [extra_column_in_actual]=1
)
psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
fresh() { psql_q -d postgres -c "drop database if exists $1" -c "create database $1" >/dev/null; }
load() { # db files...
    local db=$1; shift
    local args=()
    for f in "$@"; do [ -f "$f" ] && args+=(-f "$f"); done
    psql_q -d "$db" "${args[@]}" >/dev/null
}
pass=0; fail=0
cases=("$@"); [ ${#cases[@]} -eq 0 ] && cases=($(ls -d */ | tr -d /))
for c in "${cases[@]}"; do
    ok=1; msg=""
    for f in actual.sql desired.sql data.sql; do [ -f "$c/$f" ] || { ok=0; msg+=" missing $f;"; }; done
    [ -f "$c/setup.sql" ] && { [ -f "$c/.pgdrift" ] || { ok=0; msg+=" setup.sql without .pgdrift;"; }; }
    fresh pair_a; fresh pair_d; fresh pair_dd
    load pair_a "$c/setup.sql" "$c/actual.sql" "$c/data.sql" 2>/tmp/verify_err || { ok=0; msg+=" (1) actual+data: $(head -c 300 /tmp/verify_err);"; }
    load pair_d "$c/setup.sql" "$c/desired.sql" 2>/tmp/verify_err || { ok=0; msg+=" (2) desired: $(head -c 300 /tmp/verify_err);"; }
    load pair_dd "$c/setup.sql" "$c/desired.sql" 2>/tmp/verify_err || { ok=0; msg+=" (3) desired: $(head -c 300 /tmp/verify_err);"; }
    if [ -n "${DROPS[$c]:-}" ]; then
        # every statement runs on its own; exactly the expected number must fail
        n=$(psql -X -q -d pair_dd -f "$c/data.sql" 2>&1 >/dev/null | grep -c 'ERROR:')
        [ "$n" = "${DROPS[$c]}" ] || { ok=0; msg+=" (3) expected ${DROPS[$c]} failing statements, got $n;"; }
    else
        load pair_dd "$c/data.sql" 2>/tmp/verify_err || { ok=0; msg+=" (3) desired+data: $(head -c 300 /tmp/verify_err);"; }
    fi
    # drift must be visible in the catalog (or absent for the no-drift pair)
    pg_dump -s -d pair_a --no-owner | grep -v -e '^--' -e '^\\restrict' -e '^\\unrestrict' > /tmp/verify_a.sql
    pg_dump -s -d pair_d --no-owner | grep -v -e '^--' -e '^\\restrict' -e '^\\unrestrict' > /tmp/verify_d.sql
    if [[ $c == no_drift* ]]; then
        cmp -s /tmp/verify_a.sql /tmp/verify_d.sql || { ok=0; msg+=" no_drift pair dumps differ;"; }
    else
        cmp -s /tmp/verify_a.sql /tmp/verify_d.sql && { ok=0; msg+=" dumps identical, no drift;"; }
    fi
    if [ $ok = 1 ]; then pass=$((pass+1)); echo "ok   $c"; else fail=$((fail+1)); echo "FAIL $c:$msg"; fi
done
for db in pair_a pair_d pair_dd; do psql_q -d postgres -c "drop database if exists $db" >/dev/null; done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
