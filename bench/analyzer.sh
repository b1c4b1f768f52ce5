#!/usr/bin/env bash
# strangler analyze's speed and memory on generated Spring/JPA monoliths of 50k and 500k lines (SyntheticMonolith
# in analyzer-cli's test sources: one package per domain, about one domain per 10k lines), measured end to end as a
# user runs it: `java -jar strangler.jar analyze DIR`, JVM start and report writing included, default JVM options.
#   - lines/s: the generated lines over the median wall-clock time of ROUNDS runs;
#   - peak memory: the largest maximum resident set size of the runs (GNU time), in MiB;
#   - CPU: user + system seconds of the median run (this machine is shared: wall time depends on its load).
# Installs GNU time (Debian) if missing and builds the jar. Bounded: each run is killed after RUN_LIMIT seconds;
# about 2 minutes in all. Target (issue 6): >= 50k lines/s and < 2 GiB on 2 cores.
# Last line: the headline figures as key=value pairs.
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
for size in $SIZES; do
  java -cp "$GENERATOR_CP" dev.stranglerfig.analyzer.synthetic.SyntheticMonolith "$WORK/monolith-$size" "$size" >&2
  for round in $(seq 1 "$ROUNDS"); do
    if ! timeout "$RUN_LIMIT" /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" \
        java -jar "$JAR" analyze "$WORK/monolith-$size" --out "$WORK/out-$size" > "$WORK/stdout" 2> "$WORK/stderr"; then
      echo "strangler analyze failed or took over $RUN_LIMIT s on $size lines:" >&2
      cat "$WORK/stderr" "$WORK/time" >&2
      exit 1
    fi
    lines=$(sed -nE 's/.*\(([0-9]+) lines\).*/\1/p' "$WORK/stdout")
    read -r wall kb user sys < "$WORK/time"
    echo "$size $lines $wall $kb $user $sys" >> "$WORK/results"
    printf '  %7s lines  %6.2f s  %6d MiB  cpu %6.2f s  %s\n' "$lines" "$wall" $((kb / 1024)) \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$(head -1 "$WORK/stdout" | cut -d: -f1)" >&2
  done
  rm -rf "$WORK/monolith-$size" "$WORK/out-$size"
done

python3 - "$WORK/results" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    size, lines, wall, kb, user, sys_ = line.split()
    runs.setdefault(int(size), []).append((float(wall), int(lines), int(kb), float(user) + float(sys_)))
print("")
print("| generated | lines | median wall s | lines/s | peak MiB | CPU s (median run) |")
print("|---|---|---|---|---|---|")
headline = []
for size, rs in sorted(runs.items()):
    rs.sort()
    wall, lines, _, cpu = rs[len(rs) // 2]
    peak = max(r[2] for r in rs) / 1024
    rate = lines / wall
    label = f"{size // 1000}k"
    print(f"| {label} | {lines} | {wall:.2f} | {rate:.0f} | {peak:.0f} | {cpu:.2f} |")
    met = "yes" if rate >= 50_000 and peak < 2048 else "no"
    headline += [f"lines_per_s_{label}={rate:.0f}", f"peak_mib_{label}={peak:.0f}", f"target_met_{label}={met}"]
print("")
print(" ".join(headline))
PY
