#!/usr/bin/env bash
# A school's worth of data on PostgreSQL (issue 14, item 5). Usage, from the project folder, as root (psql runs as
# the postgres user, which the generator needs for pgcrypto's bcrypt), after ./mvnw -B -o package -DskipTests:
#   bash bench/school/generate.sh [app dir (target/quarkus-app)]
# Environment: DB (simak_school; never simak), LEARNERS (10000), CLASSES (300), CARDS (cards per learner, 500),
# PORT (18293). Drops and makes the database again (owner simak, password simak), starts the app on it once so
# that Flyway creates the schema (and the app imports its seed articles), stops it, then runs
# bench/school/school.sql in one psql session. Prints the time and the database's size.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
APP=${1:-target/quarkus-app}
DB=${DB:-simak_school}; PORT=${PORT:-18293}
[ "$DB" != simak ] || { echo "not on the database simak"; exit 1; }
pg() { su postgres -c "$*"; }
pg "psql -qc \"select 1\"" > /dev/null || pg_ctlcluster 15 main start
pg "psql -tAc \"select 1 from pg_roles where rolname='simak'\"" | grep -q 1 || pg "psql -qc \"create user simak password 'simak'\""
pg "dropdb --if-exists $DB"; pg "createdb -O simak $DB"

LOG=$(mktemp /tmp/simak-school.XXXX.log)
T0=$(date +%s)
java -Dquarkus.profile=pg -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$DB \
  -Dsimak.data-dir=$(mktemp -d /tmp/simak-school-data.XXXX) -Dquarkus.http.port=$PORT -jar $APP/quarkus-run.jar > $LOG 2>&1 &
PID=$!
for i in $(seq 1 240); do curl -sf http://127.0.0.1:$PORT/q/health/ready > /dev/null && break; sleep 0.5; done
curl -sf http://127.0.0.1:$PORT/q/health/ready > /dev/null || { echo "the app did not start, see $LOG"; kill $PID; exit 1; }
kill $PID; wait $PID || true
T1=$(date +%s)
echo "schema by Flyway (app start and stop): $((T1 - T0)) s"
pg "psql -X -d $DB -v learners=${LEARNERS:-10000} -v classes=${CLASSES:-300} -v cards=${CARDS:-500} -f -" < $HERE/school.sql
T2=$(date +%s)
echo "generation: $((T2 - T1)) s"
