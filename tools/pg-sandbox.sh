#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server living entirely in one directory: data in DIR/data, unix socket
# in DIR, log in DIR/server.log, no TCP, fsync off. Runs as user postgres when called as root.
#
#   eval "$(tools/pg-sandbox.sh start DIR)"   # prints: export PGHOST=DIR PGPORT=N PGUSER=postgres
#   tools/pg-sandbox.sh stop DIR              # fast shutdown; safe to call twice
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
readonly PG_BIN
readonly PORT_BASE=54300
readonly PORT_SPREAD=1000   # ports 54300..55299; other helpers use 55433 and above
readonly START_ATTEMPTS=8

usage() {
  echo "usage: $0 start DIR | stop DIR" >&2
  exit 2
}

die() {
  echo "pg-sandbox: $*" >&2
  exit 1
}

# Runs "$@" as the server's owner: postgres when we are root (initdb refuses root), else us.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

is_running() {
  local dir=$1
  [[ -f $dir/data/postmaster.pid ]] && as_owner "$PG_BIN/pg_ctl" status -D "$dir/data" >/dev/null 2>&1
}

print_env() {
  local dir=$1
  echo "export PGHOST=$dir PGPORT=$(<"$dir/port") PGUSER=postgres"
}

init_cluster() {
  local dir=$1
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$dir"
  fi
  as_owner "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres --no-sync \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    die "initdb failed, see $dir/initdb.log: $(tail -n 3 "$dir/initdb.log")"
  as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF
# pg-sandbox: throwaway test server
listen_addresses = ''
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = 4GB
max_connections = 50
log_min_messages = warning
autovacuum = off            # nothing here lives long enough to need it; it costs CPU per database
CONF
}

# Tries random ports until the server starts; leaves the chosen one in DIR/port.
start_server() {
  local dir=$1 attempt port
  for ((attempt = 1; attempt <= START_ATTEMPTS; attempt++)); do
    port=$((PORT_BASE + RANDOM % PORT_SPREAD))
    [[ -e $dir/.s.PGSQL.$port ]] && continue
    if as_owner "$PG_BIN/pg_ctl" start -w -t 60 -D "$dir/data" -l "$dir/server.log" \
        -o "-p $port" >/dev/null 2>&1; then
      echo "$port" >"$dir/port"
      return 0
    fi
  done
  die "could not start a server in $dir after $START_ATTEMPTS attempts: $(tail -n 5 "$dir/server.log" 2>/dev/null)"
}

cmd_start() {
  local dir
  mkdir -p "$1"
  dir=$(cd "$1" && pwd)
  if is_running "$dir"; then
    print_env "$dir"
    return 0
  fi
  [[ -d $dir/data ]] || init_cluster "$dir"
  start_server "$dir"
  print_env "$dir"
}

cmd_stop() {
  local dir=$1
  [[ -d $dir ]] || return 0
  dir=$(cd "$dir" && pwd)
  if is_running "$dir"; then
    as_owner "$PG_BIN/pg_ctl" stop -w -m fast -D "$dir/data" >/dev/null
  fi
}

main() {
  [[ $# -eq 2 ]] || usage
  [[ -x $PG_BIN/initdb ]] || die "PostgreSQL 15 not found in $PG_BIN (run tools/bootstrap.sh --with-postgres)"
  case "$1" in
    start) cmd_start "$2" ;;
    stop) cmd_stop "$2" ;;
    *) usage ;;
  esac
}

main "$@"
