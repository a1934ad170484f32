#!/bin/sh
# The core's bands, checked (`make lint`): rules import neither store nor use
# cases, the store imports no use case, and only the store names rusqlite.
# Test modules (from a `#[cfg(test)]` line to the end of a file, and files
# declared under one) may cross bands: a test drives the notebook whole.
set -eu
cd "$(dirname "$0")/../src"

# A file's code before its first `#[cfg(test)]`, comments left out.
code() { awk '/^ *#\[cfg\(test\)\]/ { exit } !/^ *\/\// { print }' "$1"; }

# Files a `#[cfg(test)] mod name;` declares: wholly test code.
test_files=$(grep -rn -A1 '^ *#\[cfg(test)\]' --include='*.rs' . |
  sed -n 's#^\./\(.*/\)\{0,1\}[^/]*\.rs-[0-9]*- *mod \([a-z_]*\);#\1\2.rs#p')

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

check ./rules 'crate::(store|use_cases)|\brusqlite\b' \
  "the rules band is pure: it names no store, use case or database driver"
check ./use_cases '\brusqlite\b' \
  "only the store band names rusqlite: add a store operation (store/*.rs) and implement it in store/sqlite/"
check ./store 'crate::use_cases' \
  "the store band imports no use case: a store operation takes rules types and rows"
for f in ./*.rs; do
  if code "$f" | grep -Eq '\brusqlite\b'; then
    echo "$f: only the store band names rusqlite" >&2
    failed=1
  fi
done
exit $failed
