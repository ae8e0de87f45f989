#!/usr/bin/env bash
# Table 2b: the CLI's cold start on each runtime it can use, in one interleaved run beside the CDK v2 on Node.
# Whole process, workflow files of N = 10 and 1,000 tasks (TaskMix), for:
#  - the launcher on JDK 25+ with the build's AOT cache (JEP 483/514/515; what it runs by default when the
#    build found a JDK 25+), and on JAVA_HOME (JDK 17) with the AppCDS archive (SFN_TASKS_AOT=off);
#  - the same two with only the 8 provider modules of early November (16 type ids) on the module path,
#    each with its own archives trained as the build trains them: with lazy discovery, 14 more provider
#    modules (33 more type ids) should cost next to nothing;
#  - optionally EAGER_CLI=DIR: another build's sfn-tasks-cli/target (e.g. main before lazy discovery),
#    launched with SFN_TASKS_AOT=off (its launcher may not know the variable; it then runs JDK 17 + AppCDS);
#  - the CDK v2 on Node with CDK_VALIDATION=false (the fastest CDK; node/v2, scripts/node-setup.sh).
# Every command runs once unmeasured, then $RUNS rounds (default 10): each round runs every command once,
# starting one further down the list each round, so that load from other processes spreads over all of them.
# Medians of wall time (shell clock), CPU time (user + sys, /usr/bin/time) and peak RSS (/usr/bin/time).
# Needs the CLI and the benchmarks module built (run-all.sh does it). CLI_TASKS (default "10 1000").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_gnu_time
RUNS=${RUNS:-10}
NS=${CLI_TASKS:-10 1000}
# shellcheck disable=SC2086 # a list of N
"$(dirname "$0")/gen-workflows.sh" "$OUT/workflows" $NS >/dev/null
cli=$ROOT/sfn-tasks-cli/target
[ -x "$cli/sfn-tasks" ] || { log "no $cli/sfn-tasks: build the CLI first (mvn -DskipTests package -pl sfn-tasks-cli -am)"; exit 1; }
training=$ROOT/examples/order.yaml

# The CLI with the providers of early November only: lambda, apigateway, aws-sdk, dynamodb, eventbridge, sns, sqs,
# stepfunctions (16 type ids; git show 25da0e7:sfn-tasks-cli/pom.xml), and its own archives.
before=$OUT/cli-before
rm -rf "$before"
mkdir -p "$before/modules"
cp "$cli/sfn-tasks" "$before/"
for jar in "$cli"/modules/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    sfn-tasks-provider-support-*) ;;
    sfn-tasks-provider-lambda-* | sfn-tasks-provider-apigateway-* | sfn-tasks-provider-aws-sdk-* | \
      sfn-tasks-provider-dynamodb-* | sfn-tasks-provider-eventbridge-* | sfn-tasks-provider-sns-* | \
      sfn-tasks-provider-sqs-* | sfn-tasks-provider-stepfunctions-*) ;;
    sfn-tasks-provider-*) continue ;;
  esac
  cp -p "$jar" "$before/modules/"
done
SFN_TASKS_CDS=dump "$before/sfn-tasks" render "$training" >/dev/null 2>&1 || true
SFN_TASKS_AOT=dump "$before/sfn-tasks" render "$training" >/dev/null 2>&1 || true
providers_all=$(ls "$cli"/modules/sfn-tasks-provider-*.jar | grep -vc provider-support)
providers_before=$(ls "$before"/modules/sfn-tasks-provider-*.jar | grep -vc provider-support)

labels=()
commands=()
add() { labels+=("$1"); commands+=("$2"); }
runtime25="JDK $(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$(cat "$cli/sfn-tasks.aot.jdk" 2>/dev/null)/release" 2>/dev/null)"
java17="JDK $(java -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.version = //p')"
for n in $NS; do
  wf=$OUT/workflows/workflow-$n.json
  if [ -f "$cli/sfn-tasks.aot" ]; then
    add "CLI, $runtime25 + AOT cache, $providers_all provider modules, $n tasks" "$cli/sfn-tasks render $wf"
  fi
  add "CLI, $java17 + AppCDS, $providers_all provider modules, $n tasks" "env SFN_TASKS_AOT=off $cli/sfn-tasks render $wf"
  if [ -f "$before/sfn-tasks.aot" ]; then
    add "CLI, $runtime25 + AOT cache, $providers_before provider modules (early November), $n tasks" "$before/sfn-tasks render $wf"
  fi
  add "CLI, $java17 + AppCDS, $providers_before provider modules (early November), $n tasks" "env SFN_TASKS_AOT=off $before/sfn-tasks render $wf"
  if [ -n "${EAGER_CLI:-}" ]; then
    add "CLI ${EAGER_LABEL:-of $EAGER_CLI}, $java17 + AppCDS, $n tasks" "env SFN_TASKS_AOT=off $EAGER_CLI/sfn-tasks render $wf"
  fi
  if [ -d "$BENCH/node/v2/node_modules" ]; then
    add "CDK v2 on Node $(node -v), \`CDK_VALIDATION=false\`, $n tasks" "env CDK_VALIDATION=false node $BENCH/node/v2/synth.js $n"
  fi
done

raw=$OUT/cold-start-runs.tsv
: >"$raw"
tfile=$(mktemp)
# one I: runs command I once; appends "I wall cpu rssKB" to $raw
one() {
  local i=$1 start end
  start=$(date +%s%N)
  # shellcheck disable=SC2086 # the command is a word list on purpose
  if ! /usr/bin/time -f '%U %S %M' -o "$tfile" ${commands[$i]} >/dev/null 2>"$OUT/last-stderr.txt"; then
    log "FAILED: ${commands[$i]}"; cat "$OUT/last-stderr.txt" >&2; exit 1
  fi
  end=$(date +%s%N)
  awk -v i="$i" -v d=$((end - start)) '{printf "%s\t%.4f\t%.3f\t%d\n", i, d / 1e9, $1 + $2, $3}' "$tfile" >>"$raw"
}
count=${#commands[@]}
for ((i = 0; i < count; i++)); do
  /usr/bin/time -f '' -o /dev/null ${commands[$i]} >/dev/null 2>&1 # page cache, unmeasured
done
load_before=$(uptime | sed 's/.*load average: //')
loads=()
for ((r = 0; r < RUNS; r++)); do
  for ((k = 0; k < count; k++)); do
    one $(((k + r) % count))
  done
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  log "round $((r + 1))/$RUNS done (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
rm -f "$tfile"

echo "Interleaved, $RUNS rounds; $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average before: $load_before, after:"\
  "$(uptime | sed 's/.*load average: //'); 1-minute load at the end of each round: ${loads[*]}"
echo
echo "| what (whole process, cold) | median wall (s) | min wall (s) | median CPU, user + sys (s) | median peak RSS (MB) |"
echo "|---|---:|---:|---:|---:|"
for ((i = 0; i < count; i++)); do
  col() { awk -F'\t' -v i="$i" -v c="$1" '$1 == i {print $c}' "$raw"; }
  printf '| %s | %.3f | %.3f | %.3f | %.0f |\n' "${labels[$i]}" "$(col 2 | median)" "$(col 2 | minimum)" \
    "$(col 3 | median)" "$(col 4 | median | awk '{print $1 / 1024}')"
done
