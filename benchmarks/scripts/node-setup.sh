#!/usr/bin/env bash
# Installs the AWS CDK on Node from the npm registry into benchmarks/node/{v2,v1}/node_modules
# (gitignored), exactly as the committed package-lock.json files pin them: aws-cdk-lib 2.263.0 (the
# version of the Java jar) + constructs 10.8.0; @aws-cdk/* 1.204.0 + constructs 3.4.99.
# Skips a folder whose node_modules was installed from the same lock file.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
command -v npm >/dev/null || { log "npm is needed (Node 20)"; exit 1; }
for v in v2 v1; do
  dir=$BENCH/node/$v
  if cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-from-lock" 2>/dev/null; then
    log "node/$v: up to date"
    continue
  fi
  log "node/$v: npm ci"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2 && cp package-lock.json node_modules/.installed-from-lock)
done
