#!/usr/bin/env bash
# Configure (once) and build pgdrift; prints the path of the binary on stdout.
# Extra arguments go to ninja (e.g. tools/build.sh -j1, tools/build.sh -k 0).
# With CI=true a new build folder is configured for one fast build from scratch: unity files of
# up to fifty sources (about one per library), no debug information and -O1 (63 s on 2 cores,
# against 100 s with unity files of six sources, 175 s at -O2 and about 9 min for the developer
# build; asserts stay on). pgdrift is under 1 % of the CPU the server suites use, so -O1 costs the
# suites nothing measurable. Sources must therefore not clash when compiled together: no two
# files of a library define the same name at namespace scope, even in an anonymous namespace.
# Elsewhere it is the incremental developer build (-O2 -g).
#
# usage: tools/build.sh [NINJA_ARGS...]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly BUILD_DIR="$ROOT/build"
readonly BINARY="$BUILD_DIR/src/cli/pgdrift"

configure() {
  if [[ ! -f $BUILD_DIR/build.ninja ]]; then
    local options=()
    [[ ${CI:-} == true ]] && options=(-Dunity=on -Dunity_size=50 -Ddebug=false -Doptimization=1)
    meson setup "${options[@]}" "$BUILD_DIR" "$ROOT" >&2
  fi
}

main() {
  configure
  ninja -C "$BUILD_DIR" "$@" >&2
  if [[ ! -x $BINARY ]]; then
    echo "build: $BINARY was not produced" >&2
    exit 1
  fi
  echo "$BINARY"
}

main "$@"
