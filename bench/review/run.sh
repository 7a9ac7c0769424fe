#!/usr/bin/env bash
# Throughput of the review loop, the reader and the progress page of a packaged app, as ratios to /q/health/live
# measured in the same run (issue 14, item 2). Usage, from the project folder after ./mvnw -B -o package -DskipTests:
#   bash bench/review/run.sh target/quarkus-app [other/quarkus-app ...]
# An argument may carry JVM flags for its app after a '@': old/quarkus-app@-Dsome.setting=1
# Each app gets a fresh data folder: three accounts are registered through the API, the app is stopped,
# bench/review/seed.sql adds 250 due cards to bench-ulas and 1,000 cards with 20,000 reviews to bench-maju,
# and the app is started again. Then wrk (-t2 -c$CONN -d$DURATION --timeout 30s after a 3 s warm-up) runs
# against each endpoint. Environment: PORT (18291), DURATION (10s), CONN (16; the issue's -c64 suits an idle
# machine, on a shared one most requests then wait longer than wrk's default 2 s timeout and count as none),
# WARMUP (3s, the unmeasured wrk run before each measured one), JFR=1 to record a flight recording of each app's
# measurements into <data folder>/bench.jfr, BASIC_ROWS=1 to add
# GET /api/reviews/due with HTTP Basic (a bcrypt check per call; the API is otherwise called with an API token).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=${PORT:-18291}; DURATION=${DURATION:-10s}; PW=Kilat-Hujan-8472-Merah
URL=http://127.0.0.1:$PORT
POST_LUA=$(mktemp /tmp/simak-rate.XXXX.lua)

start() { # app dir, data dir, extra JVM flags...
  local app=$1 data=$2; shift 2
  java "$@" -Dsimak.data-dir=$data -Dquarkus.http.port=$PORT -Dquarkus.management.port=$((PORT + 1)) -jar $app/quarkus-run.jar > $data.log 2>&1 &
  echo $! > $data.pid
  for i in $(seq 1 240); do curl -sf $URL/q/health/ready >/dev/null && return; sleep 0.5; done
  echo "the app did not start, see $data.log"; exit 1
}
stop() { kill $(cat $1.pid); while kill -0 $(cat $1.pid) 2>/dev/null; do sleep 0.2; done; }
register() { curl -sf -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"$PW\",\"displayName\":\"$1\"}" $URL/api/accounts; }
cookie() { # the form login's cookie header of an account
  curl -s -o /dev/null -c - -d "j_username=$1&j_password=$PW" $URL/j_security_check | awk '$6=="simak-sesi"{print "simak-sesi=" $7}'
}
rate() { # label, wrk arguments...: prints requests/s
  local label=$1; shift
  wrk -t2 -c${CONN:-16} -d${WARMUP:-3s} --timeout 30s "$@" > /dev/null
  local cpu0; cpu0=$(awk '{print $14+$15}' /proc/$(cat $DATA.pid)/stat)
  local out; out=$(wrk -t2 -c${CONN:-16} -d$DURATION --timeout 30s --latency "$@")
  local cpu1; cpu1=$(awk '{print $14+$15}' /proc/$(cat $DATA.pid)/stat)
  local done; done=$(echo "$out" | awk '/requests in/{print $1}')
  local rps; rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  local non2xx; non2xx=$(echo "$out" | awk '/Non-2xx/{print $5}')
  local p50; p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  local p99; p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  # CPU time of the app process (all its threads: JIT and GC included) per completed request (the parentheses
  # keep awk from reading "print n > ..." as writing to a file named "-")
  local cpums; cpums=$(awk -v a=$cpu0 -v b=$cpu1 -v n=${done:-0} -v t=$(getconf CLK_TCK) 'BEGIN{print (n > 0 ? (b-a)*1000/t/n : "-")}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$rps" "${non2xx:-0}" "$p50" "$p99" "$cpums" >> $RESULTS
}

for ARG in "$@"; do
  APP=${ARG%%@*}; FLAGS=""; [ "$ARG" != "$APP" ] && FLAGS=${ARG#*@}
  DATA=$(mktemp -d /tmp/simak-review-bench.XXXX)
  RESULTS=$DATA.tsv; : > $RESULTS
  start $APP $DATA $FLAGS
  register bench-guru; register bench-ulas; register bench-maju
  stop $DATA
  H2=$(ls $APP/lib/main/com.h2database.h2-*.jar)
  java -cp $H2 org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/simak" -user simak -password simak -script $HERE/seed.sql
  if [ "${JFR:-0}" = 1 ]; then start $APP $DATA $FLAGS -XX:StartFlightRecording=filename=$DATA/bench.jfr,settings=profile
  else start $APP $DATA $FLAGS; fi
  ULAS=$(cookie bench-ulas); MAJU=$(cookie bench-maju); GURU=$(cookie bench-guru)
  BASIC="Authorization: Basic $(printf 'bench-ulas:%s' $PW | base64 -w0)"
  TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"bench-ulas\",\"password\":\"$PW\",\"name\":\"bench\"}" \
    $URL/api/tokens | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  BEARER="Authorization: Bearer $TOKEN"
  TOKEN0=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"bench-guru\",\"password\":\"$PW\",\"name\":\"bench\"}" \
    $URL/api/tokens | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  ART=$(curl -sf -u bench-ulas:$PW $URL/api/articles | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
  DUE=$(curl -sf -H "Cookie: $ULAS" $URL/ulasan | grep -c 'katauji' || true)
  [ "$DUE" -gt 0 ] || { echo "no due card on /ulasan, see $DATA.log"; stop $DATA; exit 1; }
  curl -sf -o /dev/null -H "Cookie: $ULAS" $URL/artikel/$ART   # the article's analysis is made once, then cached
  rate "/q/health/live" $URL/q/health/live
  # The same page and call for an account without cards: what every signed-in request costs (identity, filters,
  # layout, transaction), the floor the rows with data stand on.
  rate "/ulasan, no cards (cookie)" -H "Cookie: $GURU" $URL/ulasan
  rate "GET /api/reviews/due, no cards (bearer)" -H "Authorization: Bearer $TOKEN0" $URL/api/reviews/due
  rate "/ulasan, 250 due (cookie)" -H "Cookie: $ULAS" $URL/ulasan
  rate "reader /artikel/$ART (cookie)" -H "Cookie: $ULAS" $URL/artikel/$ART
  rate "GET /api/reviews/due, 250 due (bearer)" -H "$BEARER" $URL/api/reviews/due
  [ "${BASIC_ROWS:-0}" = 1 ] && rate "GET /api/reviews/due, 250 due (Basic)" -H "$BASIC" $URL/api/reviews/due
  # A review of one of the due cards, again and again: each request a new review and a durable commit.
  cat > $POST_LUA <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "${BEARER#Authorization: }"
local body = '{"cardId":10000001,"rating":"GOOD","durationMs":1000}'
request = function() return wrk.format(nil, "/api/reviews", nil, body) end
LUA
  rate "POST /api/reviews (bearer, durable)" -s $POST_LUA $URL
  cat > $POST_LUA <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "$ULAS"
request = function() return wrk.format(nil, "/ulasan/kartu/10000002/nilai", nil, "nilai=GOOD") end
LUA
  rate "POST /ulasan/kartu/{id}/nilai (cookie, 303)" -s $POST_LUA $URL
  # Last: a slow page keeps the app busy with the requests wrk left behind, which would slow what follows.
  rate "/kemajuan, 20,000 reviews (cookie)" -H "Cookie: $MAJU" $URL/kemajuan
  # health again: how much the machine's load moved during the run (the ratios are to the first)
  rate "/q/health/live (again, last)" $URL/q/health/live
  stop $DATA
  echo "== $ARG (data $DATA)"
  echo "| endpoint | req/s | ratio to /q/health/live (the faster run) | non-2xx | p50 | p99 | CPU ms per request |"
  # the ratio is to the faster of the two health runs: the first one, soon after start, often is the slower
  awk -F'\t' 'NR==FNR{if ($1 ~ /^\/q\/health/ && $2 > base) base = $2; next}
    {printf "| %s | %.1f | %.4f | %s | %s | %s | %s |\n", $1, $2, $2/base, $3, $4, $5, $6}' $RESULTS $RESULTS
done
rm -f $POST_LUA
