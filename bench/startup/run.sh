#!/usr/bin/env bash
# Start-up time and idle memory of packaged apps (issue 14, item 6). Usage, from the project folder:
#   bash bench/startup/run.sh target/quarkus-app [old/quarkus-app@-XX:+UseSerialGC ...]
# For each argument (an app folder, optionally '@' and JVM flags): a start on a fresh data folder (seed import,
# draft generation), then a restart on the same folder; after each, five page requests that need no analysis
# (/, /masuk, /q/health/live, /daftar, /masuk), two seconds idle, then Quarkus' "started in" and the process's RSS.
set -u
PORT=${PORT:-18293}
for ARG in "$@"; do
  APP=${ARG%%@*}; FLAGS=""; [ "$ARG" != "$APP" ] && FLAGS=${ARG#*@}
  D=$(mktemp -d /tmp/simak-start.XXXX)
  for run in fresh restart; do
    java $FLAGS -Dsimak.data-dir=$D -Dquarkus.http.port=$PORT -Dquarkus.management.port=$((PORT + 1)) -jar $APP/quarkus-run.jar > $D-$run.log 2>&1 &
    PID=$!
    for i in $(seq 1 480); do curl -sf http://127.0.0.1:$PORT/q/health/ready >/dev/null && break; sleep 0.25; done
    for p in / /masuk /q/health/live /daftar /masuk; do curl -s -o /dev/null http://127.0.0.1:$PORT$p; done
    sleep 2
    echo "| $ARG | $run | $(grep -oE 'started in [0-9.]+s' $D-$run.log | grep -oE '[0-9.]+s') | $(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 )) MB | $(grep -o 'thesaurus loaded in [0-9]* ms' $D-$run.log | grep -o '[0-9]* ms' || echo 'not loaded') |"
    kill $PID; wait $PID 2>/dev/null
  done
done
