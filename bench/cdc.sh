#!/usr/bin/env bash
# The cdc-bridge's rates, measured side by side in one run on this machine, on the same data and the same WAL:
#   - snapshot: products copied per second from legacy into the service (initial snapshot, fresh slot each round);
#   - streaming: a backlog of changes written while the running bridge is held back (a lock on its target table),
#     applied per second once released, against pg_recvlogical decoding exactly that WAL with pgoutput and the
#     bridge's publication (the raw decode rate, the ceiling of any logical-replication consumer on this machine);
#   - lag p99 at a steady 5,000 written rows/s (pgbench, 250 transactions/s of 20 rows): target commit time minus
#     source commit time of every row, computed on the one server (same clock).
# Medians of ROUNDS rounds: the machine is shared and noisy. Installs postgresql-client (psql, pgbench,
# pg_recvlogical) if missing and builds the bridge. Bounded: about 6 minutes.
# Last line: the headline figures as key=value pairs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS:-3}
PRODUCTS=${PRODUCTS:-200000}        # snapshot size
CHANGES=${CHANGES:-200000}          # streamed backlog per round
LAG_SECONDS=${LAG_SECONDS:-15}      # per round of the steady-rate run
BRIDGE_JVM_ARGS=${BRIDGE_JVM_ARGS:-} # e.g. -XX:StartFlightRecording=filename=/tmp/bridge-%p.jfr to profile it
PG_PORT=18532 BRIDGE_PORT=18110
# The streamed backlog updates existing products, each at most once per round.
[ "$CHANGES" -le "$PRODUCTS" ] || { echo "CHANGES ($CHANGES) must not exceed PRODUCTS ($PRODUCTS)" >&2; exit 2; }
WORK=$(mktemp -d /tmp/strangler-bench-cdc.XXXXXX)
PIDS=()
BRIDGE_PID=

cleanup() {
  [ -z "$BRIDGE_PID" ] || kill "$BRIDGE_PID" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v psql >/dev/null || ! command -v pgbench >/dev/null || ! command -v pg_recvlogical >/dev/null; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null
fi

for port in $PG_PORT $BRIDGE_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use; stop whatever listens there (an earlier run?) and try again" >&2; exit 1
  fi
done

echo "== building the bridge" >&2
(cd "$ROOT" && ./mvnw -q -B -DskipTests -pl cdc-bridge -am package)

echo "== starting PostgreSQL 17 (embedded, wal_level=logical, fsync and synchronous_commit on)" >&2
CLASSPATH="$ROOT/test-support/target/classes:$(cat "$ROOT/test-support/target/sandbox.classpath")"
java -Dlogback.configurationFile=sandbox-logback.xml -cp "$CLASSPATH" \
  dev.stranglerfig.testsupport.postgres.EmbeddedPostgresServer $PG_PORT shop catalog > "$WORK/postgres.log" 2>&1 & PIDS+=($!)
deadline=$((SECONDS + 60)); until grep -q READY "$WORK/postgres.log"; do
  [ $SECONDS -lt $deadline ] || { cat "$WORK/postgres.log" >&2; exit 1; }; sleep 0.2; done

export PGPASSWORD=postgres
LEGACY="host=127.0.0.1 port=$PG_PORT user=postgres dbname=shop"
SERVICE="host=127.0.0.1 port=$PG_PORT user=postgres dbname=catalog"
legacy() { psql "$LEGACY" -qtAX -v ON_ERROR_STOP=1 -c "$1"; }
service() { psql "$SERVICE" -qtAX -v ON_ERROR_STOP=1 -c "$1"; }
now() { date +%s.%N; }
# Progress is polled through one open session: a psql process and a server backend started per poll (every 50 ms)
# took a third of a core, which the bridge then did not have while pg_recvlogical, which is not polled, did.
mkfifo "$WORK/poll.in" "$WORK/poll.out"
psql "$SERVICE" -qtAX -v ON_ERROR_STOP=1 < "$WORK/poll.in" > "$WORK/poll.out" 2>&1 & PIDS+=($!)
exec {POLL_IN}> "$WORK/poll.in" {POLL_OUT}< "$WORK/poll.out"
poll() { # sql on the service that returns one line
  local answer
  echo "$1;" >&"$POLL_IN"
  read -r answer <&"$POLL_OUT" || { echo "the polling session ended" >&2; exit 1; }
  case "$answer" in t|f) echo "$answer" ;; *) echo "polling failed: $answer" >&2; exit 1 ;; esac
}

FIXTURES="$ROOT/cdc-bridge/src/test/resources/fixtures"
psql "$LEGACY" -qX -v ON_ERROR_STOP=1 -f "$FIXTURES/legacy-catalog.sql" >/dev/null
psql "$SERVICE" -qX -v ON_ERROR_STOP=1 -f "$FIXTURES/service-catalog.sql" >/dev/null
mkdir -p "$WORK/plans"
sed 's/PHASE/legacy/' "$FIXTURES/catalog.yaml" > "$WORK/plans/catalog.yaml"
legacy "INSERT INTO category (name, slug) SELECT 'Category ' || n, 'category-' || n FROM generate_series(1, 100) n;
        INSERT INTO product (sku, name, description, price, category_id)
        SELECT 'SKU-' || n, 'Product ' || n, 'A product', n % 500 + 0.99, 1 + n % 100 FROM generate_series(1, $PRODUCTS) n"

start_bridge() {
  # shellcheck disable=SC2086 # BRIDGE_JVM_ARGS holds several arguments
  java -Xmx512m $BRIDGE_JVM_ARGS -jar "$ROOT/cdc-bridge/target/cdc-bridge.jar" --server.port=$BRIDGE_PORT \
    --bridge.plans-dir="$WORK/plans" --bridge.contexts=catalog \
    --bridge.legacy.url="jdbc:postgresql://127.0.0.1:$PG_PORT/shop" --bridge.legacy.user=postgres --bridge.legacy.password=postgres \
    --bridge.services.catalog.url="jdbc:postgresql://127.0.0.1:$PG_PORT/catalog" \
    --bridge.services.catalog.user=postgres --bridge.services.catalog.password=postgres \
    --logging.level.root=WARN >> "$WORK/bridge.log" 2>&1 & BRIDGE_PID=$!
}
stop_bridge() { kill "$BRIDGE_PID"; wait "$BRIDGE_PID" 2>/dev/null || true; BRIDGE_PID=; }
wait_until() { # seconds, sql on the service that returns t when done
  local deadline=$((SECONDS + $1))
  until [ "$(poll "$2")" = t ]; do
    [ $SECONDS -lt $deadline ] || { echo "timed out waiting for: $2" >&2; tail -20 "$WORK/bridge.log" >&2; exit 1; }
    sleep 0.05
  done
}
mkdir -p "$WORK/results"

echo "== snapshot of $PRODUCTS products, $ROUNDS rounds" >&2
for round in $(seq 1 "$ROUNDS"); do
  service "TRUNCATE catalog.product, catalog.category; DROP SCHEMA IF EXISTS strangler_bridge CASCADE"
  legacy "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = 'strangler_catalog_l2s'" >/dev/null
  start_bridge
  wait_until 120 "SELECT EXISTS (SELECT FROM catalog.product)"
  started=$(now)
  # Debezium reads the table in its physical order, here the order of id: the last id is looked up by the key until
  # it arrives, and only then are the rows counted (counting 200,000 rows every 50 ms would compete with the bridge).
  wait_until 300 "SELECT CASE WHEN EXISTS (SELECT FROM catalog.product WHERE id = $PRODUCTS)
                    THEN (SELECT count(*) = $PRODUCTS FROM catalog.product) ELSE false END"
  rate=$(awk -v n="$PRODUCTS" -v s="$started" -v e="$(now)" 'BEGIN { printf "%.0f", n / (e - s) }')
  echo "$rate" >> "$WORK/results/snapshot"; echo "  round $round: $rate rows/s" >&2
  [ "$round" = "$ROUNDS" ] || stop_bridge
done

# Streaming is measured in a warm bridge, as one that has run for weeks is: the bridge of the last snapshot round
# keeps running, and a lock on the service's table holds its writes back while the backlog is written (where
# stopping the bridge would measure a fresh JVM's JIT warm-up: ~16k rows/s on 100k changes, ~21k on 300k). Debezium
# decodes ahead into its queue (4 batches) until that is full; the rest waits in the slot. Round 0 warms the
# streaming path and is not counted.
echo "== streaming: a backlog of $CHANGES changes held back from the running bridge, then released; $ROUNDS rounds + 1" >&2
for round in $(seq 0 "$ROUNDS"); do
  legacy "SELECT pg_create_logical_replication_slot('bench_raw', 'pgoutput')" >/dev/null
  coproc HOLD { psql "$SERVICE" -qtAX -v ON_ERROR_STOP=1; }
  echo "BEGIN; LOCK TABLE catalog.product IN EXCLUSIVE MODE; SELECT 'held';" >&"${HOLD[1]}"
  read -r held <&"${HOLD[0]}"
  [ "$held" = held ] || { echo "could not lock catalog.product to hold the bridge back" >&2; exit 1; }
  for from in $(seq 1 5000 "$CHANGES"); do
    legacy "UPDATE product SET price = price + 0.01, updated_at = now() WHERE id BETWEEN $from AND $((from + 4999))"
  done
  legacy "INSERT INTO category (name, slug) VALUES ('marker', 'marker-$round')"
  endpos=$(legacy "SELECT pg_current_wal_lsn()")
  started=$(now)
  pg_recvlogical -d "$LEGACY" --slot bench_raw --start --endpos "$endpos" -o proto_version=1 \
    -o publication_names=strangler_catalog_l2s -f /dev/null
  raw=$(awk -v n="$CHANGES" -v s="$started" -v e="$(now)" 'BEGIN { printf "%.0f", n / (e - s) }')
  legacy "SELECT pg_drop_replication_slot('bench_raw')" >/dev/null
  echo "COMMIT;" >&"${HOLD[1]}"
  exec {HOLD[1]}>&-
  wait "$HOLD_PID"
  started=$(now)
  wait_until 300 "SELECT count(*) = 1 FROM catalog.category WHERE slug = 'marker-$round'"
  rate=$(awk -v n="$CHANGES" -v s="$started" -v e="$(now)" 'BEGIN { printf "%.0f", n / (e - s) }')
  if [ "$round" = 0 ]; then
    echo "  warm-up: bridge $rate rows/s, pg_recvlogical $raw rows/s (not counted)" >&2; continue
  fi
  echo "$rate" >> "$WORK/results/streaming"; echo "$raw" >> "$WORK/results/raw"
  echo "  round $round: bridge $rate rows/s, pg_recvlogical $raw rows/s" >&2
done

echo "== lag at a steady 5,000 rows/s, $ROUNDS rounds of ${LAG_SECONDS}s" >&2
service "CREATE TABLE IF NOT EXISTS public.bench_lag (ms double precision NOT NULL);
         CREATE OR REPLACE FUNCTION bench_lag() RETURNS trigger LANGUAGE plpgsql AS \$\$
         BEGIN INSERT INTO public.bench_lag VALUES (extract(epoch FROM clock_timestamp() - NEW.updated_at) * 1000); RETURN NULL; END \$\$;
         CREATE TRIGGER bench_lag AFTER UPDATE ON catalog.product FOR EACH ROW EXECUTE FUNCTION bench_lag()"
cat > "$WORK/steady.sql" <<SQL
\set id random(1, $((PRODUCTS - 20)))
UPDATE product SET price = price + 0.01, updated_at = clock_timestamp() WHERE id BETWEEN :id AND :id + 19;
SQL
for round in $(seq 1 "$ROUNDS"); do
  service "TRUNCATE public.bench_lag"
  tps=$(pgbench -n -R 250 -T "$LAG_SECONDS" -c 4 -j 2 -f "$WORK/steady.sql" "$LEGACY" 2>/dev/null \
    | awk '/^tps = / { printf "%.0f", $3 }')
  legacy "INSERT INTO category (name, slug) VALUES ('marker', 'lag-$round')"
  wait_until 120 "SELECT count(*) = 1 FROM catalog.category WHERE slug = 'lag-$round'"
  read -r p50 p99 <<<"$(service "SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1),
                                        round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 1) FROM public.bench_lag" | tr '|' ' ')"
  echo "$p50 $p99 $((tps * 20))" >> "$WORK/results/lag"
  echo "  round $round: $((tps * 20)) rows/s written, lag p50 $p50 ms, p99 $p99 ms" >&2
done
stop_bridge

python3 - "$WORK" <<PY
import statistics, sys
work = sys.argv[1]
def median(name, i=0):
    return statistics.median(float(line.split()[i]) for line in open(f"{work}/results/{name}"))
snapshot, streaming, raw = median("snapshot"), median("streaming"), median("raw")
lag_p50, lag_p99, written = median("lag", 0), median("lag", 1), median("lag", 2)
print("")
print("| measured (median of $ROUNDS) | value |")
print("|---|---|")
print(f"| snapshot, rows/s | {snapshot:.0f} |")
print(f"| streaming backlog, rows/s | {streaming:.0f} |")
print(f"| pg_recvlogical (pgoutput) on the same WAL, rows/s | {raw:.0f} |")
print(f"| steady writes, rows/s | {written:.0f} |")
print(f"| lag p50 / p99, ms | {lag_p50:.1f} / {lag_p99:.1f} |")
print("")
print(f"snapshot_rps={snapshot:.0f} streaming_rps={streaming:.0f} raw_decode_rps={raw:.0f} "
      f"snapshot_vs_raw={snapshot / raw:.2f} streaming_vs_raw={streaming / raw:.2f} "
      f"lag_p99_ms_at_5k={lag_p99:.1f} lag_p50_ms_at_5k={lag_p50:.1f}")
PY
