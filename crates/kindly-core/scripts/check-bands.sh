#!/bin/sh
# The core's bands, checked (`make lint`): rules import neither store nor use
# cases, the store imports no use case, and only the store names a database
# driver (rusqlite, postgres).
# Test modules (from a `#[cfg(test)]` line to the end of a file, and files
# declared under one) may cross bands: a test drives the notebook whole.
set -eu
cd "$(dirname "$0")/../src"

# A file's code before its first `#[cfg(test)]`, comments left out.
code() { awk '/^ *#\[cfg\(test\)\]/ { exit } !/^ *\/\// { print }' "$1"; }

# Files a `#[cfg(test)] mod name;` declares: wholly test code (one line,
# space-separated, for the `case` below).
test_files=$(grep -rn -A1 '^ *#\[cfg(test)\]' --include='*.rs' . |
  sed -n 's#^\./\(.*/\)\{0,1\}[^/]*\.rs-[0-9]*- *mod \([a-z_]*\);#\1\2.rs#p' | tr '\n' ' ')

failed=0
check() { # band pattern why
  for f in $(find "$1" -name '*.rs' | sort); do
    case " $test_files " in *" ${f#./} "*) continue ;; esac
    if code "$f" | grep -Eq "$2"; then
      echo "$f: $3" >&2
      code "$f" | grep -En "$2" | sed 's/^/    /' >&2
      failed=1
    fi
  done
}

drivers='(^|[^:[:alnum:]_])(rusqlite|postgres|postgres_openssl|openssl)(::|;|\b)'

check ./rules "crate::(store|use_cases)|$drivers" \
  "the rules band is pure: it names no store, use case or database driver"
check ./use_cases "$drivers" \
  "only the store band names a database driver: add a store operation (store/*.rs) and implement it in store/sqlite/ and store/postgres/"
check ./store 'crate::use_cases' \
  "the store band imports no use case: a store operation takes rules types and rows"
for f in ./*.rs; do
  if code "$f" | grep -Eq "$drivers"; then
    echo "$f: only the store band names a database driver" >&2
    failed=1
  fi
done
exit $failed
