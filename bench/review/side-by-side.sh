#!/usr/bin/env bash
# Two builds side by side with the JIT settled (docs/benchmarks.md, "Review loop, fifth pass"): both apps are started
# at once on fresh data made as run.sh makes it (three accounts, bench/review/seed.sql), each is warmed 45 s, then
# ROUNDS (3) rounds of wrk -t2 -c16 -d$D (8s) run on each endpoint, alternating between the two apps, so that the
# machine's load moves both alike. Prints one line per measurement: app, endpoint, requests/s, the app's CPU ms per
# request (all threads), non-2xx, load average. Usage, from the project folder (for seeds/):
#   bash bench/review/side-by-side.sh before/quarkus-app after/quarkus-app
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROUNDS=${ROUNDS:-3}; D=${D:-8s}; PW=Kilat-Hujan-8472-Merah
declare -A PID URL ULAS GURU TOK TOK0

setup() { # name app port
  local name=$1 app=$2 port=$3 data
  data=$(mktemp -d /tmp/simak-side.XXXX)
  URL[$name]=http://127.0.0.1:$port
  local url=${URL[$name]}
  start() {
    java -Dsimak.data-dir=$data -Dquarkus.http.port=$port -Dquarkus.management.port=$((port + 1)) \
      -jar $app/quarkus-run.jar > $data.log 2>&1 &
    PID[$name]=$!
    for i in $(seq 1 240); do curl -sf $url/q/health/ready >/dev/null && return; sleep 0.5; done
    echo "the app did not start, see $data.log"; exit 1
  }
  start
  for u in bench-guru bench-ulas bench-maju; do
    curl -sf -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"username\":\"$u\",\"password\":\"$PW\",\"displayName\":\"$u\"}" $url/api/accounts
  done
  kill ${PID[$name]}; while kill -0 ${PID[$name]} 2>/dev/null; do sleep 0.2; done
  java -cp $(ls $app/lib/main/com.h2database.h2-*.jar) org.h2.tools.RunScript -url "jdbc:h2:file:$data/simak" \
    -user simak -password simak -script $HERE/seed.sql
  start
  cookie() { curl -s -o /dev/null -c - -d "j_username=$1&j_password=$PW" $url/j_security_check | awk '$6=="simak-sesi"{print "simak-sesi=" $7}'; }
  token() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PW\",\"name\":\"bench\"}" \
    $url/api/tokens | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }
  ULAS[$name]=$(cookie bench-ulas); GURU[$name]=$(cookie bench-guru); TOK[$name]=$(token bench-ulas); TOK0[$name]=$(token bench-guru)
  curl -sf -o /dev/null -H "Cookie: ${ULAS[$name]}" $url/artikel/1
}

measure() { # name label wrk-args...
  local name=$1 label=$2; shift 2
  local c0 c1 out n
  c0=$(awk '{print $14+$15}' /proc/${PID[$name]}/stat)
  out=$(wrk -t2 -c16 -d$D --timeout 30s "$@")
  c1=$(awk '{print $14+$15}' /proc/${PID[$name]}/stat)
  n=$(echo "$out" | awk '/requests in/{print $1}')
  printf '%s\t%s\t%s\t%.3f\t%s\t%s\n' "$name" "$label" "$(echo "$out" | awk '/Requests\/sec/{print $2}')" \
    "$(awk -v a=$c0 -v b=$c1 -v n=$n -v t=$(getconf CLK_TCK) 'BEGIN{print (b-a)*1000/t/n}')" \
    "$(echo "$out" | awk '/Non-2xx/{n = $5} END {print n + 0}')" "$(cut -d' ' -f1 /proc/loadavg)"
}

row() { # which name
  local u=${URL[$2]}
  case $1 in
    health) measure $2 health $u/q/health/live ;;
    ulas0) measure $2 "/ulasan no cards" -H "Cookie: ${GURU[$2]}" $u/ulasan ;;
    api0) measure $2 "api due no cards" -H "Authorization: Bearer ${TOK0[$2]}" $u/api/reviews/due ;;
    ulas) measure $2 "/ulasan 250 due" -H "Cookie: ${ULAS[$2]}" $u/ulasan ;;
    read) measure $2 "reader /artikel/1" -H "Cookie: ${ULAS[$2]}" $u/artikel/1 ;;
    api) measure $2 "api due 250" -H "Authorization: Bearer ${TOK[$2]}" $u/api/reviews/due ;;
  esac
}

setup before $1 18501
setup after $2 18511
trap 'kill ${PID[before]} ${PID[after]} 2>/dev/null || true' EXIT
for name in before after; do
  u=${URL[$name]}
  wrk -t2 -c16 -d10s -H "Cookie: ${GURU[$name]}" $u/ulasan > /dev/null
  wrk -t2 -c16 -d10s -H "Cookie: ${ULAS[$name]}" $u/ulasan > /dev/null
  wrk -t2 -c16 -d5s -H "Authorization: Bearer ${TOK0[$name]}" $u/api/reviews/due > /dev/null
  wrk -t2 -c16 -d5s -H "Authorization: Bearer ${TOK[$name]}" $u/api/reviews/due > /dev/null
  wrk -t2 -c16 -d5s -H "Cookie: ${ULAS[$name]}" $u/artikel/1 > /dev/null
  wrk -t2 -c16 -d5s $u/q/health/live > /dev/null
done
for r in $(seq 1 $ROUNDS); do
  for w in health ulas0 api0 ulas read api; do row $w before; row $w after; done
done
