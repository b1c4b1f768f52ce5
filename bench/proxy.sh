#!/usr/bin/env bash
# The strangler proxy's cost, measured side by side in one run on this machine:
#   - wrk straight to a backend, through nginx, through a bare relay (bench/BareRelay.java: the proxy's Reactor Netty
#     transport without the gateway, the floor under the proxy) and through the proxy: requests/s, p50/p99 (medians);
#   - hey at a fixed 2,000 req/s straight, through nginx, through the relay and through the proxy: the p99 each adds
#     (median of rounds), with the 20 senders at independent phases (the headline) and in lockstep (20 requests at
#     once every 10 ms);
#   - the proxy's CPU at that fixed rate with the endpoint on a plain route and in shadow (alternating rounds), in
#     both arrival patterns.
# Fixed-rate figures are medians of per-round differences and ratios: each round measures straight, nginx, relay,
# plain and shadow back to back, so a slow minute on a shared machine weighs on both sides of a round's ratio, not on one side of it.
# Each mode is measured after a warm-up at full speed (WARMUP, 20 s). PROXY_JAVA_OPTS adds JVM options to try.
# The backends are nginx serving a static JSON document, so the figures are the proxy's, not a backend's.
# Installs wrk, hey and nginx (Debian) if missing and builds the proxy. Bounded: about 14 minutes.
# Last line: the headline figures as key=value pairs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-20s}
ROUNDS=${ROUNDS:-3}
FIXED_ROUNDS=${FIXED_ROUNDS:-5}
CONNECTIONS=${CONNECTIONS:-64}
FIXED_RATE_WORKERS=20   # x 100 req/s each = 2,000 req/s
BACKEND_PORT=18081 SERVICE_PORT=18082 NGINX_PROXY_PORT=18083 RELAY_PORT=18084 PROXY_PORT=18080 ADMIN_PORT=19080 MANAGEMENT_PORT=19081 PG_PORT=18432
TOKEN=bench-token
WORK=$(mktemp -d /tmp/strangler-bench.XXXXXX)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null || ! command -v hey >/dev/null || ! command -v nginx >/dev/null; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk hey nginx-light >/dev/null
fi

for port in $BACKEND_PORT $SERVICE_PORT $NGINX_PROXY_PORT $RELAY_PORT $PROXY_PORT $ADMIN_PORT $MANAGEMENT_PORT $PG_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use; stop whatever listens there (an earlier run?) and try again" >&2; exit 1
  fi
done

echo "== building the proxy" >&2
(cd "$ROOT" && ./mvnw -q -B -DskipTests -pl strangler-proxy -am install)
# The relay runs on the proxy's own jar and libraries: the same Netty, Reactor Netty and connection pooling.
java -Djarmode=tools -jar "$ROOT/strangler-proxy/target/strangler-proxy.jar" extract --destination "$WORK/proxy-jar" >/dev/null

wait_for() { # url, seconds
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { echo "timed out waiting for $1" >&2; exit 1; }
    sleep 0.2
  done
}

echo "== starting backends, nginx and PostgreSQL" >&2
mkdir -p "$WORK/www/api/bench" "$WORK/nginx" "$WORK/results"
printf '{"id":42,"name":"Compact Bamboo Kettle","price":968.63,"currency":"EUR","tags":["kitchen","bamboo"]}' \
  > "$WORK/www/api/bench/42"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
error_log $WORK/nginx/error.log warn;
pid $WORK/nginx/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  default_type application/json;
  keepalive_requests 1000000;
  upstream backend { server 127.0.0.1:$BACKEND_PORT; keepalive 128; }
  server { listen 127.0.0.1:$BACKEND_PORT; root $WORK/www; }
  server { listen 127.0.0.1:$SERVICE_PORT; root $WORK/www; }
  server {
    listen 127.0.0.1:$NGINX_PROXY_PORT;
    location / { proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
chmod -R a+rX "$WORK"   # nginx workers run as nobody when started by root
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" & PIDS+=($!)

CLASSPATH="$ROOT/test-support/target/classes:$(cat "$ROOT/test-support/target/sandbox.classpath" 2>/dev/null \
  || (cd "$ROOT" && ./mvnw -q -B -DskipTests -pl test-support package >/dev/null && cat test-support/target/sandbox.classpath))"
java -Dlogback.configurationFile=sandbox-logback.xml -cp "$CLASSPATH" \
  dev.stranglerfig.testsupport.postgres.EmbeddedPostgresServer $PG_PORT strangler > "$WORK/postgres.log" 2>&1 & PIDS+=($!)
deadline=$((SECONDS + 60)); until grep -q READY "$WORK/postgres.log"; do
  [ $SECONDS -lt $deadline ] || { cat "$WORK/postgres.log" >&2; exit 1; }; sleep 0.2; done

mkdir -p "$WORK/plans"
cat > "$WORK/plans/bench.yaml" <<PLAN
context: bench
service: { name: bench-service, url: http://127.0.0.1:$SERVICE_PORT }
endpoints:
  - GET /api/bench/{id}
phase: legacy
PLAN

echo "== starting the proxy" >&2
STRANGLER_PROXY_ADMIN_TOKEN=$TOKEN java -Xmx512m ${PROXY_JAVA_OPTS:-} -jar "$ROOT/strangler-proxy/target/strangler-proxy.jar" \
  --server.port=$PROXY_PORT --strangler.proxy.admin-port=$ADMIN_PORT --management.server.port=$MANAGEMENT_PORT \
  --strangler.proxy.legacy-url=http://127.0.0.1:$BACKEND_PORT --strangler.proxy.plans-dir="$WORK/plans" \
  --spring.datasource.url=jdbc:postgresql://localhost:$PG_PORT/strangler \
  --spring.datasource.username=postgres --spring.datasource.password=postgres \
  --logging.level.root=WARN --logging.level.dev.stranglerfig.proxy.connections=INFO > "$WORK/proxy.log" 2>&1 & PROXY_PID=$!
PIDS+=($PROXY_PID)
wait_for "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 90
wait_for "http://127.0.0.1:$NGINX_PROXY_PORT/api/bench/42" 10
java -Xmx512m ${PROXY_JAVA_OPTS:-} -cp "$WORK/proxy-jar/strangler-proxy.jar:$WORK/proxy-jar/lib/*" "$ROOT/bench/BareRelay.java" $RELAY_PORT $BACKEND_PORT \
  > "$WORK/relay.log" 2>&1 & RELAY_PID=$!
PIDS+=($RELAY_PID)
wait_for "http://127.0.0.1:$RELAY_PORT/api/bench/42" 60
# io_uring where the kernel allows it, else epoll: about a fifth apart in requests/s on one machine.
echo "== the proxy's port is served by $(grep -o "Port $PROXY_PORT is served by [A-Za-z]*" "$WORK/proxy.log" | awk '{print $NF}')" >&2

DIRECT=http://127.0.0.1:$BACKEND_PORT/api/bench/42
NGINX=http://127.0.0.1:$NGINX_PROXY_PORT/api/bench/42
RELAY=http://127.0.0.1:$RELAY_PORT/api/bench/42
PROXY=http://127.0.0.1:$PROXY_PORT/api/bench/42

to_ms() { # "1.23ms" | "456.00us" | "1.01s" -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'
}

run_wrk() { # name url -> appends "rps p50 p99" to $WORK/<name>
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  echo "$rps $p50 $p99" >> "$WORK/results/$1"
  printf '  %-7s %10s req/s  p50 %7s ms  p99 %7s ms\n' "$1" "$rps" "$p50" "$p99" >&2
}

# Both modes are measured warm: a JVM proxy serves for weeks, and its first seconds (class loading, C2 compiling the
# request path) say nothing about that. Each mode gets its own warm-up at full speed before it is measured.
echo "== warm-up, $WARMUP" >&2
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$PROXY" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$RELAY" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d2s "$NGINX" >/dev/null

echo "== throughput, $ROUNDS rounds of $DURATION each, interleaved" >&2
for round in $(seq 1 "$ROUNDS"); do
  run_wrk direct "$DIRECT"; run_wrk nginx "$NGINX"; run_wrk relay "$RELAY"; run_wrk proxy "$PROXY"
done

# 2,000 req/s as 20 senders of 100 req/s each. One hey with -c 20 starts its 20 workers' tickers together, so the
# rate arrives as 20 requests at the same instant every 10 ms; shoppers arrive independently. The headline runs
# each sender as a hey process of its own, started at a random point of the 10 ms period (the same rate, workers and
# per-worker period); the p99 is over all their requests, connection set-up included. The lockstep figure is printed
# beside it: it measures how fast 20 simultaneous requests drain on this machine's cores. Each sender's Go runtime
# gets one processor (GOMAXPROCS=1): with two each, the 20 senders kept the machine 12-23% busier during a proxied
# run, time taken from the backend and the proxy being measured.
fixed_p99() { # url -> p99 ms at 2,000 req/s, senders at independent phases
  local dir="$WORK/fixed" pids=() i
  rm -rf "$dir"; mkdir -p "$dir"
  for i in $(seq 1 $FIXED_RATE_WORKERS); do
    (sleep "0.00$((RANDOM % 10))$((RANDOM % 10))"; GOMAXPROCS=1 hey -z "$DURATION" -c 1 -q 100 -o csv "$1" > "$dir/$i.csv") & pids+=($!)
  done
  wait "${pids[@]}"
  awk -F, '$1 ~ /^[0-9.]+$/ { print $1 }' "$dir"/*.csv | sort -n \
    | awk '{ v[NR] = $1 } END { i = int(NR * 0.99); if (i < NR * 0.99) i++; printf "%.3f", v[i] * 1000 }'
}
lockstep_p99() { # url -> p99 ms at 2,000 req/s, 20 requests at once every 10 ms
  hey -z "$DURATION" -c $FIXED_RATE_WORKERS -q 100 "$1" | awk '/ 99% in/ { printf "%.3f", $3 * 1000 }'
}
cpu_ticks() { if [ "$1" = - ]; then echo 0; else awk '{ print $14 + $15 }' "/proc/$1/stat"; fi; }
fixed_rate() { # name url pid|- fixed|lockstep -> appends "p99 cpu-ticks-of-pid" of one run to $WORK/results/<name>
  local before after p99
  before=$(cpu_ticks "$3")
  if [ "$4" = lockstep ]; then p99=$(lockstep_p99 "$2"); else p99=$(fixed_p99 "$2"); fi
  after=$(cpu_ticks "$3")
  echo "$p99 $((after - before))" >> "$WORK/results/$1"
  printf '  %-16s p99 %7s ms  CPU %4d ticks\n' "$1" "$p99" "$((after - before))" >&2
}

phase() { # legacy | shadow, then 2 s at the fixed rate so the first measured requests do not meet the switch
  curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"phase\":\"$1\",\"reason\":\"benchmark\"}" "http://127.0.0.1:$ADMIN_PORT/admin/plans/bench/phase" >/dev/null
  hey -z 2s -c $FIXED_RATE_WORKERS -q 100 "$PROXY" >/dev/null
}

echo "== shadow warm-up: the endpoint mirrored to a second backend, $WARMUP at full speed" >&2
phase shadow
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$PROXY" >/dev/null

# Plain and shadow rounds alternate, so that a slow minute on this shared machine weighs on both sides of the ratio.
echo "== p99 and CPU at a fixed 2,000 req/s, $FIXED_ROUNDS rounds of: straight, nginx, bare relay, plain route, shadow;" \
  "then the same in lockstep" >&2
for round in $(seq 1 "$FIXED_ROUNDS"); do
  for mode in fixed lockstep; do
    fixed_rate direct-$mode "$DIRECT" - $mode
    fixed_rate nginx-$mode "$NGINX" - $mode
    fixed_rate relay-$mode "$RELAY" $RELAY_PID $mode
    phase legacy; fixed_rate plain-$mode "$PROXY" $PROXY_PID $mode
    phase shadow; fixed_rate shadow-$mode "$PROXY" $PROXY_PID $mode
  done
done

python3 - "$WORK" <<'PY'
import statistics, sys
work = sys.argv[1]
def values(name, i):
    return [float(line.split()[i]) for line in open(f"{work}/results/{name}")]
def col(name, i):
    return statistics.median(values(name, i))
direct, nginx, proxy = (col(n, 0) for n in ("direct", "nginx", "proxy"))
print("")
print("| path | req/s (median) | p50 ms | p99 ms |")
print("|---|---|---|---|")
for name in ("direct", "nginx", "relay", "proxy"):
    print(f"| {name} | {col(name, 0):.0f} | {col(name, 1):.2f} | {col(name, 2):.2f} |")
print("")
print("| at 2,000 req/s | p99 ms (median) | relay or proxy CPU ticks (median) |")
print("|---|---|---|")
for name in ("direct-fixed", "nginx-fixed", "relay-fixed", "plain-fixed", "shadow-fixed",
             "direct-lockstep", "nginx-lockstep", "relay-lockstep", "plain-lockstep", "shadow-lockstep"):
    cpu = "" if name.startswith(("direct", "nginx")) else f"{col(name, 1):.0f}"
    print(f"| {name.removesuffix('-fixed')} | {col(name, 0):.2f} | {cpu} |")
print("")
added_per_round = [p - d for p, d in zip(values("plain-fixed", 0), values("direct-fixed", 0))]
lockstep_per_round = [p - d for p, d in zip(values("plain-lockstep", 0), values("direct-lockstep", 0))]
relay_per_round = [r - d for r, d in zip(values("relay-fixed", 0), values("direct-fixed", 0))]
relay_lockstep_per_round = [r - d for r, d in zip(values("relay-lockstep", 0), values("direct-lockstep", 0))]
nginx_per_round = [n - d for n, d in zip(values("nginx-fixed", 0), values("direct-fixed", 0))]
nginx_lockstep_per_round = [n - d for n, d in zip(values("nginx-lockstep", 0), values("direct-lockstep", 0))]
ratio_per_round = [s / max(1.0, p) for s, p in zip(values("shadow-fixed", 1), values("plain-fixed", 1))]
lockstep_ratio_per_round = [s / max(1.0, p) for s, p in zip(values("shadow-lockstep", 1), values("plain-lockstep", 1))]
print("per round: p99 added ms " + " ".join(f"{a:.2f}" for a in added_per_round)
      + "; in lockstep " + " ".join(f"{a:.2f}" for a in lockstep_per_round)
      + "; shadow CPU ratio " + " ".join(f"{r:.2f}" for r in ratio_per_round)
      + ", in lockstep " + " ".join(f"{r:.2f}" for r in lockstep_ratio_per_round)
      + "; bare relay's p99 added ms " + " ".join(f"{a:.2f}" for a in relay_per_round)
      + ", in lockstep " + " ".join(f"{a:.2f}" for a in relay_lockstep_per_round)
      + "; nginx's p99 added ms " + " ".join(f"{a:.2f}" for a in nginx_per_round)
      + ", in lockstep " + " ".join(f"{a:.2f}" for a in nginx_lockstep_per_round))
added = statistics.median(added_per_round)
added_lockstep = statistics.median(lockstep_per_round)
shadow_ratio = statistics.median(ratio_per_round)
shadow_ratio_lockstep = statistics.median(lockstep_ratio_per_round)
print(f"proxy_vs_nginx_rps={proxy / nginx:.2f} proxy_vs_direct_rps={proxy / direct:.2f} "
      f"p99_added_ms_at_2k={added:.2f} p99_added_ms_at_2k_lockstep={added_lockstep:.2f} "
      f"shadow_cpu_ratio={shadow_ratio:.2f} shadow_cpu_ratio_lockstep={shadow_ratio_lockstep:.2f} "
      f"relay_p99_added_ms_at_2k={statistics.median(relay_per_round):.2f} "
      f"relay_p99_added_ms_at_2k_lockstep={statistics.median(relay_lockstep_per_round):.2f} "
      f"proxy_vs_relay_rps={proxy / col('relay', 0):.2f} "
      f"nginx_p99_added_ms_at_2k={statistics.median(nginx_per_round):.2f} "
      f"nginx_p99_added_ms_at_2k_lockstep={statistics.median(nginx_lockstep_per_round):.2f}")
PY
