#!/usr/bin/env bash
# Azurite (the Azure Storage emulator) for local runs and the storage tests.
#
#   scripts/azurite.sh install            install azurite into tests/.tools/azurite if missing; prints the folder
#   scripts/azurite.sh start [PORT] [DIR] start the Table service in the foreground (default 10002, ./data/azurite)
#
# One `node .../table/main.js` process is started on purpose: `npx azurite` leaves three processes behind.
set -euo pipefail

readonly AZURITE_VERSION="3.35.0"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools_dir="${AZURITE_TOOLS_DIR:-$repo_root/tests/.tools/azurite}"
entry_point="$tools_dir/node_modules/azurite/dist/src/table/main.js"

require_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "azurite.sh: node and npm are required (Debian: apt-get install nodejs npm)" >&2
    exit 2
  fi
}

install_azurite() {
  require_node
  if [[ -f "$entry_point" ]] && grep -q "\"version\": \"$AZURITE_VERSION\"" "$tools_dir/node_modules/azurite/package.json"; then
    echo "$tools_dir"
    return 0
  fi
  mkdir -p "$tools_dir"
  # The gitignore beside tests/.tools keeps the install out of commits; recreate it if the tree was laid anew.
  [[ -f "$repo_root/tests/.tools/.gitignore" ]] || printf '*\n' > "$repo_root/tests/.tools/.gitignore"
  [[ -f "$tools_dir/package.json" ]] || printf '{ "name": "azurite-tools", "private": true }\n' > "$tools_dir/package.json"
  # npm's own progress goes to stderr so stdout carries only the folder.
  if ! npm install --prefix "$tools_dir" --no-audit --no-fund "azurite@$AZURITE_VERSION" >&2; then
    echo "azurite.sh: npm install azurite@$AZURITE_VERSION into $tools_dir failed" >&2
    exit 1
  fi
  if [[ ! -f "$entry_point" ]]; then
    echo "azurite.sh: npm finished but $entry_point is missing" >&2
    exit 1
  fi
  echo "$tools_dir"
}

start_azurite() {
  local port="${1:-10002}"
  local location="${2:-$repo_root/data/azurite}"
  install_azurite >/dev/null
  mkdir -p "$location"
  exec node "$entry_point" --tableHost 127.0.0.1 --tablePort "$port" --location "$location" \
    --silent --skipApiVersionCheck --disableTelemetry
}

case "${1:-}" in
  install) install_azurite ;;
  start) shift; start_azurite "$@" ;;
  *) echo "usage: $0 install | start [PORT] [DIR]" >&2; exit 64 ;;
esac
