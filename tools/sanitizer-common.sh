# shellcheck shell=bash
# What tools/sanitize.sh and tools/fuzz.sh share: the fuzz targets, the sanitizers' runtime
# options and the libFuzzer limits. Sourced, not run.

# The libFuzzer targets (tests/fuzz/fuzz_<target>.cpp), in the order they are run.
readonly FUZZ_TARGETS=(split order replay do expr policy)

# libFuzzer's limits for every run: a slow input is a finding after 20 s, memory is bounded, and
# inputs stay small enough to shrink.
readonly FUZZ_LIMITS=(-timeout=20 -rss_limit_mb=2048 -max_len=65536)

# sanitizer_env [REPORT_DIR]: the sanitizers' options (libpg_query's known leak suppressed,
# UBSan fatal with a stack); with REPORT_DIR, ASan and UBSan reports are written there as files.
sanitizer_env() {
  local dir=${1:-}
  export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${dir:+:log_path=$dir/ubsan}"
  export ASAN_OPTIONS="detect_leaks=1${dir:+:exitcode=86:log_path=$dir/asan}"
}

# fuzz_seeds DIR: the seed inputs of every target, from the repository's test data.
fuzz_seeds() {
  python3 "$ROOT/tools/fuzz-seeds.py" "$1" >/dev/null
}
