#!/usr/bin/env bash
# Runs `npm start` on a fresh data folder as a new user would, waits for both addresses, checks
# the admin login page and the seeded plan page, then stops it with Ctrl-C (SIGINT).
set -euo pipefail
work=$(mktemp -d)
log="$work/start.log"
export DATA_DIR="$work/data" MEDIA_DIR="$work/media"
mkdir -p "$MEDIA_DIR"
if curl -s -o /dev/null http://localhost:3000/ || curl -s -o /dev/null http://localhost:4321/; then
  echo "SMOKE FAIL: ports 3000/4321 are already in use"; exit 1
fi
# Job control gives `npm start` its own process group, so Ctrl-C can be simulated as a terminal
# sends it: SIGINT to every process of the group at once.
set -m
npm start >"$log" 2>&1 &
pid=$!
set +m
fail() { echo "SMOKE FAIL: $*"; tail -60 "$log"; kill -INT -- "-$pid" 2>/dev/null || true; exit 1; }

# Each server prints its address when it listens; `npm start` says "Sẵn sàng" once both answer.
for _ in $(seq 1 300); do
  grep -q 'Sẵn sàng' "$log" && break
  kill -0 "$pid" 2>/dev/null || fail "npm start exited early"
  sleep 1
done
grep -q 'Sẵn sàng' "$log" || fail "npm start did not report ready within 300 s"

admin=$(curl -fsS -H 'Accept-Language: vi' http://localhost:3000/admin/login) || fail "admin login page not served"
grep -q 'Đăng nhập' <<<"$admin" || fail "admin login page is not the Vietnamese Payload login"

plan=$(curl -fsS http://localhost:4321/ke-hoach/ke-hoach-thuc-hien-du-an-8-huyen-nhu-thanh/) || fail "plan page not served"
for expected in 'Đăng lúc: 07:59:59 12/12/2023 (GMT+7)' '14 tổ truyền thông cộng đồng' 'ĐIỆN THOẠI HỮU ÍCH' '02373.742.289'; do
  grep -qF "$expected" <<<"$plan" || fail "plan page lacks: $expected"
done
grep -q 'Mật khẩu' "$log" || fail "the generated admin password was not printed"

kill -INT -- "-$pid"
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$pid" 2>/dev/null; then fail "npm start did not stop on Ctrl-C"; fi
if curl -s -o /dev/null http://localhost:3000/admin/login || curl -s -o /dev/null http://localhost:4321/; then
  fail "a server is still answering after Ctrl-C"
fi
rm -rf "$work"
echo "npm start smoke test passed"
