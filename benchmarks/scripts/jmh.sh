#!/usr/bin/env bash
# Tables 1 and 4: JMH, in-JVM, warm.
#  1. RenderBenchmark at N = 10, 100, 1,000 with -prof gc: build + render to text vs the Jackson
#     floor (the identical pre-built trees written to the same text), and the split (build, trees).
#  4. Scaling: buildAndRender from N = 10 up to the largest N whose definition fits the service's
#     1 MB definition quota (DefinitionSizes --max).
# Results: $OUT/jmh-main.json, $OUT/jmh-scaling.json; prints the markdown tables.
# Extra JMH options: JMH_OPTS (e.g. JMH_OPTS="-f 3" for three forks).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CP=$(bench_cp)
what=${1:-all}

if [ "$what" = all ] || [ "$what" = main ]; then
  log "JMH: RenderBenchmark, N = 10, 100, 1000, -prof gc..."
  java -cp "$CP" org.openjdk.jmh.Main 'RenderBenchmark\.' -p tasks=10,100,1000 -prof gc \
    -rf json -rff "$OUT/jmh-main.json" ${JMH_OPTS:-} >"$OUT/jmh-main.log" 2>&1 \
    || { tail -n 40 "$OUT/jmh-main.log" >&2; exit 1; }
fi
if [ "$what" = all ] || [ "$what" = scaling ]; then
  max=$(java -cp "$CP" io.github.sfntasks.benchmarks.tools.DefinitionSizes --max)
  log "JMH: scaling, N = 10 ... $max (the largest under the definition quota)..."
  java -cp "$CP" org.openjdk.jmh.Main 'RenderBenchmark\.buildAndRender' -p "tasks=10,30,100,300,1000,$max" -prof gc \
    -rf json -rff "$OUT/jmh-scaling.json" ${JMH_OPTS:-} >"$OUT/jmh-scaling.log" 2>&1 \
    || { tail -n 40 "$OUT/jmh-scaling.log" >&2; exit 1; }
fi
