#!/usr/bin/env bash
# Table 3: the same N chained tasks (TaskMix's six types; node/mix.js, cdk-java's CdkMachine) through
# what users run today, in the same run on the same machine. Whole process (wall, peak RSS; median of
# $RUNS): the AWS CDK v2 on Node (default, and CDK_VALIDATION=false: no built-in CloudFormation
# validator, identical output), the CDK v1 on Node, the CDK v2 from Java over jsii (both ways too).
# In one JVM, warm: the CDK v2 from Java's build + synth per N without the validator (the fastest the
# CDK gets) (written to $OUT/cdk-java-warm.txt for the in-JVM comparison table).
# Needs node-setup.sh and benchmarks/cdk-java built: run-all.sh does both (and check-mix.sh first).
# CDK_TASKS (default "10 1000") and CDK_WARM_TASKS (default 10,100,1000) choose the N.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_gnu_time
CDK_CP="$BENCH/cdk-java/target/classes:$BENCH/cdk-java/target/lib/*"
NS=${CDK_TASKS:-10 1000}

process_table_header
for n in $NS; do
  measure "CDK v2 on Node (aws-cdk-lib 2.263.0), $n tasks" node "$BENCH/node/v2/synth.js" "$n"
  measure "CDK v2 on Node, \`CDK_VALIDATION=false\`, $n tasks" env CDK_VALIDATION=false node "$BENCH/node/v2/synth.js" "$n"
  measure "CDK v1 on Node (@aws-cdk/* 1.204.0), $n tasks" node "$BENCH/node/v1/synth.js" "$n"
  measure "CDK v2 from Java (jsii), $n tasks" java -cp "$CDK_CP" io.github.sfntasks.benchmarks.cdk.CdkSynthMain "$n"
  measure "CDK v2 from Java (jsii), \`CDK_VALIDATION=false\`, $n tasks" env CDK_VALIDATION=false java -cp "$CDK_CP" io.github.sfntasks.benchmarks.cdk.CdkSynthMain "$n"
done

# The fastest CDK configuration (no validator) is the one sfn-tasks is held against in one JVM.
log "CDK v2 from Java, warm build + synth in one JVM, CDK_VALIDATION=false (2 warm-up + 5 timed runs per N)..."
CDK_VALIDATION=false java -cp "$CDK_CP" io.github.sfntasks.benchmarks.cdk.CdkSynthMain --warm "${CDK_WARM_TASKS:-10,100,1000}" 2 5 | tee "$OUT/cdk-java-warm.txt" >&2
