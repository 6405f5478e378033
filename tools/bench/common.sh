# shellcheck shell=bash
# What the benchmarks share (sourced, not run): the repository root as the working folder, the
# pgdrift binary in $bin (built when missing), and a scratch folder $dir removed at exit.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bin=build/src/cli/pgdrift
[[ -x $bin ]] || tools/build.sh >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
