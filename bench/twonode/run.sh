#!/usr/bin/env bash
# Two Simak nodes on one PostgreSQL database behind HAProxy, scenario (b) of the load harness through the
# balancer, and a check that nothing was lost or doubled (issue 14, items 3b and 4). One command, as root on
# Debian 12, from anywhere:
#
#   bash bench/twonode/run.sh                      # packages the app for PostgreSQL if target/quarkus-app is missing
#   bash bench/twonode/run.sh path/to/quarkus-app  # an app packaged with -Dquarkus.profile=pg
#
# Environment: LEARNERS (1000), CARDS (3), FIT_LEARNERS (10: learners who rate 420 times and so cross the 400
# reviews that start a fit of their FSRS parameters; 0 skips that), THREADS (64), AUTH (token; basic for HTTP
# Basic on every call), DB (simak_twonode: dropped and created again on every run; never simak), and the ports
# LB_PORT (18480), NODE1_PORT/NODE2_PORT (18481/18482), MGMT1_PORT/MGMT2_PORT (19481/19482), STATS_PORT (18489),
# LOGIN_FAILURES_PER_ADDRESS (100: the balancer's limit of failed logins per address in 15 minutes, haproxy.cfg).
# Prints the load table, how requests split between the nodes, the check, PASS or FAIL; exits 1 on FAIL.
# Stops what it started (the nodes, HAProxy, and PostgreSQL if it was not running before and nobody else uses it).
# Not a test and not run by CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
APP=${1:-$ROOT/target/quarkus-app}
DB=${DB:-simak_twonode}
LEARNERS=${LEARNERS:-1000}
CARDS=${CARDS:-3}
FIT_LEARNERS=${FIT_LEARNERS:-10}
THREADS=${THREADS:-64}
export LB_PORT=${LB_PORT:-18480} NODE1_PORT=${NODE1_PORT:-18481} NODE2_PORT=${NODE2_PORT:-18482}
export STATS_PORT=${STATS_PORT:-18489}
export LOGIN_FAILURES_PER_ADDRESS=${LOGIN_FAILURES_PER_ADDRESS:-100}
MGMT1_PORT=${MGMT1_PORT:-19481}
MGMT2_PORT=${MGMT2_PORT:-19482}
if [ "$DB" = simak ]; then
  echo "DB=simak is the shared database; choose another name" >&2
  exit 2
fi

WORK=$(mktemp -d /tmp/simak-twonode.XXXXXX)
PIDS=()
PG_STARTED=no
cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null
  done
  if [ "$PG_STARTED" = yes ]; then
    others=$(su postgres -c "psql -tAc \"select count(*) from pg_stat_activity where datname is not null and datname not in ('postgres', '$DB')\"" 2>/dev/null)
    if [ "${others:-0}" = 0 ]; then
      pg_ctlcluster 15 main stop
    else
      echo "PostgreSQL left running: $others connection(s) to other databases"
    fi
  fi
  echo "work folder (node logs, HAProxy log, acknowledged writes): $WORK"
}
trap cleanup EXIT

echo "== What is needed"
export DEBIAN_FRONTEND=noninteractive
if ! command -v haproxy >/dev/null || ! command -v pg_ctlcluster >/dev/null || ! command -v curl >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq haproxy postgresql curl >/dev/null
fi
haproxy -v | sed -n 1p
if [ ! -f "$APP/quarkus-run.jar" ]; then
  if [ -n "${1:-}" ]; then
    echo "no quarkus-run.jar in $APP" >&2
    exit 2
  fi
  echo "packaging the app for PostgreSQL (./mvnw -B -o -Dquarkus.profile=pg package -DskipTests)"
  ./mvnw -B -o -q -Dquarkus.profile=pg package -DskipTests
fi

echo "== PostgreSQL: database $DB, created again"
if ! su postgres -c "pg_isready -q -h 127.0.0.1"; then
  pg_ctlcluster 15 main start
  PG_STARTED=yes
fi
for i in $(seq 1 30); do su postgres -c "pg_isready -q -h 127.0.0.1" && break; sleep 1; done
if [ -z "$(su postgres -c "psql -tAc \"select 1 from pg_roles where rolname='simak'\"")" ]; then
  su postgres -c "psql -q -c \"CREATE USER simak PASSWORD 'simak'\""
fi
su postgres -c "dropdb --if-exists $DB"
su postgres -c "createdb -O simak $DB"
psql_db() {
  PGPASSWORD=simak psql -h 127.0.0.1 -U simak -d "$DB" -v ON_ERROR_STOP=1 -qtA "$@"
}

echo "== Two nodes, started at the same moment on the empty database (Flyway takes PostgreSQL's lock)"
# The login cookie's key: the same on both nodes, or a cookie made by one is refused by the other.
SESSION_KEY=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
mkdir -p "$WORK/seeds" "$WORK/quizzes"
cp "$ROOT"/seeds/*.txt "$WORK/seeds/"
cp "$ROOT"/quizzes/* "$WORK/quizzes/" 2>/dev/null || true
start_node() { # name http-port management-port
  mkdir -p "$WORK/$1"
  (
    cd "$WORK/$1"
    exec env QUARKUS_PROFILE=prod,pg \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
      QUARKUS_DATASOURCE_USERNAME=simak QUARKUS_DATASOURCE_PASSWORD=simak \
      QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$SESSION_KEY" \
      QUARKUS_HTTP_PORT="$2" QUARKUS_HTTP_HOST=127.0.0.1 \
      QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
      QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
      QUARKUS_MANAGEMENT_PORT="$3" QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
      SIMAK_DATA_DIR="$WORK/$1/data" SIMAK_SEEDS_DIR="$WORK/seeds" SIMAK_QUIZZES_DIR="$WORK/quizzes" \
      java -Xmx512m -jar "$APP/quarkus-run.jar"
  ) >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
start_node node1 "$NODE1_PORT" "$MGMT1_PORT"
start_node node2 "$NODE2_PORT" "$MGMT2_PORT"
for port in "$NODE1_PORT" "$NODE2_PORT"; do
  for i in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
    if [ "$i" = 300 ] || ! kill -0 "${PIDS[0]}" 2>/dev/null || ! kill -0 "${PIDS[1]}" 2>/dev/null; then
      echo "node on port $port not ready (or a node stopped); the logs:" >&2
      tail -n 40 "$WORK"/node*.log >&2
      exit 1
    fi
    sleep 1
  done
done
echo "both nodes ready"
if [ "$(psql_db -c "select count(*) from information_schema.tables where table_name = 'flyway_schema_history'")" != 1 ]; then
  echo "the nodes did not use PostgreSQL: package the app with -Dquarkus.profile=pg (the database kind is fixed at build time)" >&2
  exit 1
fi
echo "migrations: $(psql_db -c "select count(*) || ' applied, latest V' || max(version::int) from flyway_schema_history where success")"
echo "seed articles: $(psql_db -c "select count(*) from article")"

echo "== HAProxy on port $LB_PORT: round robin, health checks on /q/health/ready, no stickiness"
haproxy -f "$ROOT/bench/twonode/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
for i in $(seq 1 30); do
  up=$( (curl -fs "http://127.0.0.1:$STATS_PORT/stats;csv" || true) | awk -F, '$1=="nodes" && ($2=="node1"||$2=="node2") && $18 ~ /^UP/' | wc -l)
  [ "$up" = 2 ] && break
  sleep 1
done
echo "servers UP behind the balancer: $up of 2"

echo "== A login cookie made by node 1 works on node 2 (the shared session key)"
USER1=twonode-cookie
curl -fs -o /dev/null -H 'Content-Type: application/json' "http://127.0.0.1:$LB_PORT/api/accounts" \
  -d "{\"username\":\"$USER1\",\"password\":\"Kilat-Hujan-8472-Merah\",\"displayName\":\"Cookie\"}" || true
curl -s -o /dev/null -c "$WORK/cookies" "http://127.0.0.1:$NODE1_PORT/j_security_check" \
  -d "j_username=$USER1" -d "j_password=Kilat-Hujan-8472-Merah"
COOKIE_ON_2=$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/cookies" "http://127.0.0.1:$NODE2_PORT/ulasan")
COOKIE_ON_1=$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/cookies" "http://127.0.0.1:$NODE1_PORT/ulasan")
echo "GET /ulasan with node 1's cookie: node 1 $COOKIE_ON_1, node 2 $COOKIE_ON_2 (200 = signed in, 302 = sent to log in)"

echo "== Scenario (b): $LEARNERS learners' daily review through the balancer (AUTH=${AUTH:-token})"
uptime
LEARNERS=$LEARNERS CARDS=$CARDS FIT_LEARNERS=$FIT_LEARNERS THREADS=$THREADS PREFIX=tn ACK_FILE="$WORK/acks.csv" \
  java "$ROOT/bench/load/Load.java" "http://127.0.0.1:$LB_PORT" review >"$WORK/load.out" 2>"$WORK/load.err" &
PIDS+=($!)
wait "${PIDS[-1]}" || { cat "$WORK/load.out"; echo "the load generator failed: $(tail -n 3 "$WORK/load.err")" >&2; exit 1; }
cat "$WORK/load.out"
uptime
if [ -s "$WORK/load.err" ]; then
  echo "load generator's messages (first 10 of $(wc -l <"$WORK/load.err")):"
  head -10 "$WORK/load.err"
fi

metric() { # port name: the counter's value summed over its series
  (curl -fs "http://127.0.0.1:$1/q/metrics" || true) | awk -v n="$2" '$1 == n || index($1, n "{") == 1 { s += $2 } END { printf "%d", s }'
}
echo "== Waiting for the background fits to finish"
last=-1
for i in $(seq 1 60); do
  now="$(metric "$MGMT1_PORT" simak_optimizer_runs_total)+$(metric "$MGMT2_PORT" simak_optimizer_runs_total)/$(psql_db -c "select count(*) from learner_parameters")"
  [ "$now" = "$last" ] && break
  last=$now
  sleep 5
done

echo "== How requests split between the nodes"
(curl -fs "http://127.0.0.1:$STATS_PORT/stats;csv" || true) | awk -F, '
  NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "req_tot") r = i; if ($i == "stot") s = i; if ($i == "hrsp_5xx") e = i } next }
  $1 == "nodes" && ($2 == "node1" || $2 == "node2") { printf "HAProxy %s: %d requests (%d 5xx)\n", $2, $r, $e }'
for n in 1 2; do
  port=$([ $n = 1 ] && echo "$MGMT1_PORT" || echo "$MGMT2_PORT")
  echo "node$n metrics: $(metric "$port" http_server_requests_seconds_count) requests, $(metric "$port" simak_reviews_written_total) reviews written, $(metric "$port" simak_optimizer_runs_total) optimizer runs"
done

echo "== A password spray from one address through the balancer (one wrong password for many user names)"
# Each node's limiter sees only its share of the failures (round robin: half each), so alone the nodes would
# answer 401 to twice their per-address limit; the balancer's count (haproxy.cfg) stops the address at its limit.
SPRAY=$((LOGIN_FAILURES_PER_ADDRESS + 10))
for i in $(seq 1 "$SPRAY"); do
  curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' "http://127.0.0.1:$LB_PORT/api/tokens" \
    -d "{\"username\":\"spray-$i\",\"password\":\"Tebakan-Satu-2024\"}"
done >"$WORK/spray.txt"
SPRAY_401=$(grep -c '^401$' "$WORK/spray.txt" || true)
SPRAY_429=$(grep -c '^429$' "$WORK/spray.txt" || true)
echo "$SPRAY failed logins from one address: $SPRAY_401 answered 401 by the nodes, $SPRAY_429 refused 429 by the balancer"

echo "== Check: nothing lost, nothing doubled"
grep '^review,' "$WORK/acks.csv" | cut -d, -f2- >"$WORK/acked-reviews.csv" || true
grep '^card,' "$WORK/acks.csv" | cut -d, -f2- >"$WORK/acked-cards.csv" || true
RUNS=$(( $(metric "$MGMT1_PORT" simak_optimizer_runs_total) + $(metric "$MGMT2_PORT" simak_optimizer_runs_total) ))
SEEDS=$(ls "$WORK"/seeds/*.txt | wc -l); SHIPPED=$(ls "$WORK"/quizzes/*.yaml 2>/dev/null | wc -l)
psql_db >"$WORK/check.txt" <<SQL
create temp table acked_review (username varchar(32), card_id bigint, review_id bigint, client_id varchar(64));
create temp table acked_card (username varchar(32), card_id bigint);
\copy acked_review from '$WORK/acked-reviews.csv' csv
\copy acked_card from '$WORK/acked-cards.csv' csv
create temp view learner as select id, username from account where username like 'tn-u%';
select 'learners', count(*), $LEARNERS from learner;
select 'reviews acknowledged (distinct clientReviewId)', count(distinct client_id), count(distinct review_id) from acked_review;
select 'reviews in the database', count(*), count(distinct client_review_id) from review_log where owner_id in (select id from learner);
select 'learners whose review count differs', count(*), 0 from learner l
  where (select count(*) from review_log r where r.owner_id = l.id)
     <> (select count(distinct client_id) from acked_review a where a.username = l.username);
select 'acknowledged reviews missing', count(*), 0 from acked_review a where not exists
  (select 1 from review_log r join learner l on l.id = r.owner_id where r.id = a.review_id and l.username = a.username
     and r.card_id = a.card_id and r.client_review_id = a.client_id);
select 'reviews stored but never acknowledged', count(*), 0 from review_log r join learner l on l.id = r.owner_id
  where not exists (select 1 from acked_review a where a.review_id = r.id);
select 'doubled reviews (same card, same clientReviewId)', count(*), 0 from
  (select card_id, client_review_id from review_log where client_review_id is not null
   group by card_id, client_review_id having count(*) > 1) d;
select 'cards created', (select count(*) from card where owner_id in (select id from learner)), count(distinct card_id) from acked_card;
select 'learners whose card count differs', count(*), 0 from learner l
  where (select count(*) from card c where c.owner_id = l.id)
     <> (select count(distinct card_id) from acked_card a where a.username = l.username);
select 'cards whose review count differs from their log', count(*), 0 from card c
  where c.owner_id in (select id from learner) and c.review_count <> (select count(*) from review_log r where r.card_id = c.id);
select 'doubled cards (same word twice)', count(*), 0 from
  (select owner_id, word from card where owner_id in (select id from learner) group by owner_id, word having count(*) > 1) d;
select 'quiz attempts (scenario b makes none)', count(*), 0 from quiz_attempt where account_id in (select id from learner);
select 'learners past the fit threshold', count(*), $FIT_LEARNERS from learner l where (select count(*) from review_log r where r.owner_id = l.id) >= 400;
select 'learners with fitted parameters', count(*), $FIT_LEARNERS from learner_parameters where account_id in (select id from learner);
select 'optimizer runs on both nodes (one per fitted learner)', $RUNS, count(*) from learner_parameters where account_id in (select id from learner);
select 'seed articles (both nodes import seeds/ after start)', count(*), $SEEDS from article where source like 'seeds/%';
select 'shipped question sets (quizzes/, imported once)', count(*), $SHIPPED from question_set where origin = 'FILE' and set_key is not null;
select 'seed articles without exactly one generated draft', count(*), 0 from article a where a.source like 'seeds/%'
  and (select count(*) from question_set s where s.article_id = a.id and s.origin = 'GENERATED') <> 1;
SQL
FAIL=0
printf '%-56s %10s %10s  %s\n' "what" "found" "expected" ""
while IFS='|' read -r what found expected; do
  ok=ok
  case "$what" in
    "reviews acknowledged"*|"reviews in the database"*) ok="" ;;
  esac
  if [ -n "$ok" ] && [ "$found" != "$expected" ]; then ok=FAIL; FAIL=1; fi
  printf '%-56s %10s %10s  %s\n' "$what" "$found" "$expected" "$ok"
done <"$WORK/check.txt"
ACKED=$(awk -F'|' '/^reviews acknowledged/ { print $2 }' "$WORK/check.txt")
STORED=$(awk -F'|' '/^reviews in the database/ { print $2 }' "$WORK/check.txt")
if [ "$ACKED" != "$STORED" ]; then echo "reviews: $ACKED acknowledged, $STORED stored: FAIL"; FAIL=1; fi
if [ "$COOKIE_ON_2" != 200 ] || [ "$COOKIE_ON_1" != 200 ]; then echo "login cookie across nodes: FAIL"; FAIL=1; fi
# (grep -c exits 1 when it counts nothing: under pipefail that would end the script here)
FIVE=$({ grep -hc ' 5[0-9][0-9] ' "$WORK/load.err" 2>/dev/null || true; } | awk '{ s += $1 } END { print s + 0 }')
if [ "$FIVE" != 0 ]; then echo "5xx answers seen by the load generator: $FIVE: FAIL"; FAIL=1; fi
# The balancer counts every 401 from this address, also those the load generator got (a learner whose registration
# failed is refused a token): the spray has what is left of the limit.
LOAD_401=$({ grep -hc ' 401 ' "$WORK/load.err" 2>/dev/null || true; } | awk '{ s += $1 } END { print s + 0 }')
LEFT=$((LOGIN_FAILURES_PER_ADDRESS > LOAD_401 ? LOGIN_FAILURES_PER_ADDRESS - LOAD_401 : 0))
if [ "$SPRAY_401" != "$LEFT" ] || [ "$SPRAY_429" != $((SPRAY - LEFT)) ]; then
  echo "password spray: $SPRAY_401 x 401 and $SPRAY_429 x 429, expected $LEFT and $((SPRAY - LEFT)) ($LOAD_401 401s before): FAIL"; FAIL=1
fi
for n in node1 node2; do
  errors=$(grep -c ' ERROR ' "$WORK/$n.log" || true)
  echo "$n log: $errors ERROR line(s)"
  { grep ' ERROR ' "$WORK/$n.log" || true; } | cut -c1-240 | sed -n 1,5p  # (grep exits 1 on a log without one)
done
if [ "$FAIL" = 0 ]; then echo "CHECK: PASS"; else echo "CHECK: FAIL"; exit 1; fi
