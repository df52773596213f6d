#!/usr/bin/env bash
# make fuzz [FUZZ_SECONDS=600] [FUZZ_TARGET=all|generator|runtime]: libFuzzer for FUZZ_SECONDS on each
# target.
# - generator: the loader, overlay, resolver and model builder, seeded with the public corpus, the
#   xAI spec and overlay, and the snippet tests; crashes go to Tests/GeneratorTests/FuzzRegressions/.
# - runtime: what servers send (server-sent events, error bodies, Retry-After, retry-after-ms and
#   rate-limit headers), seeded with Tests/GeneratedClientRuntimeTests/FuzzRegressions/, where crashes go too.
# The tests replay both folders on every run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${FUZZ_SECONDS:-600}"
target="${FUZZ_TARGET:-all}"
flags=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld)

if [ "$target" = all ] || [ "$target" = generator ]; then
  swift build -c debug --product generator --scratch-path .build-fuzz "${flags[@]}" 2>&1 | grep -E "error|Compiling Generator|Build" || true
  seeds=.build-fuzz/corpus
  mkdir -p "$seeds"
  cp ../shared/corpus/*.yaml ../shared/corpus/*.yml ../shared/corpus/*.json "$seeds/" 2>/dev/null || true
  cp Spec/xai-openapi.json Spec/xai-overlay.yaml Tests/GeneratorTests/Snippets/*.yaml "$seeds/"
  cp Tests/GeneratorTests/DiffFixtures/*/old.yaml "$seeds/" 2>/dev/null || true
  .build-fuzz/debug/generator "$seeds" -max_total_time="$seconds" -max_len=2000000 -timeout=30 -rss_limit_mb=4096 \
    -artifact_prefix=Tests/GeneratorTests/FuzzRegressions/ -print_final_stats=1 2>&1 | tail -n 15
fi

if [ "$target" = all ] || [ "$target" = runtime ]; then
  swift build -c debug --product GeneratedClientRuntimeFuzz --scratch-path .build-fuzz "${flags[@]}" 2>&1 | grep -E "error|Compiling GeneratedClientRuntime|Build" || true
  seeds=.build-fuzz/runtime-corpus
  mkdir -p "$seeds"
  cp Tests/GeneratedClientRuntimeTests/FuzzRegressions/* "$seeds/"
  .build-fuzz/debug/GeneratedClientRuntimeFuzz "$seeds" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=Tests/GeneratedClientRuntimeTests/FuzzRegressions/ -print_final_stats=1 2>&1 | tail -n 15
fi
