#!/bin/bash
# Login throughput with and without the limiter (issue 12). Usage: src/bench/login-throughput.sh target/quarkus-app
set -u
mkdir -p "${BENCH_DIR:-/tmp/simak-login-bench}"
APP=$1
PORT=8391
AUTH_OK=$(printf 'bench-login:kata-sandi-uji-99' | base64)
AUTH_BAD=$(printf 'bench-login:salah-salah-salah' | base64)
for mode in true false; do
  rm -rf ${BENCH_DIR:-/tmp/simak-login-bench}/data; mkdir -p ${BENCH_DIR:-/tmp/simak-login-bench}/data
  SIMAK_DATA_DIR=${BENCH_DIR:-/tmp/simak-login-bench}/data java -Dquarkus.http.port=$PORT -Dsimak.login.limit.enabled=$mode \
    -jar $APP/quarkus-run.jar > ${BENCH_DIR:-/tmp/simak-login-bench}/app-$mode.log 2>&1 &
  PID=$!
  for i in $(seq 1 120); do curl -s -o /dev/null http://127.0.0.1:$PORT/masuk && break; sleep 1; done
  curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' \
    -d '{"username":"bench-login","password":"kata-sandi-uji-99","displayName":"Bench"}' http://127.0.0.1:$PORT/api/accounts
  echo "== limiter enabled=$mode: right password (HTTP Basic GET /api/me)"
  wrk -t2 -c4 -d15s --timeout 10s -H "Authorization: Basic $AUTH_OK" http://127.0.0.1:$PORT/api/me
  echo "== limiter enabled=$mode: wrong password"
  wrk -t2 -c4 -d15s --timeout 10s -H "Authorization: Basic $AUTH_BAD" http://127.0.0.1:$PORT/api/me
  kill $PID; wait $PID 2>/dev/null
done
