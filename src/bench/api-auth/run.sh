#!/bin/bash
# API authentication cost (issue 14, item 1): GET /api/reviews/due with HTTP Basic (a bcrypt check per call) and
# with a bearer token (POST /api/tokens, one indexed read per call), against /q/health/live, in one run.
#
# Usage, from the project folder after `./mvnw -B -o package -DskipTests`:
#   bash src/bench/api-auth/run.sh [target/quarkus-app]
# Settings (environment): PORT (8392), MGMT_PORT (9392), CONNECTIONS (16), DURATION (10s), WARMUP (20s, each
# endpoint once before the measured runs, not counted), KEEP=1 keeps the temp dir.
# It starts the packaged app on H2 in a new temporary folder, registers a first account (the administrator) and a
# learner, asks for the learner's token, runs wrk three times back to back and prints req/s and the ratios to
# /q/health/live. The learner has no cards, so the figures compare the cost of authentication, not of the queue.
set -eu
APP=${1:-target/quarkus-app}
PORT=${PORT:-8392}
MGMT_PORT=${MGMT_PORT:-9392}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-20s}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/simak-api-auth.XXXXXX)
PASSWORD=kata-sandi-bench-99

java -Dsimak.data-dir="$WORK/data" -Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.management.port=$MGMT_PORT -Dquarkus.management.host=127.0.0.1 \
  -jar "$APP/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
PID=$!
cleanup() {
  kill $PID 2>/dev/null || true
  wait $PID 2>/dev/null || true
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT
for i in $(seq 1 180); do
  curl -s -o /dev/null "$BASE/q/health/ready" && break
  kill -0 $PID 2>/dev/null || { echo "the app stopped, see $WORK/app.log"; KEEP=1; exit 1; }
  sleep 1
done

register() {
  curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\",\"displayName\":\"$1\"}" "$BASE/api/accounts"
}
echo "register: admin $(register bench-admin), learner $(register bench-murid)"
TOKEN=$(curl -s -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench-murid\",\"password\":\"$PASSWORD\",\"name\":\"wrk\"}" "$BASE/api/tokens" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "no token"; exit 1; }
BASIC=$(printf 'bench-murid:%s' "$PASSWORD" | base64)
echo "check: bearer $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/reviews/due")," \
  "basic $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Basic $BASIC" "$BASE/api/reviews/due")," \
  "/q/metrics on the main port $(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/metrics")," \
  "on the management port $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MGMT_PORT/q/metrics")"

WRK="wrk -t2 -c$CONNECTIONS -d$DURATION --timeout 10s"
TICK=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' /proc/$PID/stat; }
# The app's CPU time per request (user + system of its process over the run, divided by the requests): unlike
# req/s it does not depend on what else the machine is doing.
run() {
  local name=$1; shift
  echo "== $name: $WRK $*"
  local before; before=$(cpu)
  $WRK "$@" | tee "$WORK/$name.txt"
  echo "cpu_ticks $(( $(cpu) - before ))" >> "$WORK/$name.txt"
}
echo "== warm-up, $WARMUP each (not counted)"
wrk -t2 -c$CONNECTIONS -d$WARMUP "$BASE/q/health/live" > /dev/null
wrk -t2 -c$CONNECTIONS -d$WARMUP -H "Authorization: Bearer $TOKEN" "$BASE/api/reviews/due" > /dev/null
wrk -t2 -c$CONNECTIONS -d$WARMUP -H "Authorization: Bearer $TOKEN" "$BASE/api/me" > /dev/null
wrk -t2 -c$CONNECTIONS -d$WARMUP --timeout 10s -H "Authorization: Basic $BASIC" "$BASE/api/reviews/due" > /dev/null
run health "$BASE/q/health/live"
run bearer -H "Authorization: Bearer $TOKEN" "$BASE/api/reviews/due"
run basic -H "Authorization: Basic $BASIC" "$BASE/api/reviews/due"
run me -H "Authorization: Bearer $TOKEN" "$BASE/api/me"

rps() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$WORK/$1.txt"; }
cpums() {
  local n t; n=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$WORK/$1.txt"); t=$(sed -n 's/^cpu_ticks //p' "$WORK/$1.txt")
  awk "BEGIN{printf \"%.2f\", $t * 1000 / $TICK / $n}"
}
bad() { sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$WORK/$1.txt"; }
H=$(rps health); B=$(rps bearer); S=$(rps basic); M=$(rps me)
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| endpoint | req/s | ratio to /q/health/live | app CPU per request | non-2xx |"
echo "| --- | --- | --- | --- | --- |"
printf '| `/q/health/live` | %s | 1 | %s ms | %s |\n' "$H" "$(cpums health)" "$(bad health)"
printf '| `GET /api/reviews/due`, bearer token | %s | %s | %s ms | %s |\n' "$B" "$(awk "BEGIN{printf \"%.3f\", $B/$H}")" "$(cpums bearer)" "$(bad bearer)"
printf '| `GET /api/reviews/due`, HTTP Basic | %s | %s | %s ms | %s |\n' "$S" "$(awk "BEGIN{printf \"%.4f\", $S/$H}")" "$(cpums basic)" "$(bad basic)"
printf '| `GET /api/me`, bearer token (the least an authenticated call does) | %s | %s | %s ms | %s |\n' "$M" "$(awk "BEGIN{printf \"%.3f\", $M/$H}")" "$(cpums me)" "$(bad me)"
echo "bearer / basic: $(awk "BEGIN{printf \"%.0f\", $B/$S}")x the requests per second"
