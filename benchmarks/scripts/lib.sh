#!/usr/bin/env bash
# Shared helpers of the benchmark scripts (sourced, not run).
# Paths: BENCH = benchmarks/, ROOT = the reactor root, OUT = benchmarks/target/bench (results).

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
OUT=${OUT:-$BENCH/target/bench}
RUNS=${RUNS:-5}
mkdir -p "$OUT"

# jsii on Node 20 prints deprecation banners on every start unless told not to.
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

log() { printf '%s\n' "$*" >&2; }

# GNU time (/usr/bin/time -v) gives peak RSS; the bash keyword `time` does not.
ensure_gnu_time() {
  if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
    return 0
  fi
  log "installing GNU time (apt-get install time) for peak RSS..."
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && apt-get install -y -qq time) >&2
  else
    (sudo apt-get update -qq && sudo apt-get install -y -qq time) >&2
  fi
  [ -x /usr/bin/time ] || { log "GNU time is needed: apt-get install time"; exit 1; }
}

# The class path / module path of the benchmarks module (built by run-all.sh).
bench_cp() { echo "$BENCH/target/classes:$BENCH/target/lib/*"; }
bench_mp() { echo "$BENCH/target/classes:$BENCH/target/modules"; }

# The CLI, as its README documents it: the launcher, else the module path. Prints the command or nothing.
cli_command() {
  local cli=$ROOT/sfn-tasks-cli/target
  if [ -x "$cli/sfn-tasks" ]; then
    echo "$cli/sfn-tasks"
  elif [ -d "$cli/modules" ]; then
    echo "java -p $cli/modules -m io.github.sfntasks.cli/io.github.sfntasks.cli.Main"
  fi
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }
minimum() { sort -g | head -n 1; }

# Peak RSS (KB) of the whole process tree, sampled every 20 ms: for commands that start children
# (the CDK from Java runs a Node child under the JVM), /usr/bin/time reports the largest single
# process, not their sum.
tree_peak_rss_kb() {
  setsid "$@" >/dev/null 2>&1 &
  local pid=$! peak=0 sum
  while kill -0 "$pid" 2>/dev/null; do
    sum=$(ps -o rss= -s "$pid" 2>/dev/null | awk '{s+=$1} END {print s+0}')
    [ "${sum:-0}" -gt "$peak" ] && peak=$sum
    sleep 0.02
  done
  wait "$pid" 2>/dev/null
  echo "$peak"
}

# measure LABEL CMD...: one unmeasured run (page cache, JIT-free either way), then $RUNS timed runs.
# Wall time from the shell's clock (ns), peak RSS from /usr/bin/time -v (largest single process),
# plus one sampled run for the process tree. Prints a markdown row:
# | LABEL | median wall (s) | min wall (s) | median peak RSS (MB) | tree peak RSS (MB) |
# and appends the raw figures to $OUT/process-runs.tsv.
measure() {
  local label=$1; shift
  local tfile walls=() rss=() i start end
  tfile=$(mktemp)
  if ! "$@" >/dev/null 2>"$OUT/last-stderr.txt"; then
    log "FAILED: $* (see $OUT/last-stderr.txt)"; cat "$OUT/last-stderr.txt" >&2
    echo "| $label | failed | | | |"
    rm -f "$tfile"; return 0
  fi
  for ((i = 0; i < RUNS; i++)); do
    start=$(date +%s%N)
    /usr/bin/time -v -o "$tfile" "$@" >/dev/null 2>/dev/null
    end=$(date +%s%N)
    walls+=("$(awk -v d=$((end - start)) 'BEGIN {printf "%.3f", d / 1e9}')")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$tfile")")
  done
  local tree
  tree=$(tree_peak_rss_kb "$@")
  local mwall minwall mrss
  mwall=$(printf '%s\n' "${walls[@]}" | median)
  minwall=$(printf '%s\n' "${walls[@]}" | minimum)
  mrss=$(printf '%s\n' "${rss[@]}" | median)
  printf '%s\t%s\t%s\n' "$label" "${walls[*]}" "${rss[*]}" >>"$OUT/process-runs.tsv"
  printf '| %s | %.2f | %.2f | %.0f | %.0f |\n' "$label" "$mwall" "$minwall" "$mrss" "$(awk -v k="$tree" 'BEGIN {print k / 1024}')"
  rm -f "$tfile"
}

process_table_header() {
  echo "| what (whole process, cold) | median wall (s) | min wall (s) | median peak RSS (MB) | peak RSS of the process tree, sampled (MB) |"
  echo "|---|---:|---:|---:|---:|"
}

machine_description() {
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- cores (nproc): $(nproc); CPU: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "- memory (free -h): $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "- java: $(java -version 2>&1 | head -n 2 | tr '\n' ' ')"
  echo "- node: $(node -v 2>/dev/null || echo none); npm $(npm -v 2>/dev/null || echo none)"
}
