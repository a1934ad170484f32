#!/usr/bin/env bash
# Installs a Kindly .deb with dpkg on a clean Debian 12 (a fresh debootstrap
# chroot: nothing of this machine's packages) and checks the installed app:
# its window starts and reports ready under Xvfb, the command line answers,
# the desktop entry registers kindly:// links, and the icons are installed.
#
#   tests/deb/check.sh path/to/kindly_0.1.0_amd64.deb
#
# Needs root (debootstrap, chroot, mounts); the Makefile installs debootstrap.
set -euo pipefail

deb=$(realpath "$1")
[ -f "$deb" ] || { echo "no .deb at $1" >&2; exit 1; }
root=$(mktemp -d /var/tmp/kindly-deb12.XXXXXX)
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

cleanup() {
  for m in dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT

echo "== a clean Debian 12 in $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 \
  || { tail -20 "$root.log" >&2; exit 1; }
rm -f "$root.log"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/kindly.deb"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== dpkg -i kindly.deb (its dependencies from Debian's archive)"
in_root apt-get update -qq
# dpkg -i first, as a user would; apt then brings what it depends on.
in_root dpkg -i /tmp/kindly.deb >/dev/null 2>&1 || true
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -f >/dev/null
in_root dpkg -s kindly | grep -q '^Status: install ok installed' \
  || { echo "kindly is not installed" >&2; exit 1; }
# Only for this check: a display and a session bus.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  xvfb xauth dbus >/dev/null

echo "== the desktop entry, the link handler and the icons"
entry=$(in_root sh -c 'ls /usr/share/applications/*.desktop' | head -1)
in_root grep -q '^Exec=kindly %u' "$entry" \
  || { echo "$entry does not start kindly with the link it was given" >&2; exit 1; }
in_root grep -q 'x-scheme-handler/kindly' "$entry" \
  || { echo "$entry does not register kindly:// links" >&2; exit 1; }
for size in 32x32 128x128; do
  in_root sh -c "ls /usr/share/icons/hicolor/$size/apps/ | grep -q ." \
    || { echo "no $size icon" >&2; exit 1; }
done

echo "== the command line"
in_root mkdir -p /tmp/notebook
status=0
in_root kindly lookup "Nobody Here" --data-dir /tmp/notebook >/dev/null || status=$?
[ "$status" = 1 ] || { echo "kindly lookup answered $status, expected 1 (nobody)" >&2; exit 1; }

echo "== the window starts and its page reports ready"
if ! in_root env WEBKIT_DISABLE_COMPOSITING_MODE=1 NO_AT_BRIDGE=1 \
  timeout 120 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
  kindly --data-dir /tmp/notebook --exit-when-ready >"$root/tmp/start.log" 2>&1; then
  cat "$root/tmp/start.log" >&2
  echo "the installed app did not start and become ready" >&2
  exit 1
fi
in_root test -s /tmp/notebook/notebook.sqlite || { echo "no notebook was created" >&2; exit 1; }
echo "ok: $(basename "$deb") installs on a clean Debian 12 and starts"
