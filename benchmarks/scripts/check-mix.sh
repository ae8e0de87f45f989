#!/usr/bin/env bash
# Checks that the CDK apps build the same machine as sfn-tasks' TaskMix (the same task types, resources
# and properties), so that table 3 compares like with like: synthesizes N tasks (default 12: two cycles
# of the six task types) with the CDK v2 on Node, the CDK v2 from Java (when benchmarks/cdk-java is
# built) and the CDK v1 on Node, and compares each template with TaskMix.machine(N) rendered through our
# API (MixCheck: per state Resource, Parameters and the rest of the state; the policy's actions and their
# resources). Exits non-zero when a template differs. CDK_VALIDATION=false: the validator changes no output.
# Needs node-setup.sh and the benchmarks module built (run-all.sh does both, and runs this first).
# Usage: scripts/check-mix.sh [N]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
n=${1:-12}
dir=$OUT/check-mix
rm -rf "$dir"
mkdir -p "$dir"
templates=()
log "check-mix: CDK v2 on Node, $n tasks..."
CDK_VALIDATION=false node "$BENCH/node/v2/synth.js" "$n" "$dir/cdk-v2-node.json" >/dev/null
templates+=("$dir/cdk-v2-node.json")
if [ -d "$BENCH/cdk-java/target/lib" ]; then
  log "check-mix: CDK v2 from Java, $n tasks..."
  CDK_VALIDATION=false java -cp "$BENCH/cdk-java/target/classes:$BENCH/cdk-java/target/lib/*" \
    io.github.sfntasks.benchmarks.cdk.CdkSynthMain "$n" "$dir/cdk-v2-java.json" >/dev/null
  templates+=("$dir/cdk-v2-java.json")
else
  log "check-mix: benchmarks/cdk-java not built, skipped"
fi
log "check-mix: CDK v1 on Node, $n tasks..."
node "$BENCH/node/v1/synth.js" "$n" "$dir/cdk-v1-node.json" >/dev/null
templates+=(--cdk-v1 "$dir/cdk-v1-node.json") # one expected difference: see MixCheck
java -cp "$(bench_cp)" io.github.sfntasks.benchmarks.tools.MixCheck "$n" "${templates[@]}" | tee "$dir/report.txt"
