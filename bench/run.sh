#!/usr/bin/env bash
# Runs each bench/*.js with unspool (release), `node --jitless` and `node`
# in the same session and prints wall times with ratios. Machines are shared
# and noisy: compare ratios, and take the best of N runs (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"
cargo build --release --quiet
UNSPOOL=target/release/unspool
best() { # best wall time in ms of "$@" over $RUNS runs
  local best=""
  for _ in $(seq "$RUNS"); do
    local s e t
    s=$(date +%s%N); "$@" > /dev/null 2>&1; e=$(date +%s%N)
    t=$(( (e - s) / 1000000 ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  echo "$best"
}
printf '%-12s %10s %14s %10s %16s %10s\n' benchmark unspool "node --jitless" node "unspool/jitless" "unspool/node"
for f in bench/*.js; do
  u=$(best "$UNSPOOL" "$f")
  if command -v node > /dev/null; then
    j=$(best node --jitless "$f" 2>/dev/null); n=$(best node "$f")
    printf '%-12s %8sms %12sms %8sms %16s %12s\n' "$(basename "$f" .js)" "$u" "$j" "$n" \
      "$(awk "BEGIN{printf \"%.2fx\", $u/$j}")" "$(awk "BEGIN{printf \"%.2fx\", $u/$n}")"
  else
    printf '%-12s %8sms %14s\n' "$(basename "$f" .js)" "$u" "(no node)"
  fi
done
