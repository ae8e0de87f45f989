#!/usr/bin/env bash
# Reproduces the four tables of benchmarks/README.md on this machine and prints them as markdown
# (also written to benchmarks/target/bench/tables.md):
#   1. in-JVM, warm: build + render vs the Jackson floor (JMH, -prof gc; and by thread CPU time)
#   2. whole process, cold: the CLI rendering N = 10 and 1,000 tasks (wall, peak RSS); 2b. the same by
#      runtime (JDK 25 + AOT cache, JDK 17 + AppCDS) and provider modules, interleaved with the CDK v2 on Node
#   3. the same machine through the AWS CDK: v2 on Node (with and without its validator), v1 on Node,
#      v2 from Java over jsii (whole process; and warm in one JVM against table 1)
#   4. scaling: time per task from N = 10 up to the definition-size quota
# The machine: N chained tasks cycling through LambdaInvoke, DynamoPutItem, SqsSendMessage, SnsPublish,
# StepFunctionsStartExecution (RUN_JOB) and EventBridgePutEvents (TaskMix; node/mix.js and cdk-java for
# the CDK). Before measuring, scripts/check-mix.sh checks that the CDK apps build the same machine.
# It builds what it needs (Maven, -DskipTests), installs the CDK from npm into node/*/node_modules,
# and GNU time if missing. About 10 minutes on 2 cores. RUNS=5 (whole-process repetitions) by default.
# Usage: benchmarks/run-all.sh [--skip-build]
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
S=$BENCH/scripts

in_reactor() { grep -Eq "^[[:space:]]*<module>$1</module>" "$ROOT/pom.xml"; }
if [ "${1:-}" != "--skip-build" ]; then
  log "building (mvn -B -q -DskipTests package)..."
  modules=()
  in_reactor benchmarks && modules+=(benchmarks)
  in_reactor sfn-tasks-cli && modules+=(sfn-tasks-cli)
  if [ ${#modules[@]} -gt 0 ]; then
    # -am: the API, core and providers they need, fresh from this work tree
    (cd "$ROOT" && mvn -B -q -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip package -am -pl "$(IFS=,; echo "${modules[*]}")")
  fi
  # Not (yet) in the reactor: built on their own, against the sfn-tasks artifacts in the local repository.
  in_reactor benchmarks || mvn -B -q -DskipTests -f "$BENCH/pom.xml" package
  if ! in_reactor sfn-tasks-cli && [ -f "$ROOT/sfn-tasks-cli/pom.xml" ]; then
    mvn -B -q -DskipTests -f "$ROOT/sfn-tasks-cli/pom.xml" package
  fi
  mvn -B -q -DskipTests -f "$BENCH/cdk-java/pom.xml" package
fi
"$S/node-setup.sh"
ensure_gnu_time
log "the CDK apps build the same machine as sfn-tasks (check-mix.sh, N = 12)..."
"$S/check-mix.sh" 12 >"$OUT/check-mix.txt" || { cat "$OUT/check-mix.txt" >&2; exit 1; }

rm -f "$OUT/process-runs.tsv"
load_before=$(uptime | sed 's/.*load average: //')
{
  echo "## Machine"
  echo
  machine_description
  echo "- load average before the run: $load_before"
} >"$OUT/machine.md"

log "table 1 and 4: JMH (about 4 minutes)..."
"$S/jmh.sh" all
log "table 1b: the same by thread CPU time (about 1 minute)..."
java -Xms1g -Xmx1g -cp "$(bench_cp)" io.github.sfntasks.benchmarks.tools.CpuTimeCheck 3 5 10 100 1000 >"$OUT/table1b.md"
log "table 2: whole-process CLI..."
"$S/cold-cli.sh" >"$OUT/table2.md"
log "table 2b: the CLI's runtimes and module sets beside the CDK v2 on Node, interleaved (RUNS=10 rounds by default)..."
RUNS=${COLD_RUNS:-10} "$S/cold-start.sh" >"$OUT/table2b.md"
log "table 3: the CDK (about 5 minutes)..."
"$S/cdk-compare.sh" >"$OUT/table3.md"

CP=$(bench_cp)
{
  cat "$OUT/machine.md"
  echo "- load average after the run: $(uptime | sed 's/.*load average: //')"
  echo
  echo "## 1. In-JVM, warm: build + render vs the Jackson floor (JMH, average time, \`-prof gc\`)"
  echo
  java -cp "$CP" io.github.sfntasks.benchmarks.tools.ReportTables warm "$OUT/jmh-main.json"
  echo
  echo "The same ratio by the benchmark thread's CPU time (\`CpuTimeCheck\`: ours and the floor alternate in 100 ms"
  echo "slices, 3 s warm-up, 5 s measured), which other processes on a busy machine disturb far less:"
  echo
  cat "$OUT/table1b.md"
  echo
  echo "## 2. Whole process, cold: the CLI (median of $RUNS runs)"
  echo
  cat "$OUT/table2.md"
  echo
  echo "### 2b. Cold start by runtime (JDK 25 + AOT cache, JDK 17 + AppCDS) and provider modules, beside the CDK v2 on Node"
  echo
  cat "$OUT/table2b.md"
  echo
  echo "## 3. The same machine through the AWS CDK (the same six task types)"
  echo
  echo "Whole process, cold (median of $RUNS runs):"
  echo
  cat "$OUT/table3.md"
  echo
  echo "In one JVM, warm: sfn-tasks (table 1) vs the CDK v2 from Java's build + synth with \`CDK_VALIDATION=false\` (2 warm-up runs, median of 5):"
  echo
  java -cp "$CP" io.github.sfntasks.benchmarks.tools.ReportTables cdk "$OUT/jmh-main.json" "$OUT/cdk-java-warm.txt"
  echo
  echo "## 4. Scaling up to the 1 MB definition quota (JMH, build + render)"
  echo
  java -cp "$CP" io.github.sfntasks.benchmarks.tools.ReportTables scaling "$OUT/jmh-scaling.json"
} | tee "$OUT/tables.md"
