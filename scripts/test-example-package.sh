#!/usr/bin/env bash
# Examples/Petstore is a package of its own, as another team would write it. This builds and runs it
# the way that team would: the command plugin's output is committed and must be current
# (`generate-client --check`, the test kit in PetstoreTesting included), the build plugin generates
# the other target on `swift build`, the demo program prints what both clients send, and the
# package's own test of its code runs on the test kit. Then `generator init` makes a package that builds.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
package=Examples/Petstore
scratch="$root/.build-example"
mkdir -p "$scratch"
passed=0 failed=0
check() { if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; fi; }

swift package --package-path "$package" --scratch-path "$scratch" --allow-writing-to-package-directory \
  generate-client --target Petstore --check > "$scratch/check.log" 2>&1 && status=0 || status=$?
check "the command plugin's committed client is current" '[ "$status" = 0 ] || { cat "$scratch/check.log"; false; }'
swift build --package-path "$package" --scratch-path "$scratch" > "$scratch/build.log" 2>&1 && status=0 || status=$?
check "the package builds, the build plugin generating PetstoreOnBuild" '[ "$status" = 0 ] || { grep -m 10 "error" "$scratch/build.log"; false; }'
outputs="$(find "$scratch/plugins" -path '*GenerateClientOnBuild*/GeneratedSources/*.swift' 2>/dev/null | xargs -n1 basename 2>/dev/null | sort | tr '\n' ' ')"
check "the build plugin wrote its fixed set of files" '[ "$outputs" = "Client.swift Operations.swift Types.swift " ] || { echo "outputs: $outputs"; false; }'
output="$(swift run --skip-build --package-path "$package" --scratch-path "$scratch" PetstoreDemo 2>&1)" && status=0 || status=$?
expected='GET /pets?limit=10&tags=a&tags=b
GET /pets?limit=10&tags=a&tags=b
GET /pets/a%2Fb
{"kind":{"indoor":true,"type":"cat"},"name":"Tom"}
{"kind":{"breed":"collie","type":"dog"},"name":"Rex"}'
check "the demo prints what both clients send" '[ "$status" = 0 ] && [ "$output" = "$expected" ] || { echo "$output"; false; }'
# The team's own test of its code, on the generated test kit (`PetstoreClient.Mock`): no server.
swift build --build-tests --package-path "$package" --scratch-path "$scratch" > "$scratch/test-build.log" 2>&1 && status=0 || status=$?
check "the package's tests build on the test kit" '[ "$status" = 0 ] || { grep -m 10 "error" "$scratch/test-build.log"; false; }'
output="$(swift test --skip-build --package-path "$package" --scratch-path "$scratch" 2>&1)" && status=0 || status=$?
check "the package's 3 tests on the test kit pass" '[ "$status" = 0 ] && echo "$output" | grep -q "Test run with 3 tests in 1 suite passed" || { echo "$output" | tail -20; false; }'
# `generator init`: a new user's package for their spec in one command, that builds as it is.
rm -rf "$scratch/init"
"$root/.build/debug/generator" init --spec "$package/Sources/Petstore/openapi.yaml" --name Shop --into "$scratch/init/Shop" > "$scratch/init.log" 2>&1 && status=0 || status=$?
check "generator init made a package" '[ "$status" = 0 ] && [ -f "$scratch/init/Shop/Sources/Shop/ShopClient.swift" ] || { cat "$scratch/init.log"; false; }'
swift build --package-path "$scratch/init/Shop" --scratch-path "$scratch" > "$scratch/init-build.log" 2>&1 && status=0 || status=$?
check "the package generator init made builds" '[ "$status" = 0 ] || { grep -m 10 "error" "$scratch/init-build.log"; false; }'
"$root/.build/debug/generator" init --spec "$package/Sources/Petstore/openapi.yaml" --name Shop --into "$scratch/init/Shop" > "$scratch/init-again.log" 2>&1 && status=0 || status=$?
check "generator init refuses a folder that is not empty" '[ "$status" != 0 ] && grep -q "is not empty" "$scratch/init-again.log"'
echo "example package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
