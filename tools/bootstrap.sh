#!/usr/bin/env bash
# Install the Debian 12 packages pgdrift needs to build (and, with --with-postgres, to run its
# oracle tests against a real PostgreSQL 15). A quick no-op when everything is already installed.
#
# usage: tools/bootstrap.sh [--with-postgres] [--with-sanitizers]
set -euo pipefail

readonly BUILD_PACKAGES=(
  build-essential pkg-config meson ninja-build
  libpg-query-dev libprotobuf-c-dev
  libantlr4-runtime-dev antlr4
  libboost-program-options-dev doctest-dev
)
# The test suites also need python3 (JSON checks in tests/cli and tests/oracle/mutations.sh).
readonly POSTGRES_PACKAGES=(postgresql-15 postgresql-client-15 postgresql-15-postgis-3 python3)  # postgis: the realworld suite (openstreetmap)
# The sanitizer build and the fuzz targets (tools/sanitize.sh, tools/fuzz.sh): clang with its
# sanitizer and libFuzzer runtimes.
readonly SANITIZER_PACKAGES=(clang libclang-rt-14-dev python3)

usage() {
  echo "usage: $0 [--with-postgres] [--with-sanitizers]" >&2
  exit 2
}

is_installed() {
  local status
  status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) || return 1
  [[ $status == "install ok installed" ]]
}

# Prints the packages of "$@" that are not installed, one per line.
missing_packages() {
  local pkg
  for pkg in "$@"; do
    is_installed "$pkg" || echo "$pkg"
  done
}

# Runs "$@" as root: directly when we are root, else through sudo.
as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "bootstrap: need root (or sudo) to run: $*" >&2
    exit 1
  fi
}

install_packages() {
  echo "bootstrap: installing $*" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$@" >&2
}

main() {
  local wanted=("${BUILD_PACKAGES[@]}") arg
  for arg in "$@"; do
    case $arg in
      --with-postgres) wanted+=("${POSTGRES_PACKAGES[@]}") ;;
      --with-sanitizers) wanted+=("${SANITIZER_PACKAGES[@]}") ;;
      *) usage ;;
    esac
  done

  local missing
  mapfile -t missing < <(missing_packages "${wanted[@]}")
  if [[ ${#missing[@]} -eq 0 ]]; then
    echo "bootstrap: all packages present" >&2
    return 0
  fi
  install_packages "${missing[@]}"
}

main "$@"
