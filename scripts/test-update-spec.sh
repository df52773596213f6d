#!/usr/bin/env bash
# End-to-end check of `make update-spec` and `make api-report` on a changed copy of the xAI spec,
# in a scratch folder so the repository is left as it was.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
passed=0 failed=0
check() { if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; fi; }

cp Spec/xai-openapi.json "$scratch/xai-openapi.json"
cp -R Sources/GeneratedClient "$scratch/client"
cp -R Sources/XAITesting "$scratch/kit"
python3 - "$scratch/changed.json" <<'PY'
import json, sys
spec = json.load(open("Spec/xai-openapi.json"))
schemas = spec["components"]["schemas"]
del schemas["ChatResponse"]["properties"]["system_fingerprint"]          # breaking
schemas["Usage"]["properties"]["cached_cost_in_usd_ticks"] = {"type": "integer", "format": "int64"}  # not breaking
json.dump(spec, open(sys.argv[1], "w"))
PY
make -s update-spec SPEC="$scratch/changed.json" XAI_SPEC="$scratch/xai-openapi.json" OUTPUT="$scratch/client" TEST_KIT_OUTPUT="$scratch/kit" > "$scratch/out.txt" 2>&1 || true
check "update-spec replaced the spec" 'cmp -s "$scratch/changed.json" "$scratch/xai-openapi.json"'
check "update-spec reports the breaking removal once, under its schema" 'grep -A2 "^Breaking:" "$scratch/out.txt" | grep -q "schema ChatResponse (reaches 3 operations: GET /v1/batches/{batch_id}/results, GET /v1/chat/deferred-completion/{request_id}, POST /v1/chat/completions)" && [ "$(grep -c "response-property-removed *properties.system_fingerprint" "$scratch/out.txt")" = 1 ]'
check "update-spec reports the added property" 'grep -A2 "^Not breaking:" "$scratch/out.txt" | grep -q "schema Usage" && grep -q "response-property-added *properties.cached_cost_in_usd_ticks new property" "$scratch/out.txt"'
check "the client was regenerated" '! grep -q "systemFingerprint" "$scratch/client/Types/ChatResponse.swift" && grep -q "cachedCostInUsdTicks\|cachedCostInUSDTicks" "$scratch/client/Types/Usage.swift"'
check "the repository's client is untouched" 'git diff --quiet -- Sources/GeneratedClient Sources/XAITesting Spec'

# A spec the overlay no longer fits is refused and the old spec restored.
python3 -c "import json; s=json.load(open('Spec/xai-openapi.json')); del s['paths']['/v1/tokenize-text']; json.dump(s, open('$scratch/broken.json','w'))"
cp Spec/xai-openapi.json "$scratch/xai-openapi.json"
if make -s update-spec SPEC="$scratch/broken.json" XAI_SPEC="$scratch/xai-openapi.json" OUTPUT="$scratch/client" TEST_KIT_OUTPUT="$scratch/kit" > "$scratch/out2.txt" 2>&1; then failed=$((failed + 1)); echo "FAIL: a spec the overlay does not fit was accepted"; else passed=$((passed + 1)); fi
check "the failed update restored the spec" 'cmp -s Spec/xai-openapi.json "$scratch/xai-openapi.json"'
check "the failure names the overlay action" 'grep -q "matches nothing \[#/actions/" "$scratch/out2.txt"'

# The report against the last commit: no spec change, no API change.
make -s api-report BASE=HEAD > "$scratch/report.md"
check "api-report on an unchanged spec" 'grep -q "No API changes." "$scratch/report.md"'

echo "update-spec: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
