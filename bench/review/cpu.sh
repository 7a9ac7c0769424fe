#!/usr/bin/env bash
# CPU time of the app per request, for a machine too busy for throughput figures: requests are sent one after the
# other with curl, and the app process's CPU time (all its threads, /proc/<pid>/stat) is read before and after.
# Usage: bash bench/review/cpu.sh <data folder left by run.sh> <app folder> [<app folder> ...]
# An app folder may carry JVM flags after a '@', as in run.sh: app/quarkus-app@-Dquarkus.datasource.jdbc.url=...
# The API is called with an API token (POST /api/tokens, Authorization: Bearer), as a client should; BASIC=1 adds
# GET /api/reviews/due with HTTP Basic (a bcrypt check per call).
# Each app starts on a copy of the data folder; per endpoint WARM requests (20) are not counted, then N (50; 5 for
# the slow /kemajuan of the build before issue 14 if SLOW_KEMAJUAN=1) are. The ratio is health's CPU per request
# over the endpoint's: what throughput ratios come to when the CPU, not the wait, is the limit.
set -euo pipefail
SRC=$1; shift; PORT=${PORT:-18296}; PW=Kilat-Hujan-8472-Merah; URL=http://127.0.0.1:$PORT
WARM=${WARM:-20}; N=${N:-50}
for ARG in "$@"; do
  APP=${ARG%%@*}; FLAGS=""; [ "$ARG" != "$APP" ] && FLAGS=${ARG#*@}
  D=$(mktemp -d /tmp/simak-cpu.XXXX); cp -r $SRC/. $D/; rm -f $D/bench.jfr
  java $FLAGS -Dsimak.data-dir=$D -Dquarkus.http.port=$PORT -Dquarkus.management.port=$((PORT + 1)) -jar $APP/quarkus-run.jar > $D.log 2>&1 &
  PID=$!
  for i in $(seq 1 480); do curl -sf $URL/q/health/ready >/dev/null && break; sleep 0.5; done
  cookie() { curl -s -o /dev/null -c - -d "j_username=$1&j_password=$PW" $URL/j_security_check | awk '$6=="simak-sesi"{print "simak-sesi=" $7}'; }
  ULAS=$(cookie bench-ulas); MAJU=$(cookie bench-maju)
  TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"bench-ulas\",\"password\":\"$PW\",\"name\":\"bench\"}" \
    $URL/api/tokens | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  cpu() { awk '{print $14+$15}' /proc/$PID/stat; }
  echo "== $ARG (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  echo "| endpoint | CPU ms per request | ratio to /q/health/live |"
  HEALTH=""
  m() { local label=$1 warm=$2 n=$3; shift 3
    for i in $(seq 1 $warm); do curl -s -o /dev/null "$@"; done
    local a; a=$(cpu)
    for i in $(seq 1 $n); do curl -s -o /dev/null "$@"; done
    local b; b=$(cpu)
    local ms; ms=$(awk -v a=$a -v b=$b -v n=$n -v t=$(getconf CLK_TCK) 'BEGIN{printf "%.2f", (b-a)*1000/t/n}')
    [ -z "$HEALTH" ] && HEALTH=$ms
    echo "| $label | $ms | $(awk -v h=$HEALTH -v m=$ms 'BEGIN{printf "%.3f", (m > 0) ? h / m : 0}') |"
  }
  m "/q/health/live" 200 500 $URL/q/health/live
  m "/ulasan, 250 due" $WARM $N -H "Cookie: $ULAS" $URL/ulasan
  m "GET /api/reviews/due, 250 due (bearer)" $WARM $N -H "Authorization: Bearer $TOKEN" $URL/api/reviews/due
  [ "${BASIC:-0}" = 1 ] && m "GET /api/reviews/due, 250 due (Basic)" 5 20 -u bench-ulas:$PW $URL/api/reviews/due
  m "reader /artikel/1" $WARM $N -H "Cookie: $ULAS" $URL/artikel/1
  m "POST /ulasan/kartu/{id}/nilai" $WARM $N -H "Cookie: $ULAS" -d nilai=GOOD $URL/ulasan/kartu/10000002/nilai
  m "POST /api/reviews (bearer, durable)" $WARM $N -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"cardId":10000001,"rating":"GOOD","durationMs":1000}' $URL/api/reviews
  if [ "${SLOW_KEMAJUAN:-0}" = 1 ]; then m "/kemajuan, 20,000 reviews" 2 5 -H "Cookie: $MAJU" $URL/kemajuan
  else m "/kemajuan, 20,000 reviews" $WARM $N -H "Cookie: $MAJU" $URL/kemajuan; fi
  kill $PID; wait $PID 2>/dev/null || true
done
