#!/usr/bin/env bash
# A throw-away Redis for local runs and the tab's multi-instance tests (Debian's redis-server).
#
#   scripts/redis.sh install              install redis-server with apt when missing
#   scripts/redis.sh start PORT DIR       start one redis-server on 127.0.0.1:PORT (no persistence), pid file in DIR
#   scripts/redis.sh stop PORT DIR        stop the redis-server started on PORT
#
# apt can fail mid-install when another install runs at the same time, so the install is retried once.
set -euo pipefail

install_redis() {
  if command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; then
    return 0
  fi
  local sudo=""
  if [[ "$(id -u)" != "0" ]]; then sudo="sudo"; fi
  for attempt in 1 2; do
    if $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq redis-server >/dev/null; then
      return 0
    fi
    echo "redis.sh: apt-get install redis-server failed (attempt $attempt)" >&2
    sleep 3
  done
  exit 1
}

start_redis() {
  local port="$1" dir="$2"
  mkdir -p "$dir"
  redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --pidfile "$dir/redis-$port.pid" --logfile "$dir/redis-$port.log" --dir "$dir"
  for _ in $(seq 1 100); do
    if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
      echo "redis listening on 127.0.0.1:$port"
      return 0
    fi
    sleep 0.1
  done
  echo "redis.sh: redis-server did not answer on 127.0.0.1:$port; its log:" >&2
  cat "$dir/redis-$port.log" >&2 || true
  exit 1
}

stop_redis() {
  local port="$1" dir="$2"
  if ! redis-cli -h 127.0.0.1 -p "$port" shutdown nosave 2>/dev/null; then
    # Already gone, or not answering: stop exactly the process this script started.
    if [[ -f "$dir/redis-$port.pid" ]]; then kill "$(cat "$dir/redis-$port.pid")" 2>/dev/null || true; fi
  fi
}

case "${1:-}" in
  install) install_redis ;;
  start) [[ $# -eq 3 ]] || { echo "usage: $0 start PORT DIR" >&2; exit 2; }; install_redis; start_redis "$2" "$3" ;;
  stop) [[ $# -eq 3 ]] || { echo "usage: $0 stop PORT DIR" >&2; exit 2; }; stop_redis "$2" "$3" ;;
  *) echo "usage: $0 install | start PORT DIR | stop PORT DIR" >&2; exit 2 ;;
esac
