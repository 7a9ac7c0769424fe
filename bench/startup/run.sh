#!/usr/bin/env bash
# Start-up time and idle memory of packaged apps (issue 14, item 6). Usage, from the project folder:
#   bash bench/startup/run.sh target/quarkus-app [old/quarkus-app@-XX:+UseSerialGC ...]
# For each argument (an app folder, optionally '@' and JVM flags): a start on a fresh data folder (seed import,
# draft generation), then a restart on the same folder; after each, five page requests that need no analysis
# (/, /masuk, /q/health/live, /daftar, /masuk), two seconds idle, then Quarkus' "started in" and the process's RSS.
# Each app runs from its own folder (an AppCDS archive, app-cds.jsa, records the class path relative to it: give
# '@-XX:SharedArchiveFile=app-cds.jsa'), with the project's seeds/ and quizzes/. The process's CPU time (user +
# system, all threads; and of the main thread alone) when /q/health/live first answered (the start path: the HTTP
# server is up) and when /q/health/ready did (since the quizzes/ import moved after start, readiness also waits for
# the start-up work: the quizzes/ files and the seed drafts). "dictionaries": whether Quarkus' log shows them loaded
# before its "started in" line (on the start path) or after it (by the worker after start). The draft column: when
# the seed article's draft questions were stored after "started in" (DraftWorker's log line), or at start (before it).
# "seed import": the thread that logged the seed import on a fresh start ("main": on the start path, before issue 14's
# sixth pass; "executor-thread-…": the start-up worker, after start).
# The app-cds.jsa of a folder: bench/startup/app-cds.sh, run in that folder with '.' (docs/deploy.md).
# LATE=30: also the RSS after that many more seconds idle (a JVM with -XX:G1PeriodicGCInterval gives memory back
# only after an idle interval; docs/deploy.md, "Start-up and memory").
set -u
PORT=${PORT:-18293}
LATE=${LATE:-0}
PROJECT=$(pwd)
echo "| build | start | started in | CPU until live | main thread CPU until live | CPU until ready | RSS after start and five pages | dictionaries | seed import | draft after start | RSS after the draft | RSS $LATE s later |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for ARG in "$@"; do
  APP=${ARG%%@*}; FLAGS=""; [ "$ARG" != "$APP" ] && FLAGS=${ARG#*@}
  D=$(mktemp -d /tmp/simak-start.XXXX)
  for run in fresh restart; do
    (cd $APP && exec java $FLAGS -Dsimak.data-dir=$D -Dsimak.seeds-dir=$PROJECT/seeds -Dsimak.quizzes-dir=$PROJECT/quizzes \
      -Dquarkus.http.port=$PORT -Dquarkus.management.port=$((PORT + 1)) -jar quarkus-run.jar) > $D-$run.log 2>&1 &
    PID=$!
    # CPU time (user + system, all threads) the process spent until live and until ready: less moved by other load
    # than time
    # (a start that failed, e.g. Flyway's first connection timed out on a very busy machine, ends the wait)
    for i in $(seq 1 9600); do curl -sf http://127.0.0.1:$PORT/q/health/live >/dev/null && break; kill -0 $PID 2>/dev/null || break; sleep 0.025; done
    kill -0 $PID 2>/dev/null || { echo "| $ARG | $run | the start failed: $D-$run.log |"; continue; }
    LIVE=$(awk -v t=$(getconf CLK_TCK) '{printf "%.1f s", ($14+$15)/t}' /proc/$PID/stat)
    # the threads named "java" (the launcher's and the main thread, which runs Quarkus' start), without the JIT
    # compilers, the collector, Vert.x and the worker: on an otherwise idle machine a start takes at least this long
    MAIN=$(for t in /proc/$PID/task/*; do [ "$(cat $t/comm)" = java ] && cat $t/stat; done |
      awk -v t=$(getconf CLK_TCK) '{s += $14 + $15} END {printf "%.2f s", s / t}')
    for i in $(seq 1 9600); do curl -sf http://127.0.0.1:$PORT/q/health/ready >/dev/null && break; kill -0 $PID 2>/dev/null || break; sleep 0.025; done
    CPU=$(awk -v t=$(getconf CLK_TCK) '{printf "%.1f s", ($14+$15)/t}' /proc/$PID/stat)
    for p in / /masuk /q/health/live /daftar /masuk; do curl -s -o /dev/null http://127.0.0.1:$PORT$p; done
    sleep 2
    RSS=$(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 ))
    # After the idle RSS: wait (at most 60 s) for the draft worker, if it has anything to draft.
    WORKER=0; unzip -l $APP/app/*.jar 2>/dev/null | grep -q 'quiz/DraftWorker.class' && WORKER=1
    for i in $(seq 1 240); do [ $WORKER = 1 ] && [ $run = fresh ] || break; grep -q 'made after start' $D-$run.log && break; sleep 0.25; done
    DRAFT=$(grep -oE 'made after start in [0-9]+ ms' $D-$run.log | grep -oE '[0-9]+ ms' || echo '-')
    RSS2=$(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 ))
    # "before start": the dictionary line precedes "started in" in the log; "after start": it follows it
    DICT=$(awk '/started in [0-9.]+s/ {s = 1} /thesaurus loaded in/ {match($0, /loaded in [0-9]+ ms/); t = substr($0, RSTART + 10, RLENGTH - 10);
      print (s ? "after start, " : "before start, ") t; exit}' $D-$run.log)
    RSS3=-; [ "$LATE" -gt 0 ] && sleep $LATE && RSS3="$(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 )) MB"
    SEED=$(grep -E 'Imported [0-9]+ seed article' $D-$run.log | grep -oE '\([^)]+\)' | head -1 | tr -d '()')
    echo "| $ARG | $run | $(grep -oE 'started in [0-9.]+s' $D-$run.log | grep -oE '[0-9.]+s') | $LIVE | $MAIN | $CPU | $RSS MB | ${DICT:-not loaded} | ${SEED:--} | $DRAFT | $RSS2 MB | $RSS3 |"
    kill $PID; wait $PID 2>/dev/null
  done
done
