#!/usr/bin/env bash
# Runs CMD ARGS... beside a throwaway PostgreSQL, then stops it and deletes it.
#
#   scripts/with-postgres.sh cargo test --workspace --exclude kindly-e2e
#
# The server lives in a new folder under ${TMPDIR:-/tmp} (as root: one the
# postgres user can enter, else /tmp), listens on a free
# port on 127.0.0.1 only (and a unix socket in that folder), and has one
# superuser, kindly_admin, with a password made up for this run. CMD gets
#   KINDLY_TEST_POSTGRES=postgres://kindly_admin:PASSWORD@127.0.0.1:PORT/postgres
#   KINDLY_TEST_POSTGRES_CA=the CA of the server's certificate (kindly-test.example)
#   KINDLY_TEST_POSTGRES_CTL=a script: `stop` kills the server as a crash would
#     (pg_ctl -m immediate: no checkpoint, connections cut), `start` starts it
#     again on the same port, each waiting until done
# This exits with CMD's status. As root the server runs as the `postgres`
# user (initdb refuses root); as anyone else, as that user.
set -euo pipefail

die() { echo "with-postgres: $*" >&2; exit 1; }
[ $# -gt 0 ] || die "usage: $0 CMD [ARGS...]"

major=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -n | tail -1 || true)
bin=/usr/lib/postgresql/$major/bin
if [ -z "$major" ] || [ ! -x "$bin/pg_ctl" ] || [ "$major" -lt 15 ]; then
  die "PostgreSQL 15 or newer is not installed (found: ${major:-none}). On Debian/Ubuntu: sudo apt-get install postgresql postgresql-contrib (make test-rust does this)."
fi

locale=C.UTF-8
locale -a 2>/dev/null | grep -qix 'c\.utf-\?8' || locale=en_US.UTF-8

dir=
ctl_dir=
started=
as_pg=()
# The server's tools start in the folder, not in a caller's folder the
# postgres user may not be allowed to enter.
pg() { (cd "$dir" && "${as_pg[@]}" "$bin/$1" "${@:2}"); }

# shellcheck disable=SC2317 # (reached through the trap)
cleanup() {
  if [ -n "$started" ]; then pg pg_ctl stop -D "$dir/data" -m immediate -w >/dev/null 2>&1 || true; fi
  if [ -n "$dir" ]; then rm -rf "$dir"; fi
  if [ -n "$ctl_dir" ]; then rm -rf "$ctl_dir"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

dir=$(mktemp -d "${TMPDIR:-/tmp}/kindly-pg.XXXXXX")
if [ "$(id -u)" = 0 ]; then
  as_pg=(runuser -u postgres --)
  chown postgres: "$dir"
  if ! runuser -u postgres -- test -w "$dir"; then
    # A TMPDIR inside root's home: the server's folder goes to /tmp instead.
    rm -rf "$dir"
    dir=$(mktemp -d /tmp/kindly-pg.XXXXXX)
    chown postgres: "$dir"
    runuser -u postgres -- test -w "$dir" || die "the postgres user cannot write to $dir"
  fi
fi

password=$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')
(umask 077 && printf '%s\n' "$password" >"$dir/pwfile")
[ -z "${as_pg[*]}" ] || chown postgres: "$dir/pwfile"
# --no-sync: nothing here needs to survive a crash of the machine.
pg initdb --no-sync -D "$dir/data" -U kindly_admin --pwfile="$dir/pwfile" --encoding=UTF8 --locale="$locale" \
  --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; die "initdb failed (log above)"; }
rm -f "$dir/pwfile"
# TLS as a server on another computer would have it: a certificate for
# kindly-test.example from a CA made for this run (tests reach it through
# hostaddr=127.0.0.1 and check the name against that CA).
(
  cd "$dir"
  ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
  openssl req -x509 "${ec[@]}" -keyout ca.key -out ca.pem -days 2 -subj /CN=Kindly-test-CA 2>/dev/null
  openssl req "${ec[@]}" -keyout data/server.key -out server.csr -subj /CN=kindly-test.example 2>/dev/null
  printf 'subjectAltName=DNS:kindly-test.example\n' >san.ext
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
    -extfile san.ext -out data/server.crt 2>/dev/null
  chmod 600 data/server.key
  rm -f ca.key server.csr san.ext ca.srl
) || die "openssl could not make the test server's certificate (is the openssl package installed?)"
[ -z "${as_pg[*]}" ] || chown postgres: "$dir/data/server.key" "$dir/data/server.crt"
# Test data is thrown away, so durability is traded for speed.
cat >>"$dir/data/postgresql.conf" <<EOF
ssl = on
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF

# A port that looks free can be taken before the server binds it (another
# run starting at the same moment): then try another one.
for _ in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 12000))
  (: </dev/tcp/127.0.0.1/"$port") 2>/dev/null && continue
  rm -f "$dir/server.log"
  started=yes
  if pg pg_ctl start -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 30 >"$dir/pg_ctl.log" 2>&1; then
    break
  fi
  pg pg_ctl stop -D "$dir/data" -m immediate -w >/dev/null 2>&1 || true
  started=
  grep -q 'could not bind' "$dir/server.log" 2>/dev/null && continue
  cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null || true
  die "the PostgreSQL server did not start within 30 s: the output above says why"
done
[ -n "$started" ] || die "found no free port for PostgreSQL on 127.0.0.1"

# The control script lives in a folder of the caller's own, not in the
# server's (which the postgres user could write to, and root runs it).
ctl_dir=$(mktemp -d "${TMPDIR:-/tmp}/kindly-pg-ctl.XXXXXX")
{
  printf '#!/usr/bin/env bash\n'
  printf '# with-postgres.sh control of the test server: stop (as a crash would) or start.\n'
  printf 'set -euo pipefail\ncd %q\n' "$dir"
  printf 'case "${1:-}" in\n'
  # This server trades durability for speed (synchronous_commit off): a
  # crash-stop would lose the last moments' commits (the logins a test has
  # just made), which a server with its defaults keeps. A checkpoint first
  # keeps them here too; connections are still cut as in a crash.
  printf '  stop) %q "$KINDLY_TEST_POSTGRES" -qAt -c CHECKPOINT >/dev/null\n' "$bin/psql"
  printf '        exec %s %q stop -D data -m immediate -w -t 30 ;;\n' "${as_pg[*]}" "$bin/pg_ctl"
  printf '  start) exec %s %q start -D data -l server.log -o %q -w -t 30 ;;\n' "${as_pg[*]}" "$bin/pg_ctl" "-p $port"
  printf '  *) echo "usage: $0 stop|start" >&2; exit 2 ;;\nesac\n'
} >"$ctl_dir/pg-ctl"
chmod 700 "$ctl_dir/pg-ctl"

export KINDLY_TEST_POSTGRES="postgres://kindly_admin:$password@127.0.0.1:$port/postgres"
export KINDLY_TEST_POSTGRES_CA="$dir/ca.pem"
export KINDLY_TEST_POSTGRES_CTL="$ctl_dir/pg-ctl"
status=0
"$@" || status=$?
exit "$status"
