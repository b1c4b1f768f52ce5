#!/usr/bin/env bash
# strangler analyze's speed and memory on generated Spring/JPA monoliths of 50k and 500k lines (SyntheticMonolith
# in analyzer-cli's test sources: one package per domain, about one domain per 10k lines), measured end to end as a
# user runs it, JVM start and report writing included, two ways side by side in one run:
#   - ./strangler analyze DIR, the launcher the README gives (C1 only, parallel GC, a class-data-sharing archive
#     written by its first analyze run, which this script makes before timing: a user pays it once per JDK and jar);
#   - java -jar strangler.jar analyze DIR with default JVM options, for comparison.
# For each: lines/s over the median wall-clock time of ROUNDS runs; peak memory, the largest maximum resident set
# size of the runs (GNU time), in MiB; CPU, user + system seconds of the median run (this machine is shared: wall
# time depends on its load).
# Installs GNU time (Debian) if missing and builds the jar. Bounded: each run is killed after RUN_LIMIT seconds;
# about 3 minutes in all. Target (issue 6): >= 50k lines/s and < 2 GiB on 2 cores.
# Last line: the headline figures (the launcher's) as key=value pairs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS:-3}
SIZES=${SIZES:-50000 500000}
RUN_LIMIT=${RUN_LIMIT:-120}
WORK=$(mktemp -d /tmp/strangler-analyzer-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if [ ! -x /usr/bin/time ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

echo "== building strangler.jar and the generator" >&2
(cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests -pl analyzer-cli -am package)
JAR=$ROOT/analyzer-cli/target/strangler.jar
GENERATOR_CP=$ROOT/analyzer-cli/target/test-classes

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
timed() { # way size command... -> appends "way size lines wall kb user sys" to $WORK/results
  local way=$1 size=$2; shift 2
  if ! timeout "$RUN_LIMIT" /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" "$@" > "$WORK/stdout" 2> "$WORK/stderr"; then
    echo "strangler analyze ($way) failed or took over $RUN_LIMIT s on $size lines:" >&2
    cat "$WORK/stderr" "$WORK/time" >&2
    exit 1
  fi
  local lines wall kb user sys
  lines=$(sed -nE 's/.*\(([0-9]+) lines\).*/\1/p' "$WORK/stdout")
  read -r wall kb user sys < "$WORK/time"
  echo "$way $size $lines $wall $kb $user $sys" >> "$WORK/results"
  printf '  %-9s %7s lines  %6.2f s  %6d MiB  cpu %6.2f s  %s\n' "$way" "$lines" "$wall" $((kb / 1024)) \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$(head -1 "$WORK/stdout" | cut -d: -f1)" >&2
}

for size in $SIZES; do
  java -cp "$GENERATOR_CP" dev.stranglerfig.analyzer.synthetic.SyntheticMonolith "$WORK/monolith-$size" "$size" >&2
  # The launcher's first analyze run writes its class-data-sharing archive; that run is not timed.
  "$ROOT/strangler" analyze "$WORK/monolith-$size" --out "$WORK/out-$size" > /dev/null 2>&1
  for round in $(seq 1 "$ROUNDS"); do
    timed launcher "$size" "$ROOT/strangler" analyze "$WORK/monolith-$size" --out "$WORK/out-$size"
    timed java-jar "$size" java -jar "$JAR" analyze "$WORK/monolith-$size" --out "$WORK/out-$size"
  done
  rm -rf "$WORK/monolith-$size" "$WORK/out-$size"
done

python3 - "$WORK/results" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    way, size, lines, wall, kb, user, sys_ = line.split()
    runs.setdefault((way, int(size)), []).append((float(wall), int(lines), int(kb), float(user) + float(sys_)))
print("")
print("| started with | generated | lines | median wall s | lines/s | peak MiB | CPU s (median run) |")
print("|---|---|---|---|---|---|---|")
headline = []
for (way, size), rs in sorted(runs.items(), key=lambda item: (item[0][0] != "launcher", item[0][1])):
    rs.sort()
    wall, lines, _, cpu = rs[len(rs) // 2]
    peak = max(r[2] for r in rs) / 1024
    rate = lines / wall
    label = f"{size // 1000}k"
    print(f"| {way} | {label} | {lines} | {wall:.2f} | {rate:.0f} | {peak:.0f} | {cpu:.2f} |")
    if way == "launcher":
        met = "yes" if rate >= 50_000 and peak < 2048 else "no"
        headline += [f"lines_per_s_{label}={rate:.0f}", f"peak_mib_{label}={peak:.0f}", f"target_met_{label}={met}"]
    else:
        headline += [f"java_jar_lines_per_s_{label}={rate:.0f}"]
print("")
print(" ".join(headline))
PY
