#!/usr/bin/env bash
# The test command: installs what is missing, builds, starts a throwaway PostgreSQL 15 and runs
# every suite against it. Prints "<suite>: N passed, N failed" per suite and, as the very last
# line, "N passed, N failed" summed over all suites. Exit 0 only if every test passed (and at
# least one ran). A suite that crashes, times out or prints no summary counts as 1 failed.
#
# The suite sanitize (tools/sanitize.sh --quick: unit, golden and cli again with an ASan + UBSan
# build, and a smoke run of every libFuzzer target) needs clang and a second build: clang is
# installed in the background while the other suites run (downloads, not CPU); the build is the
# suite's own (built alongside the suites at the lowest priority, it slowed them by more than it
# took: both cores are busy all along).
#
# usage: tools/test.sh [SUITE...]     suites: unit golden cli selfcheck oracle mutation reconcile transitions
#                                     realworld history policy sanitize (default: all of them)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
cd "$ROOT"
# shellcheck source=tests/lib.sh
source tests/lib.sh
readonly ALL_SUITES=(unit golden cli selfcheck oracle mutation reconcile transitions realworld history policy sanitize)
readonly SUMMARY_RE='^([0-9]+) passed, ([0-9]+) failed$'
readonly DOCTEST_RE='test cases: *([0-9]+) *\| *([0-9]+) passed *\| *([0-9]+) failed'

total_passed=0
total_failed=0
summary_lines=()
WORK=$(mktemp -d)
readonly WORK
SANDBOX=""
SANITIZER_PACKAGES=""  # pid of their installation, started early

cleanup() {
  if [[ -n $SANITIZER_PACKAGES ]]; then
    wait "$SANITIZER_PACKAGES" || true  # never leave apt half done
  fi
  if [[ -n $SANDBOX ]]; then
    tools/pg-sandbox.sh stop "$SANDBOX" || true
    rm -rf "$SANDBOX"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# suite_timeout NAME: seconds a suite may run before it counts as crashed.
suite_timeout() {
  case "$1" in
    cli) echo 120 ;;
    oracle | mutation) echo 300 ;;
    reconcile) echo 600 ;;   # about 300 s on 2 cores; room for a slower machine
    realworld) echo 300 ;;   # about 40 s
    transitions) echo 300 ;; # about 20 s
    sanitize) echo 1800 ;;   # its own build first
    *) echo 180 ;;
  esac
}

suite_command() {
  case "$1" in
    unit) echo build/tests/unit_tests ;;
    # The offline suites as the build's meson tests (tests/meson.build), output streamed.
    golden | cli | selfcheck) echo "meson test -C build --no-rebuild --print-errorlogs $1" ;;
    sanitize) echo tools/sanitize.sh --quick ;;
    oracle) echo tests/oracle/oracle.sh ;;
    mutation) echo tests/oracle/mutations.sh ;;
    reconcile) echo tests/oracle/reconcile.sh ;;
    realworld) echo tests/oracle/realworld.sh ;;
    transitions) echo tests/oracle/transitions.sh ;;
    history) echo tests/oracle/history.sh ;;
    policy) echo tests/oracle/policy.sh ;;
    *) return 1 ;;
  esac
}

# record NAME PASSED FAILED [NOTE]
record() {
  local line="$1: $2 passed, $3 failed${4:+ ($4)}"
  total_passed=$((total_passed + $2))
  total_failed=$((total_failed + $3))
  summary_lines+=("$line")
  echo "$line"
}

# counts_of NAME LOG: prints "PASSED FAILED" parsed from the suite's output, or nothing.
counts_of() {
  local name=$1 log=$2 last
  if [[ $name == unit ]]; then
    if [[ $(sed 's/\x1b\[[0-9;]*m//g' "$log") =~ $DOCTEST_RE ]]; then
      echo "${BASH_REMATCH[2]} ${BASH_REMATCH[3]}"
    fi
    return 0
  fi
  # The suite's own summary: its last line, or under meson test the last such line before
  # meson's report.
  last=$(grep -E "$SUMMARY_RE" "$log" | tail -n 1)
  if [[ $last =~ $SUMMARY_RE ]]; then
    echo "${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"
  fi
}

# install_sanitizer_packages: clang for the suite sanitize, in the background; its output in a
# log the suite shows when it failed (the suite's own bootstrap then tries again).
# Only as root or with sudo that asks no password: else the suite's bootstrap asks, in front.
install_sanitizer_packages() {
  [[ $(id -u) -eq 0 ]] || sudo -n true 2>/dev/null || return 0
  tools/bootstrap.sh --with-sanitizers </dev/null >"$WORK/sanitizer-packages.log" 2>&1 &
  SANITIZER_PACKAGES=$!
}

wait_sanitizer_packages() {
  [[ -n $SANITIZER_PACKAGES ]] || return 0
  wait "$SANITIZER_PACKAGES" || tail -n 20 "$WORK/sanitizer-packages.log"
  SANITIZER_PACKAGES=""
}

run_suite() {
  local name=$1 cmd log="$WORK/$1.log" rc=0 counts passed failed note="" start=$SECONDS
  local argv=()
  cmd=$(suite_command "$name")
  read -r -a argv <<<"$cmd"
  echo
  echo "=== $name: $cmd"
  [[ $name == sanitize ]] && wait_sanitizer_packages
  if ! command -v "${argv[0]}" >/dev/null; then
    record "$name" 0 1 "${argv[0]} not found"
    return 0
  fi
  timeout -k 10 "$(suite_timeout "$name")" "${argv[@]}" 2>&1 | tee "$log" || rc=$?
  counts=$(counts_of "$name" "$log")
  if [[ -z $counts ]]; then
    record "$name" 0 1 "crashed with exit $rc, no summary line"
    return 0
  fi
  read -r passed failed <<<"$counts"
  grep -q '^!!! .*SKIPPED' "$log" && note=$(grep -m1 '^!!! .*SKIPPED' "$log" | sed 's/^!!! //')
  if [[ $rc -eq 124 ]]; then
    failed=$((failed + 1))
    note="timed out"
  elif [[ $rc -ne 0 && $failed -eq 0 ]]; then
    failed=1
    note="exit $rc"
  fi
  record "$name" "$passed" "$failed" "${note:+$note, }$((SECONDS - start)) s"
}

start_sandbox() {
  local env
  SANDBOX=$(mktemp -d -p "$(sandbox_parent)" pgdrift-test.XXXXXX)
  if env=$(tools/pg-sandbox.sh start "$SANDBOX"); then
    eval "$env"
    export PGHOST PGPORT PGUSER
    echo "PostgreSQL sandbox: PGHOST=$PGHOST PGPORT=$PGPORT"
  else
    record sandbox 0 1 "could not start PostgreSQL"
  fi
}

main() {
  local suites=("$@") suite
  [[ ${#suites[@]} -gt 0 ]] || suites=("${ALL_SUITES[@]}")
  for suite in "${suites[@]}"; do
    suite_command "$suite" >/dev/null || { echo "unknown suite: $suite (${ALL_SUITES[*]})" >&2; exit 2; }
  done

  if ! tools/bootstrap.sh --with-postgres; then
    record bootstrap 0 1 "could not install the packages; trying with what is there"
  fi
  if ! tools/build.sh; then
    record build 0 1 "build failed; later suites run whatever binaries exist"
  fi
  [[ " ${suites[*]} " == *" sanitize "* ]] && install_sanitizer_packages
  start_sandbox

  for suite in "${suites[@]}"; do
    run_suite "$suite"
  done

  echo
  echo "=== summary"
  printf '%s\n' "${summary_lines[@]}"
  echo "$total_passed passed, $total_failed failed"
  [[ $total_failed -eq 0 && $total_passed -gt 0 ]]
}

main "$@"
