#!/usr/bin/env bash
# Table 2: whole process, cold. The CLI rendering workflow files of N = 10 and 1,000 tasks (wall time
# and peak RSS, median of $RUNS runs), beside:
#  - a JVM that only prints "hello" (the floor of any Java process);
#  - the library alone (RenderFile: discover providers, read the file, render, print; no CLI), on the
#    module path as the CLI runs, with the JVM's defaults;
#  - the same with what a launcher can add: an AppCDS archive made by one training run
#    (-XX:ArchiveClassesAtExit) and C1 only (-XX:TieredStopAtLevel=1), so the CLI's authors see what
#    those flags buy before adopting them.
# Needs the benchmarks module (and the CLI, when there is one) built: run-all.sh does it.
# CLI_TASKS (default "10 1000") chooses the N.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_gnu_time
NS=${CLI_TASKS:-10 1000}
# shellcheck disable=SC2086 # a list of N
"$(dirname "$0")/gen-workflows.sh" "$OUT/workflows" $NS >/dev/null

jar=$(ls "$BENCH"/target/sfn-tasks-benchmarks-*.jar | head -n 1)
mp="$jar:$BENCH/target/modules" # a jar, not target/classes: CDS archives no classes from directories
render=(-p "$mp" -m io.github.sfntasks.benchmarks/io.github.sfntasks.benchmarks.tools.RenderFile)
jsa=$OUT/render-file.jsa
rm -f "$jsa"
java -XX:ArchiveClassesAtExit="$jsa" "${render[@]}" "$OUT/workflows/workflow-10.json" >/dev/null 2>&1 || true
fast=()
[ -f "$jsa" ] && fast=(-XX:SharedArchiveFile="$jsa" -XX:TieredStopAtLevel=1)

cli=$(cli_command)
process_table_header
measure "JVM hello world (class path, baseline)" java -cp "$BENCH/target/classes" io.github.sfntasks.benchmarks.tools.HelloWorld
for n in $NS; do
  if [ -n "$cli" ]; then
    # shellcheck disable=SC2086 # the command may be "java -p ... -m ...": split on purpose
    measure "**sfn-tasks CLI \`render\`, $n tasks**" $cli render "$OUT/workflows/workflow-$n.json"
  else
    echo "| **sfn-tasks CLI \`render\`, $n tasks** | pending: no sfn-tasks-cli/target/sfn-tasks (nor target/modules) yet | | | |"
  fi
  measure "library alone (RenderFile, module path), $n tasks" java "${render[@]}" "$OUT/workflows/workflow-$n.json"
  if [ ${#fast[@]} -gt 0 ]; then
    measure "library alone + AppCDS + C1 only, $n tasks" java "${fast[@]}" "${render[@]}" "$OUT/workflows/workflow-$n.json"
  fi
done
