#!/usr/bin/env bash
# Makes a class-data sharing archive (AppCDS, JDK 17's dynamic archive) of every class a start of the packaged app
# loads, so that later starts map them instead of reading, parsing and verifying some 16,000 classes from the jars
# (issue 14, item 6; docs/deploy.md, "Start-up and memory"). Usage, after `./mvnw package`, from the folder you will
# start the app from:
#   bash bench/startup/app-cds.sh [app folder, default target/quarkus-app] [java options of your start, e.g. -Dquarkus.profile=pg]
# Then start with the same folder and jar path:
#   java -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa -jar target/quarkus-app/quarkus-run.jar
# The archive records the jar's path as given (a relative path must be started from the same folder) and the jars'
# sizes and times: after a new package, or on another JDK build, the JVM silently starts without it (make it again).
# The training start uses an empty data folder of its own (so it imports and drafts the seed articles, and the
# archive holds the analysis as well), free ports, and is stopped once /q/health/ready answers and a few pages were
# served; the JVM writes the archive as it exits. With the pg profile it connects to the database it is given.
set -eu
APP=${1:-target/quarkus-app}; [ $# -gt 0 ] && shift
APP=${APP%/}
JAR=$APP/quarkus-run.jar; [ "$APP" = "." ] && JAR=quarkus-run.jar
ARCHIVE=${JAR%quarkus-run.jar}app-cds.jsa
PORT=${PORT:-18380}
[ -f "$JAR" ] || { echo "No $JAR: package the app first (./mvnw -B package -DskipTests)" >&2; exit 1; }
D=$(mktemp -d /tmp/simak-cds.XXXX)
rm -f "$ARCHIVE"
java -XX:ArchiveClassesAtExit="$ARCHIVE" "$@" -Dsimak.data-dir=$D -Dquarkus.http.port=$PORT \
  -Dquarkus.management.port=$((PORT + 1)) -jar "$JAR" > $D.log 2>&1 &
PID=$!
for i in $(seq 1 1200); do
  curl -sf http://127.0.0.1:$PORT/q/health/ready >/dev/null && break
  kill -0 $PID 2>/dev/null || { echo "The training start failed: $D.log" >&2; exit 1; }
  sleep 0.25
done
for p in / /masuk /daftar /q/health/live /artikel; do curl -s -o /dev/null http://127.0.0.1:$PORT$p; done
kill $PID; wait $PID || true
[ -s "$ARCHIVE" ] || { echo "No archive written: $D.log" >&2; exit 1; }
rm -rf $D $D.log
echo "$ARCHIVE: $(( $(stat -c %s "$ARCHIVE") / 1048576 )) MB; start with: java -XX:SharedArchiveFile=$ARCHIVE ... -jar $JAR"
