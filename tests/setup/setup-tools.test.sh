#!/usr/bin/env bash
# What scripts/setup-tools.sh decides about Rust and Node.js, against fake
# `cargo`, `rustup`, `node`, `npm` and `curl` on a PATH without the real ones.
# Offline: a fake curl records any download it is asked for.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
script="$root/scripts/setup-tools.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

rust_min=$(sed -n 's/^rust-version *= *"\([0-9.]*\)".*/\1/p' "$root/Cargo.toml" | head -1)
node_min=$(sed -n 's/^ *"node": *">= *\([0-9.]*\)".*/\1/p' "$root/ui/package.json" | head -1)

# The system's own commands the script uses, and nothing else: the real
# cargo, node and curl must not be found.
sys="$work/sys"
mkdir -p "$sys"
for c in bash sh sed grep sort head dirname mktemp rm mkdir uname cat tar xz sha256sum mv cp chmod; do
  ln -s "$(command -v "$c")" "$sys/$c"
done

failures=0
check() {
  local what=$1 expected=$2 actual=$3
  if [ "$expected" != "$actual" ]; then
    echo "FAIL: $what"
    echo "  expected: $(printf '%q' "$expected")"
    echo "  actual:   $(printf '%q' "$actual")"
    failures=$((failures + 1))
  else
    echo "ok: $what"
  fi
}

# fake NAME OUTPUT: a command that prints OUTPUT for --version and logs any
# other call to $work/calls.
fake() {
  local bin="$work/case/bin"
  mkdir -p "$bin"
  cat >"$bin/$1" <<EOF
#!/bin/sh
if [ "\$1" = --version ]; then echo "$2"; exit 0; fi
echo "$1 \$*" >>"$work/calls"
exit ${3:-0}
EOF
  chmod +x "$bin/$1"
}

new_case() {
  rm -rf "$work/case" "$work/calls"
  mkdir -p "$work/case/bin" "$work/case/home"
}

# run [ARGS]: the script with only the fakes and $sys on PATH, in a home of
# its own; prints stdout and stderr together.
run() {
  env -i PATH="$work/case/bin:$sys" HOME="$work/case/home" \
    "$sys/bash" "$script" "$@" 2>&1
}

calls() { cat "$work/calls" 2>/dev/null || true; }

# Both new enough: nothing to do, nothing printed, no rustup, no download.
new_case
fake cargo "cargo 1.95.0 (f2d3ce0bd 2026-03-21)"
fake rustup "rustup 1.28.2"
fake node "v22.12.0"
fake npm "10.9.0"
fake curl "curl 8.5.0"
check "present and new enough: the plan keeps both" \
  "rust: keep 1.95.0
node: keep 22.12.0" "$(run --dry-run)"
check "present and new enough: silent" "" "$(run)"
check "present and new enough: no rustup, no download" "" "$(calls)"

# Exactly the minimum versions are enough.
new_case
fake cargo "cargo $rust_min.0 (abc 2025-01-01)"
fake node "v$node_min.0"
fake npm "10.0.0"
check "the minimum versions are kept" \
  "rust: keep $rust_min.0
node: keep $node_min.0" "$(run --dry-run)"

# Too old: Debian 12's cargo without rustup, its Node 18.
new_case
fake cargo "cargo 1.65.0"
fake node "v18.19.0"
fake npm "9.2.0"
check "Debian 12's own cargo and Node 18: rustup installed, Node.js 24 installed" \
  "rust: install rustup
node: install 24" "$(run --dry-run)"

# Too old, with rustup: rustup updates it.
new_case
fake cargo "cargo 1.80.1 (376290515 2024-07-16)"
fake rustup "rustup 1.27.1"
fake node "v20.18.3"
fake npm "10.8.2"
check "an old rustup toolchain is updated; Node 20.18 is too old" \
  "rust: update with rustup
node: install 24" "$(run --dry-run)"

# Missing altogether (and npm without node, node without npm).
new_case
fake npm "9.2.0"
check "nothing installed: rustup and Node.js installed" \
  "rust: install rustup
node: install 24" "$(run --dry-run)"
new_case
fake cargo "cargo 1.95.0"
fake node "v22.12.0"
check "node without npm counts as missing" \
  "rust: keep 1.95.0
node: install 24" "$(run --dry-run)"

# The dry run never runs rustup or downloads.
new_case
fake rustup "rustup 1.28.2"
fake curl "curl 8.5.0"
run --dry-run >/dev/null
check "a dry run calls neither rustup nor curl" "" "$(calls)"

# Offline: a clear message and a failure, not a half-done set-up.
new_case
fake curl "curl 8.5.0" 6
fake node "v22.12.0"
fake npm "10.9.0"
out=$(run) && status=0 || status=$?
check "offline, Rust missing: fails" 1 "$status"
case "$out" in
  *"could not download https://sh.rustup.rs: is this computer online?"*) check "offline: says so" ok ok ;;
  *) check "offline: says so" "a message about the download" "$out" ;;
esac
case "$(calls)" in
  "curl "*" https://sh.rustup.rs -o "*) check "offline: curl was asked for rustup only" ok ok ;;
  *) check "offline: curl was asked for rustup only" "one call for https://sh.rustup.rs" "$(calls)" ;;
esac

# No curl at all: said plainly.
new_case
fake cargo "cargo 1.95.0"
out=$(run) && status=0 || status=$?
check "no curl, Node.js missing: fails" 1 "$status"
case "$out" in
  *"curl is missing"*) check "no curl: says so" ok ok ;;
  *) check "no curl: says so" "a message about curl" "$out" ;;
esac

# rustup's update fails (offline): a clear message.
new_case
fake cargo "cargo 1.80.1"
fake rustup "rustup 1.27.1" 1
fake node "v22.12.0"
fake npm "10.9.0"
out=$(run) && status=0 || status=$?
check "rustup cannot update: fails" 1 "$status"
check "rustup was asked to update stable" "rustup update stable --no-self-update" "$(calls)"
case "$out" in
  *"rustup could not update Rust: is this computer online?"*) check "rustup cannot update: says so" ok ok ;;
  *) check "rustup cannot update: says so" "a message about rustup" "$out" ;;
esac

# The installs themselves, from a fake curl that serves the files in
# $work/served: rustup-init puts a new cargo in ~/.cargo/bin; Node.js is
# unpacked into ~/.local/share/kindly/node once its checksum matches.
serve() {
  cat >"$work/case/bin/curl" <<EOF
#!/bin/sh
echo "curl \$*" >>"$work/calls"
url= out=
while [ \$# -gt 0 ]; do
  case "\$1" in https://*) url=\$1 ;; -o) out=\$2; shift ;; esac
  shift
done
[ -f "$work/served/\${url##*/}" ] || exit 22
cp "$work/served/\${url##*/}" "\$out"
EOF
  chmod +x "$work/case/bin/curl"
}
arch=$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
node_dir="node-v24.0.0-linux-$arch"
mkdir -p "$work/served" "$work/$node_dir/bin"
cat >"$work/served/sh.rustup.rs" <<'EOF'
mkdir -p "$HOME/.cargo/bin"
printf '#!/bin/sh\necho "cargo 1.95.0 (new 2026-03-21)"\n' >"$HOME/.cargo/bin/cargo"
chmod +x "$HOME/.cargo/bin/cargo"
EOF
printf '#!/bin/sh\necho v24.0.0\n' >"$work/$node_dir/bin/node"
printf '#!/bin/sh\necho 11.0.0\n' >"$work/$node_dir/bin/npm"
chmod +x "$work/$node_dir/bin/"*
tar -cJf "$work/served/$node_dir.tar.xz" -C "$work" "$node_dir"
(cd "$work/served" && sha256sum "$node_dir.tar.xz" >SHASUMS256.txt)

new_case
serve
fake cargo "cargo 1.65.0"
fake node "v18.19.0"
fake npm "9.2.0"
out=$(run) && status=0 || status=$?
check "old cargo and node: both installed" 0 "$status"
check "after the installs both are kept" \
  "rust: keep 1.95.0
node: keep 24.0.0" "$(run --dry-run)"
check "Node.js is in the user's folder" "v24.0.0" \
  "$("$work/case/home/.local/share/kindly/node/bin/node" --version)"
rm -f "$work/calls"
check "a second run does nothing" "" "$(run)"
check "a second run downloads nothing" "" "$(calls)"

# A download that does not match its checksum is not installed.
new_case
serve
fake cargo "cargo 1.95.0"
cp "$work/served/SHASUMS256.txt" "$work/sums.good"
sed -i 's/^[0-9a-f]\{4\}/0000/' "$work/served/SHASUMS256.txt"
out=$(run) && status=0 || status=$?
cp "$work/sums.good" "$work/served/SHASUMS256.txt"
check "a corrupt Node.js download: fails" 1 "$status"
check "a corrupt Node.js download: nothing installed" "no" \
  "$([ -e "$work/case/home/.local/share/kindly/node" ] && echo yes || echo no)"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "setup-tools: all checks passed"
