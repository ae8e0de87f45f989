#!/usr/bin/env bash
# Writes the benchmark machine as workflow files for the CLI: DIR/workflow-<N>.json per N.
# The machine comes from TaskMix (the same one the JMH benchmarks build with typed builders;
# TaskMixTest checks both render the same bytes). Needs the benchmarks module built (run-all.sh does it).
# Usage: scripts/gen-workflows.sh DIR N...
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ $# -ge 2 ] || { echo "usage: $0 DIR N..." >&2; exit 2; }
java -p "$(bench_mp)" -m io.github.sfntasks.benchmarks/io.github.sfntasks.benchmarks.tools.WorkflowFiles "$@"
