#!/usr/bin/env bash
# Review throughput of the packaged app with durable commits (WRITE_DELAY=0, the configuration) and with H2's
# default write delay, alternating on one data folder. Usage: run.sh (from the project folder, after package).
set -euo pipefail
D=$(mktemp -d /tmp/simak-bench.XXXX); PORT=18181; PW=Kilat-Hujan-8472-Merah
start() { java -Xmx512m -Dsimak.data-dir=$D -Dquarkus.http.port=$PORT "$@" -jar target/quarkus-app/quarkus-run.jar > $D.log 2>&1 & echo $! > $D.pid
  for i in $(seq 1 120); do curl -sf localhost:$PORT/q/health/ready >/dev/null && return; sleep 0.5; done; echo "no start"; exit 1; }
stop() { kill $(cat $D.pid); wait $(cat $D.pid) 2>/dev/null || true; }
start
curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"guru-bench\",\"password\":\"$PW\",\"displayName\":\"Guru\"}" localhost:$PORT/api/accounts >/dev/null
curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"pelajar-bench\",\"password\":\"$PW\",\"displayName\":\"Pelajar\"}" localhost:$PORT/api/accounts >/dev/null
export AUTH=$(printf 'pelajar-bench:%s' $PW | base64 -w0)
ART=$(curl -sf -u pelajar-bench:$PW localhost:$PORT/api/articles | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["source"].startswith("seeds/")][0])')
export CARD=$(curl -s -u pelajar-bench:$PW -H 'Content-Type: application/json' -d "{\"articleId\":$ART,\"word\":\"pembangunan\"}" localhost:$PORT/api/cards/words | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for round in 1 2; do
  echo "== round $round: durable (WRITE_DELAY=0)"
  wrk -t2 -c6 -d5s -s src/bench/durability/review.lua http://localhost:$PORT >/dev/null   # warm-up
  wrk -t2 -c6 -d15s -s src/bench/durability/review.lua http://localhost:$PORT | grep -E "Requests/sec|Non-2xx|Latency"
  stop
  start "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$D/simak;AUTO_SERVER=FALSE"
  echo "== round $round: H2 default write delay (500 ms)"
  wrk -t2 -c6 -d5s -s src/bench/durability/review.lua http://localhost:$PORT >/dev/null
  wrk -t2 -c6 -d15s -s src/bench/durability/review.lua http://localhost:$PORT | grep -E "Requests/sec|Non-2xx|Latency"
  stop
  start
done
stop
