#!/usr/bin/env bash
# What a user with an older Node sees: `npm start` stops at once with a clear message (exit 1),
# before building anything. Skipped when the Node on PATH is new enough.
set -uo pipefail
version=$(node -p 'process.versions.node')
if node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'; then
  echo "Node $version is new enough: nothing to check"; exit 0
fi
output=$(timeout 60 npm start 2>&1); code=$?
if [ "$code" -ne 1 ]; then echo "OLD NODE FAIL: npm start on Node $version exited $code, not 1"; echo "$output" | tail -20; exit 1; fi
grep -q 'Cần Node.js 22.12 trở lên' <<<"$output" || { echo "OLD NODE FAIL: no clear message on Node $version"; echo "$output" | tail -20; exit 1; }
echo "npm start on Node $version stops with: $(grep -m1 'Cần Node.js' <<<"$output")"
