#!/usr/bin/env bash
# Regenerate expected outputs for tests/js/**/*.js using node.
#   <name>.out    = exact stdout of `node <name>.js` (cwd = the file's directory)
#   <name>.status = exit code + newline, only when node exits non-zero
# Files under any directory named `_modules` are helper modules, not tests.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TESTS="$ROOT/tests/js"
NODE="${NODE:-node}"

count=0
failed=0
while IFS= read -r -d '' js; do
  case "$js" in
    */_modules/*) continue ;;
  esac
  dir="$(dirname "$js")"
  base="$(basename "$js" .js)"
  out="$dir/$base.out"
  status_file="$dir/$base.status"
  # `// Env: NAME=value …` at the top: run with those variables.
  env_vars="$(sed -n 's|^// Env: ||p' "$js" | head -1)"
  set +e
  # shellcheck disable=SC2086
  (cd "$dir" && env $env_vars "$NODE" "$base.js" >"$out.tmp" 2>/dev/null)
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
