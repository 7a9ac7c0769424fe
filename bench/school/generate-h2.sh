#!/usr/bin/env bash
# One school on H2 (issue 14, item 5): 500 learners, 15 classes, 250,000 cards, about 1,000,000 review logs.
# Usage, from the project folder after ./mvnw -B -o package -DskipTests (the default, H2 build):
#   bash bench/school/generate-h2.sh [app dir (target/quarkus-app)] [data folder (a new one under /tmp)]
# Starts the app on a fresh data folder (Flyway makes the schema), registers bench-pw (password
# Kilat-Hujan-8472-Merah) whose bcrypt hash the generated accounts share, stops the app, and runs
# bench/school/school-h2.sql and nine rounds of school-h2-reviews.sql with H2's RunScript into the data folder.
# Prints the data folder, the time and the database file's size. Environment: PORT (18294).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
APP=${1:-target/quarkus-app}
DATA=${2:-$(mktemp -d /tmp/simak-school-h2.XXXX)}
PORT=${PORT:-18294}
java -Dsimak.data-dir=$DATA -Dquarkus.http.port=$PORT -jar $APP/quarkus-run.jar > $DATA.log 2>&1 &
PID=$!
for i in $(seq 1 240); do curl -sf http://127.0.0.1:$PORT/q/health/ready > /dev/null && break; sleep 0.5; done
curl -sf -o /dev/null -H 'Content-Type: application/json' \
  -d '{"username":"bench-pw","password":"Kilat-Hujan-8472-Merah","displayName":"bench-pw"}' \
  http://127.0.0.1:$PORT/api/accounts || { echo "the app did not start, see $DATA.log"; kill $PID; exit 1; }
kill $PID; wait $PID || true
SQL=$(mktemp /tmp/simak-school-h2.XXXX.sql)
cat $HERE/school-h2.sql > $SQL
for i in $(seq 1 9); do sed "s/ROUND/$i/g" $HERE/school-h2-reviews.sql >> $SQL; done
for s in account article question_set quiz_question classroom class_member class_assignment quiz_attempt \
         attempt_answer card review_log api_token; do
  echo "alter sequence ${s}_seq restart with 5000000000;" >> $SQL
done
echo "analyze;" >> $SQL
H2=$(ls $APP/lib/main/com.h2database.h2-*.jar)
T0=$(date +%s)
java -Xmx2g -cp $H2 org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/simak" -user simak -password simak -script $SQL
T1=$(date +%s)
echo "data folder: $DATA"
echo "generation: $((T1 - T0)) s"
du -sh $DATA/simak.mv.db
