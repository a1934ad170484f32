#!/usr/bin/env bash
# Runs the end-to-end tests in the real Kindly window: one virtual display,
# one tauri-driver for the whole run, the tests one at a time.
# Expects the app to be built already (`make test-e2e` does that).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
export KINDLY_E2E_APP="${KINDLY_E2E_APP:-$root/target/debug/kindly}"
[ -x "$KINDLY_E2E_APP" ] || { echo "no app binary at $KINDLY_E2E_APP: build it first" >&2; exit 1; }

if [ -z "${KINDLY_E2E_INNER:-}" ]; then
  # Re-run this script inside a virtual display big enough for the window,
  # with its own D-Bus session (Kindly finds its running copy through it;
  # dbus-session.conf says why it starts nothing on demand).
  exec env KINDLY_E2E_INNER=1 dbus-run-session --config-file="$root/tests/e2e/dbus-session.conf" -- xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

# Without this, WebKit can leave the window blank under Xvfb.
export WEBKIT_DISABLE_COMPOSITING_MODE=1
# No accessibility bus under the test session: keeps dbus-daemon quiet.
export NO_AT_BRIDGE=1

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
native_port=$(free_port)
driver_log="$root/target/e2e-tauri-driver.log"
mkdir -p "$root/target"
# The app gets its own home folder (start-at-login entries, Downloads), so
# the tests never touch the real user's, and logs every notification request.
export KINDLY_E2E_HOME="$root/target/e2e-home"
rm -rf "$KINDLY_E2E_HOME" && mkdir -p "$KINDLY_E2E_HOME"
export KINDLY_NOTIFICATION_LOG="$root/target/e2e-notifications.log"
: >"$KINDLY_NOTIFICATION_LOG"
# What the app's file dialog "chooses" (a native dialog cannot be driven
# through WebDriver); tests write the file there before clicking Choose.
export KINDLY_E2E_PICK_FILE="$KINDLY_E2E_HOME/chosen/contacts.vcf"
mkdir -p "$(dirname "$KINDLY_E2E_PICK_FILE")"
# The folder the app's folder dialog "chooses" for backups.
export KINDLY_E2E_PICK_FOLDER="$KINDLY_E2E_HOME/chosen/backups"
# What the app's "Save as" dialog picks: tests write the path into this file
# (empty or no file: Cancel); the app writes what the dialog offered beside
# it (`.asked`: the folder it opened in, then the name it suggested).
export KINDLY_E2E_SAVE_AS="$KINDLY_E2E_HOME/chosen/save-as"
# A Downloads folder as a desktop session names it, for "Save as" to open in.
mkdir -p "$KINDLY_E2E_HOME/.config" "$KINDLY_E2E_HOME/Downloads"
echo 'XDG_DOWNLOAD_DIR="$HOME/Downloads"' >"$KINDLY_E2E_HOME/.config/user-dirs.dirs"
# The answer ("yes" or "no") to the app's own native questions, such as
# "Keep fewer backups?"; the app writes the question beside it (`.asked`).
export KINDLY_E2E_CONFIRM="$KINDLY_E2E_HOME/chosen/confirm"
# Each count of long work is held this long (debug builds), so a test sees
# the progress bar and can press Cancel before fast work is over.
export KINDLY_E2E_PROGRESS_PAUSE_MS=15
# Where "Open log folder" writes the folder it would have opened (no file
# manager opens during the tests).
export KINDLY_E2E_OPENED="$KINDLY_E2E_HOME/chosen/opened"
# A keychain (the Secret Service) for "Remember on this computer", unlocked,
# inside the test home.
echo -n "kindly-e2e" | HOME="$KINDLY_E2E_HOME" gnome-keyring-daemon --unlock \
  --components=secrets --daemonize >/dev/null
HOME="$KINDLY_E2E_HOME" tauri-driver --port "$port" --native-port "$native_port" >"$driver_log" 2>&1 &
driver_pid=$!
# A second desk (two windows, two app processes, as two computers on one team
# notebook): WebKitWebDriver holds one session at a time ("Maximum number of
# active sessions"), so the second window gets a tauri-driver of its own, on
# its own ports, in the same display, D-Bus session and keychain.
port_2=$(free_port)
native_port_2=$(free_port)
driver_log_2="$root/target/e2e-tauri-driver-2.log"
HOME="$KINDLY_E2E_HOME" tauri-driver --port "$port_2" --native-port "$native_port_2" >"$driver_log_2" 2>&1 &
driver_pid_2=$!
trap 'kill "$driver_pid" "$driver_pid_2" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$port/status" >/dev/null 2>&1 &&
    curl -fsS "http://127.0.0.1:$port_2/status" >/dev/null 2>&1; then break; fi
  kill -0 "$driver_pid" 2>/dev/null || { cat "$driver_log" >&2; exit 1; }
  kill -0 "$driver_pid_2" 2>/dev/null || { cat "$driver_log_2" >&2; exit 1; }
  sleep 0.1
done

export KINDLY_E2E_DRIVER="http://127.0.0.1:$port"
export KINDLY_E2E_DRIVER_2="http://127.0.0.1:$port_2"
cd "$root"
# make bench-app runs its program in this same setting instead of the tests.
if [ -n "${KINDLY_E2E_COMMAND:-}" ]; then
  "$KINDLY_E2E_COMMAND" "$@"
  exit
fi
# `run.sh --test brief` runs one file of tests/e2e/tests; other arguments
# (a test name to filter by) go to the test binaries.
targets=(--tests)
filters=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--test" ] && [ $# -gt 1 ]; then
    [ "${targets[0]}" = "--tests" ] && targets=()
    targets+=(--test "$2")
    shift 2
  else
    filters+=("$1")
    shift
  fi
done
cargo test -p kindly-e2e "${targets[@]}" -- --test-threads=1 "${filters[@]}"
