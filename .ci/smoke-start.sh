#!/usr/bin/env bash
# Runs `npm start` on a fresh data folder as a new user would, waits for both addresses, checks
# the admin login page and the seeded plan page, directly and through nginx with the repository's
# configuration (cms/deploy/nginx-du-an-8.conf), then stops it with Ctrl-C (SIGINT).
set -euo pipefail
work=$(mktemp -d)
log="$work/start.log"
proxy_port=8088
export DATA_DIR="$work/data" MEDIA_DIR="$work/media"
export TRUSTED_PROXIES=127.0.0.1 CMS_PUBLIC_URL="http://127.0.0.1:$proxy_port" SITE_URL="http://127.0.0.1:$proxy_port"
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

# The same through nginx: one address, the portal at /, the admin at /admin, the API at /api.
mkdir -p "$work/nginx" && chmod 755 "$work" "$work/nginx"
sed -e "s/listen 80;/listen 127.0.0.1:$proxy_port;/" -e '/listen \[::\]:80;/d' cms/deploy/nginx-du-an-8.conf >"$work/nginx/site.conf"
cat >"$work/nginx/nginx.conf" <<CONF
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy; fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  include $work/nginx/site.conf;
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" || fail "nginx did not start: $(cat "$work/nginx/error.log")"
stop_nginx() { kill -QUIT "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true; }
proxy="http://127.0.0.1:$proxy_port"
via=$(curl -fsS --compressed "$proxy/ke-hoach/ke-hoach-thuc-hien-du-an-8-huyen-nhu-thanh/") || { stop_nginx; fail "plan page not served through nginx"; }
grep -qF '14 tổ truyền thông cộng đồng' <<<"$via" || { stop_nginx; fail "plan page through nginx lacks its targets"; }
curl -fsS -H 'Accept-Language: vi' "$proxy/admin/login" | grep -q 'Đăng nhập' || { stop_nginx; fail "admin login page not served through nginx"; }
refused=$(curl -sS -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"email":"ai@example.test","password":"sai-mat-khau-day"}' "$proxy/api/users/login")
[ "$refused" = 401 ] || { stop_nginx; fail "a wrong login through nginx answered $refused, not 401"; }
stop_nginx

kill -INT -- "-$pid"
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$pid" 2>/dev/null; then fail "npm start did not stop on Ctrl-C"; fi
if curl -s -o /dev/null http://localhost:3000/admin/login || curl -s -o /dev/null http://localhost:4321/; then
  fail "a server is still answering after Ctrl-C"
fi
rm -rf "$work"
echo "npm start smoke test passed"
