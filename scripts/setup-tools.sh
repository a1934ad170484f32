#!/usr/bin/env bash
# Makes sure the Rust and Node.js that building Kindly needs are here:
#   Rust     at least the workspace's `rust-version` (Cargo.toml); when cargo
#            is missing or older, through rustup (updated when rustup is
#            here, installed into ~/.cargo otherwise).
#   Node.js  at least ui/package.json's `engines.node`; when node or npm is
#            missing or older, the current Node.js LTS from nodejs.org into
#            $KINDLY_NODE_HOME (the Makefile puts its bin/ first on PATH).
# Quiet, and never touches the network, when both are new enough: CI
# machines reach only package registries. Needs no root: both go into the
# user's home.
#
# Usage: scripts/setup-tools.sh [--dry-run]
#   --dry-run  only print the plan, one line per tool:
#              "rust: keep 1.90.0", "rust: update with rustup",
#              "rust: install rustup", "node: keep 22.12.0", "node: install 24"
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dry_run=0
case "${1:-}" in
  --dry-run) dry_run=1 ;;
  "") ;;
  *) echo "usage: $0 [--dry-run]" >&2; exit 2 ;;
esac

CARGO_HOME=${CARGO_HOME:-$HOME/.cargo}
KINDLY_NODE_HOME=${KINDLY_NODE_HOME:-$HOME/.local/share/kindly/node}
# The Node.js line installed when one is needed: the active LTS.
NODE_LINE=24
export PATH="$CARGO_HOME/bin:$KINDLY_NODE_HOME/bin:$PATH"
# The downloads' folder, removed however the script ends.
tmp=
trap 'rm -rf "${tmp:-}"' EXIT

rust_min=$(sed -n 's/^rust-version *= *"\([0-9.]*\)".*/\1/p' "$root/Cargo.toml" | head -1)
node_min=$(sed -n 's/^ *"node": *">= *\([0-9.]*\)".*/\1/p' "$root/ui/package.json" | head -1)
[ -n "$rust_min" ] || { echo "setup-tools: no rust-version in Cargo.toml" >&2; exit 2; }
[ -n "$node_min" ] || { echo "setup-tools: no engines.node (\">=X\") in ui/package.json" >&2; exit 2; }

# The first version number a tool prints for `--version`, or nothing.
version_of() {
  command -v "$1" >/dev/null 2>&1 || return 0
  "$1" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+(\.[0-9]+)?' | head -1 || true
}

# at_least HAVE NEED: whether version HAVE is NEED or newer.
at_least() {
  [ -n "$1" ] && [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -1)" = "$2" ]
}

fail() {
  echo "setup-tools: $*" >&2
  exit 1
}

need_curl() {
  command -v curl >/dev/null 2>&1 ||
    fail "curl is missing, so $1 cannot be downloaded: install curl (sudo apt-get install curl) and run make again."
}

# download URL FILE: fails with a clear message when offline.
download() {
  curl -fsSL --proto '=https' --tlsv1.2 --retry 2 "$1" -o "$2" ||
    fail "could not download $1: is this computer online? $3"
}

rust_plan() {
  local have
  have=$(version_of cargo)
  if at_least "$have" "$rust_min"; then
    echo "keep $have"
  elif command -v rustup >/dev/null 2>&1; then
    echo "update with rustup"
  else
    echo "install rustup"
  fi
}

node_plan() {
  local have
  have=$(version_of node)
  if at_least "$have" "$node_min" && command -v npm >/dev/null 2>&1; then
    echo "keep $have"
  else
    echo "install $NODE_LINE"
  fi
}

rust_do() {
  local rust_help="Install Rust $rust_min or newer yourself (https://rustup.rs) and run make again."
  case "$1" in
    "update with rustup")
      echo "Rust $(version_of cargo) is older than $rust_min, which Kindly needs: updating it with rustup"
      rustup update stable --no-self-update ||
        fail "rustup could not update Rust: is this computer online? $rust_help"
      ;;
    "install rustup")
      if command -v cargo >/dev/null 2>&1; then
        echo "Rust $(version_of cargo) ($(command -v cargo)) is older than $rust_min, which Kindly needs: installing a newer one with rustup into $CARGO_HOME"
      else
        echo "Rust is missing: installing it with rustup into $CARGO_HOME"
      fi
      need_curl Rust
      tmp=$(mktemp -d)
      download https://sh.rustup.rs "$tmp/rustup-init.sh" "$rust_help"
      sh "$tmp/rustup-init.sh" -y --profile minimal --default-toolchain stable ||
        fail "rustup could not install Rust. $rust_help"
      ;;
  esac
  hash -r
  local now
  now=$(version_of cargo)
  at_least "$now" "$rust_min" ||
    fail "cargo is still ${now:-missing} ($(command -v cargo || echo 'not on PATH')), older than $rust_min: if rustup pins an older toolchain, run \`rustup default stable\`; then run make again."
}

node_do() {
  local node_help="Install Node.js $node_min or newer yourself (https://nodejs.org) and run make again."
  local have arch
  have=$(version_of node)
  if [ -n "$have" ]; then
    echo "Node.js $have is older than $node_min, which the UI's tools need: installing Node.js $NODE_LINE into $KINDLY_NODE_HOME"
  else
    echo "Node.js is missing: installing Node.js $NODE_LINE into $KINDLY_NODE_HOME"
  fi
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) fail "there is no Node.js download for $(uname -m) here. $node_help" ;;
  esac
  need_curl Node.js
  command -v xz >/dev/null 2>&1 ||
    fail "xz is missing, so the Node.js download cannot be unpacked: install xz-utils (sudo apt-get install xz-utils) and run make again."
  local base="https://nodejs.org/dist/latest-v$NODE_LINE.x" file
  tmp=$(mktemp -d)
  download "$base/SHASUMS256.txt" "$tmp/SHASUMS256.txt" "$node_help"
  file=$(grep -oE "node-v[0-9.]+-linux-$arch\.tar\.xz" "$tmp/SHASUMS256.txt" | head -1)
  [ -n "$file" ] || fail "no Linux $arch build listed in $base/SHASUMS256.txt. $node_help"
  download "$base/$file" "$tmp/$file" "$node_help"
  (cd "$tmp" && grep " $file\$" SHASUMS256.txt | sha256sum -c --quiet -) ||
    fail "the Node.js download does not match its checksum; run make again. $node_help"
  rm -rf "$KINDLY_NODE_HOME.new"
  mkdir -p "$KINDLY_NODE_HOME.new"
  tar -xJf "$tmp/$file" -C "$KINDLY_NODE_HOME.new" --strip-components=1
  rm -rf "$KINDLY_NODE_HOME"
  mv "$KINDLY_NODE_HOME.new" "$KINDLY_NODE_HOME"
  hash -r
  local now
  now=$(version_of node)
  at_least "$now" "$node_min" && command -v npm >/dev/null 2>&1 ||
    fail "Node.js ${now:-is missing} after the install into $KINDLY_NODE_HOME. $node_help"
}

rust=$(rust_plan)
node=$(node_plan)
if [ "$dry_run" = 1 ]; then
  echo "rust: $rust"
  echo "node: $node"
  exit 0
fi
case "$rust" in keep*) ;; *) rust_do "$rust" ;; esac
case "$node" in keep*) ;; *) node_do ;; esac
