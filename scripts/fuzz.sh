#!/usr/bin/env bash
# make fuzz [FUZZ_SECONDS=600]: libFuzzer on the loader, overlay, resolver and model builder, seeded
# with the public corpus, the xAI spec and overlay, and the snippet tests. A crash is written to
# Tests/GeneratorTests/FuzzRegressions/, where FuzzRegressionTests replays it from then on.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${FUZZ_SECONDS:-600}"
swift build -c debug --product generator --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld 2>&1 | grep -E "error|Compiling Generator|Build" || true
seeds=.build-fuzz/corpus
mkdir -p "$seeds"
cp ../shared/corpus/*.yaml ../shared/corpus/*.yml ../shared/corpus/*.json "$seeds/" 2>/dev/null || true
cp Spec/xai-openapi.json Spec/xai-overlay.yaml Tests/GeneratorTests/Snippets/*.yaml "$seeds/"
cp Tests/GeneratorTests/DiffFixtures/*/old.yaml "$seeds/" 2>/dev/null || true
.build-fuzz/debug/generator "$seeds" -max_total_time="$seconds" -max_len=2000000 -timeout=30 -rss_limit_mb=4096 \
  -artifact_prefix=Tests/GeneratorTests/FuzzRegressions/ -print_final_stats=1 2>&1 | tail -n 15
