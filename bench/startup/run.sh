#!/usr/bin/env bash
# Start-up time and idle memory of packaged apps (issue 14, item 6). Usage, from the project folder:
#   bash bench/startup/run.sh target/quarkus-app [old/quarkus-app@-XX:+UseSerialGC ...]
# For each argument (an app folder, optionally '@' and JVM flags): a start on a fresh data folder (seed import,
# draft generation), then a restart on the same folder; after each, five page requests that need no analysis
# (/, /masuk, /q/health/live, /daftar, /masuk), two seconds idle, then Quarkus' "started in" and the process's RSS.
# Each app runs from its own folder (an AppCDS archive, app-cds.jsa, records the class path relative to it: give
# '@-XX:SharedArchiveFile=app-cds.jsa'), with the project's seeds/ and quizzes/. The last column: when the seed
# article's draft questions were stored after "started in" (DraftWorker's log line), or at start (before it).
set -u
PORT=${PORT:-18293}
PROJECT=$(pwd)
echo "| build | start | started in | CPU until ready | RSS after start and five pages | dictionary and thesaurus | draft after start | RSS after the draft |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for ARG in "$@"; do
  APP=${ARG%%@*}; FLAGS=""; [ "$ARG" != "$APP" ] && FLAGS=${ARG#*@}
  D=$(mktemp -d /tmp/simak-start.XXXX)
  for run in fresh restart; do
    (cd $APP && exec java $FLAGS -Dsimak.data-dir=$D -Dsimak.seeds-dir=$PROJECT/seeds -Dsimak.quizzes-dir=$PROJECT/quizzes \
      -Dquarkus.http.port=$PORT -Dquarkus.management.port=$((PORT + 1)) -jar quarkus-run.jar) > $D-$run.log 2>&1 &
    PID=$!
    for i in $(seq 1 960); do curl -sf http://127.0.0.1:$PORT/q/health/ready >/dev/null && break; sleep 0.25; done
    # CPU time (user + system, all threads) the process spent until it was ready: less moved by other load than time
    CPU=$(awk -v t=$(getconf CLK_TCK) '{printf "%.1f s", ($14+$15)/t}' /proc/$PID/stat)
    for p in / /masuk /q/health/live /daftar /masuk; do curl -s -o /dev/null http://127.0.0.1:$PORT$p; done
    sleep 2
    RSS=$(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 ))
    # After the idle RSS: wait (at most 60 s) for the draft worker, if it has anything to draft.
    WORKER=0; unzip -l $APP/app/*.jar 2>/dev/null | grep -q 'quiz/DraftWorker.class' && WORKER=1
    for i in $(seq 1 240); do [ $WORKER = 1 ] && [ $run = fresh ] || break; grep -q 'made after start' $D-$run.log && break; sleep 0.25; done
    DRAFT=$(grep -oE 'made after start in [0-9]+ ms' $D-$run.log | grep -oE '[0-9]+ ms' || echo '-')
    RSS2=$(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 ))
    echo "| $ARG | $run | $(grep -oE 'started in [0-9.]+s' $D-$run.log | grep -oE '[0-9.]+s') | $CPU | $RSS MB | $(grep -o 'thesaurus loaded in [0-9]* ms' $D-$run.log | grep -o '[0-9]* ms' || echo 'not loaded') | $DRAFT | $RSS2 MB |"
    kill $PID; wait $PID 2>/dev/null
  done
done
