#!/usr/bin/env bash
# p99 of the three views on a generated school (issue 14, item 5), for one or more packaged apps in turn.
# Usage, from the project folder:
#   bash bench/school/run.sh pg|h2 DB-or-DATA-FOLDER LEARNERS CLASSES REQUESTS REPORT_REQUESTS app-dir [app-dir ...]
# pg: each app (built with -Dquarkus.profile=pg) runs on jdbc:postgresql://127.0.0.1:5432/DB; h2: on the data folder
# (a copy is not made: Flyway's migrations, V23 for a new build, stay applied). Each app is started, asked once
# for each view as a warm-up by bench/school/p99.py's own warm-up, measured, and stopped. Prints the load average
# before each app. Environment: PORT (18295).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
KIND=$1; WHERE=$2; LEARNERS=$3; CLASSES=$4; REQUESTS=$5; REPORT=$6; shift 6
PORT=${PORT:-18295}
for APP in "$@"; do
  LOG=$(mktemp /tmp/simak-school-run.XXXX.log)
  if [ "$KIND" = pg ]; then
    java -Dquarkus.profile=pg -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$WHERE \
      -Dsimak.data-dir=$(mktemp -d /tmp/simak-school-run.XXXX) -Dquarkus.http.port=$PORT -jar $APP/quarkus-run.jar > $LOG 2>&1 &
  else
    java -Dsimak.data-dir=$WHERE -Dquarkus.http.port=$PORT -jar $APP/quarkus-run.jar > $LOG 2>&1 &
  fi
  PID=$!
  for i in $(seq 1 600); do curl -sf http://127.0.0.1:$PORT/q/health/ready > /dev/null && break; sleep 0.5; done
  echo "== $APP ($KIND), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 $HERE/p99.py http://127.0.0.1:$PORT $LEARNERS $REQUESTS $CLASSES $REPORT
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  kill $PID; wait $PID || true
done
