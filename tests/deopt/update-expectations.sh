#!/usr/bin/env bash
# Regenerate expected outputs for tests/deopt/**/*.js using node.
#   <name>.out    = exact stdout of `node --allow-natives-syntax <name>.js`
#                   (cwd = the file's directory)
#   <name>.status = exit code + newline, only when node exits non-zero
# The `// deopt:` expectations are written by hand (see tests/deopt.rs).
set -euo pipefail

TESTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NODE="${NODE:-node}"

count=0
failed=0
while IFS= read -r -d '' js; do
  dir="$(dirname "$js")"
  base="$(basename "$js" .js)"
  out="$dir/$base.out"
  status_file="$dir/$base.status"
  set +e
  (cd "$dir" && "$NODE" --allow-natives-syntax "$base.js" >"$out.tmp" 2>/dev/null)
  rc=$?
  set -e
  mv "$out.tmp" "$out"
  if [ "$rc" -ne 0 ]; then
    printf '%s\n' "$rc" >"$status_file"
    failed=$((failed + 1))
  else
    rm -f "$status_file"
  fi
  count=$((count + 1))
done < <(find "$TESTS" -type f -name '*.js' -print0 | LC_ALL=C sort -z)

echo "updated $count tests ($failed with non-zero exit status)"
