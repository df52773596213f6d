#!/usr/bin/env bash
# make corpus: generates a client for every public document in ../shared/corpus (and the 3.0.3 xAI
# seed) into one package, one module each, compiles every module, and prints a table:
# document, OpenAPI version, operations, schemas, warnings, errors, generation and compile time.
# Each snippet test's document (Tests/GeneratorTests/Snippets) is compiled the same way, so the exact
# Swift the snippets record is also known to build; they get one summary line, not table rows.
# The matrix-spec tree's client-server documents (each a file of its own that refers to files shared
# across the tree) are modules too; they compile in one `swift build` of a library product holding
# them all, which is faster than one build each, and share one table row.
# Every document's test kit (the `testKit` setting: the client's `Mock`) is generated beside it and
# compiled in one build of a library product holding them all, after the clients; one summary line.
# Exits non-zero if any document fails to generate or compile, or any generated operation's path
# still holds a `{…}` its method does not fill, or any test kit fails to compile.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
generator="${GENERATOR:-$root/.build/debug/generator}"
corpus_dir="${CORPUS:-$root/../shared/corpus}"
work="${CORPUS_WORK:-$root/.build-corpus}"
package="$work/CorpusClients"
results="$work/results.tsv"
mkdir -p "$package/Sources"
python="$root/.venv/bin/python"
[ -x "$python" ] || python=python3
elapsed() { awk -v start="$1" -v end="$(date +%s.%N)" 'BEGIN { printf "%.2f", end - start }'; }
: > "$results"

documents=("$corpus_dir"/*.yaml "$corpus_dir"/*.yml "$corpus_dir"/*.json)
[ -f "$root/../shared/seeds/002_c8d9509e32a53789.txt" ] && documents+=("$root/../shared/seeds/002_c8d9509e32a53789.txt")
documents+=("$root"/Tests/GeneratorTests/Snippets/*.yaml)
for matrix_document in "$corpus_dir"/matrix-spec-3.1/data/api/client-server/*.yaml; do
  grep -q '^openapi:' "$matrix_document" && documents+=("$matrix_document")
done
# The `hashable: false` setting, compiled on a real document (what it saves: docs/compile-time.md;
# modules here compile side by side, so this table's times do not show it).
documents+=("unhashable:$corpus_dir/spotify-official-3.0.yml")

modules=()
wire_modules=(); wire_documents=(); wire_names=()
for document in "${documents[@]}"; do
  variant=""
  case "$document" in unhashable:*) variant=unhashable; document="${document#unhashable:}" ;; esac
  [ -f "$document" ] || continue
  name="$(basename "$document")"; name="${name%.*}"
  [ -n "$variant" ] && name="$name-$variant"
  [ "$name" = "002_c8d9509e32a53789" ] && name="xai-community-3.0.3"
  case "$document" in */Snippets/*) name="snippet-$name" ;; */matrix-spec-3.1/*) name="matrix-$name" ;; esac
  module="Corpus_$(echo "$name" | sed 's/[^A-Za-z0-9]/_/g')"
  modules+=("$module")
  version="$("$python" - "$document" <<'PY'
import json, sys, yaml
text = open(sys.argv[1], encoding="utf-8").read()
try:
    doc = json.loads(text)
except ValueError:
    doc = yaml.safe_load(text)
print(doc.get("openapi") or doc.get("swagger") or "?")
PY
)"
  config="$work/$module.yaml"
  printf 'clientName: Client\nmoduleName: %s\naccess: public\ntemplates: %s\nrequestCatalog: true\ntestKit: %s\n' "$module" "$root/Templates" "$package/Sources/${module}_Testing" > "$config"
  [ "$variant" = unhashable ] && printf 'hashable: false\n' >> "$config"
  start=$(date +%s.%N)
  set +e
  log="$("$generator" generate --spec "$document" --config "$config" --output "$package/Sources/$module" 2>&1)"
  status=$?
  set -e
  seconds=$(elapsed "$start")
  warnings=$(printf '%s\n' "$log" | grep -c ': warning: ' || true)
  errors=$(printf '%s\n' "$log" | grep -c ': error: ' || true)
  summary=$(printf '%s\n' "$log" | grep -o '([0-9]* types, [0-9]* operations' | tail -1 || true)
  types=$(echo "$summary" | sed -n 's/(\([0-9]*\) types.*/\1/p')
  operations=$(echo "$summary" | sed -n 's/.* \([0-9]*\) operations/\1/p')
  # A construct the generator could not map is information the client drops: a failure here.
  unmapped=$(printf '%s\n' "$log" | sed -n 's/.*; \([0-9]*\) constructs could not be mapped.*/\1/p' | tail -1)
  paged=$(printf '%s\n' "$log" | sed -n 's/.* \([0-9]*\) paged,.*/\1/p' | tail -1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%.2f\t%s\t%s\t%s\n' "$name" "$version" "${operations:-0}" "${types:-0}" "$warnings" "$errors" "$seconds" "$status" "${unmapped:-0}" "${paged:-0}" >> "$results"
  printf '%s\n' "$log" > "$work/$module.log"
  # The wire check's cases: a valid value for every parameter and body of every operation.
  # Snippet documents with operations are checked too: they are the focused documents for
  # constructs the public corpus lacks (form encodings, security schemes, path keys).
  has_operations=yes
  [ -n "$variant" ] && has_operations=no  # the same requests as the document's own row
  case "$name" in snippet-*) grep -q 'operationId' "$document" || has_operations=no ;; esac
  if [ "$status" = 0 ] && [ "$has_operations" = yes ]; then
    mkdir -p "$work/wire"
    wire_document="$document"
    # A document split over files is checked as the single document the generator read.
    case "$name" in matrix-*)
      wire_document="$work/wire/$module.merged.json"
      "$generator" merged-spec --spec "$document" --output "$wire_document" ;;
    esac
    "$python" "$root/Tests/Python/wire_check.py" cases "$wire_document" "$work/wire/$module.cases.json"
    wire_modules+=("$module"); wire_documents+=("$wire_document"); wire_names+=("$name")
  fi
done

{
  echo '// swift-tools-version:6.1'
  echo '// Generated by scripts/corpus.sh: one module per public OpenAPI document.'
  echo 'import PackageDescription'
  echo 'let package = Package('
  echo '    name: "CorpusClients",'
  echo '    platforms: [.macOS(.v13)],'
  echo '    products: ['
  matrix_targets=$(printf '"%s", ' "${modules[@]}" | tr ' ' '\n' | grep '^"Corpus_matrix_' | tr '\n' ' ')
  echo "        .library(name: \"MatrixClients\", targets: [${matrix_targets}]),"
  kit_targets=$(printf '"%s_Testing", ' "${modules[@]}")
  echo "        .library(name: \"TestKits\", targets: [${kit_targets}]),"
  echo '    ],'
  echo "    dependencies: ["
  echo "        .package(name: \"main\", path: \"$root\"),"
  echo '        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),'
  echo '        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),'
  echo '    ],'
  echo '    targets: ['
  for module in "${modules[@]}"; do
    echo "        .target(name: \"$module\", dependencies: [.product(name: \"GeneratedClientRuntime\", package: \"main\")]),"
    echo "        .target(name: \"${module}_Testing\", dependencies: [\"$module\", .product(name: \"GeneratedClientTesting\", package: \"main\")]),"
  done
  echo '        .executableTarget(name: "WireCheck", dependencies: ['
  echo '            .product(name: "GeneratedClientRuntime", package: "main"),'
  echo '            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),'
  echo '            .product(name: "HTTPTypes", package: "swift-http-types"),'
  for module in "${wire_modules[@]}"; do echo "            \"$module\","; done
  echo '        ]),'
  echo '    ]'
  echo ')'
} > "$package/Package.swift"

# The wire check's executable: the harness, and a main that runs every module's cases.
mkdir -p "$package/Sources/WireCheck"
cp "$root/scripts/wire-check/Harness.swift" "$package/Sources/WireCheck/Harness.swift"
{
  echo '// Generated by scripts/corpus.sh.'
  echo 'import GeneratedClientRuntime'
  echo 'import Foundation'
  for module in "${wire_modules[@]}"; do echo "import $module"; done
  echo 'let work = CommandLine.arguments[1]'
  echo 'let runs: [(String, () async throws -> [String])] = ['
  for module in "${wire_modules[@]}"; do
    echo "    (\"$module\", { try await record(cases: work + \"/$module.cases.json\", builders: $module.RequestCatalog.builders, makeClient: { try $module.Client(apiKey: \"wire:check\", serverURL: \$0, configuration: .init(transport: \$1)) }, api: { \$0.client }) }),"
  done
  echo ']'
  echo 'let roundTrips: [(String, [String: @Sendable (Data) throws -> Data])] = ['
  for module in "${wire_modules[@]}"; do echo "    (\"$module\", $module.RequestCatalog.responseRoundTrips),"; done
  echo ']'
  echo 'for (module, run) in runs {'
  echo '    let lines = try await run()'
  echo '    try (lines.joined(separator: "\n") + "\n").write(toFile: work + "/" + module + ".jsonl", atomically: true, encoding: .utf8)'
  echo '}'
  echo 'for (module, table) in roundTrips {'
  echo '    let lines = try roundTrip(cases: work + "/" + module + ".cases.json", roundTrips: table)'
  echo '    try (lines.joined(separator: "\n") + "\n").write(toFile: work + "/" + module + ".responses.jsonl", atomically: true, encoding: .utf8)'
  echo '}'
} > "$package/Sources/WireCheck/main.swift"

# Dependencies once, then every module on its own so each gets a compile time and a result.
swift build --package-path "$package" --target "${modules[0]}" > "$work/deps.log" 2>&1 || true
failed=0
snippets=0
snippets_failed=0
printf '| document | OpenAPI | operations | paged | schemas | warnings | errors | generation (s) | compile (s) | result |\n|---|---|---|---|---|---|---|---|---|---|\n' > "$work/table.md"
index=0
matrix_documents=0; matrix_operations=0; matrix_paged=0; matrix_types=0; matrix_warnings=0; matrix_errors=0; matrix_seconds=0; matrix_failed=0
while IFS=$'\t' read -r name version operations types warnings errors seconds status unmapped paged; do
  module="${modules[$index]}"; index=$((index + 1))
  result="ok"; compile="-"
  case "$name" in matrix-*)
    matrix_documents=$((matrix_documents + 1)); matrix_operations=$((matrix_operations + operations)); matrix_paged=$((matrix_paged + paged)); matrix_types=$((matrix_types + types))
    matrix_warnings=$((matrix_warnings + warnings)); matrix_errors=$((matrix_errors + errors))
    matrix_seconds=$(awk -v a="$matrix_seconds" -v b="$seconds" 'BEGIN { printf "%.2f", a + b }')
    if [ "$status" != 0 ]; then
      matrix_failed=$((matrix_failed + 1)); echo "$name: generation failed" >&2; tail -3 "$work/$module.log" >&2
    elif [ "$unmapped" != 0 ]; then
      matrix_failed=$((matrix_failed + 1)); echo "$name: $unmapped unmapped" >&2; grep 'warning: ' "$work/$module.log" >&2 || true
    fi
    continue ;;
  esac
  if [ "$status" != 0 ]; then
    result="generation failed"; failed=$((failed + 1))
  else
    # Touch the sources so the module is compiled again even when generation changed nothing.
    find "$package/Sources/$module" -name '*.swift' -exec touch {} +
    start=$(date +%s.%N)
    if swift build --package-path "$package" --target "$module" > "$work/$module.build.log" 2>&1; then
      compile=$(elapsed "$start")
    else
      result="compile failed"; failed=$((failed + 1))
      compile=$(elapsed "$start")
      grep -m 5 'error:' "$work/$module.build.log" >&2 || true
    fi
    if [ "$result" = ok ] && [ "$unmapped" != 0 ]; then
      result="$unmapped unmapped"; failed=$((failed + 1))
      grep 'warning: ' "$work/$module.log" >&2 || true
    fi
  fi
  case "$name" in
    snippet-*)
      snippets=$((snippets + 1))
      [ "$result" = ok ] || { snippets_failed=$((snippets_failed + 1)); echo "$name: $result" >&2; }
      continue ;;
  esac
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$version" "$operations" "$paged" "$types" "$warnings" "$errors" "$seconds" "$compile" "$result" >> "$work/table.md"
done < "$results"
if [ "$matrix_documents" -gt 0 ]; then
  find "$package/Sources" -path '*/Corpus_matrix_*' -name '*.swift' -exec touch {} +
  start=$(date +%s.%N)
  result="ok"
  if ! swift build --package-path "$package" --product MatrixClients > "$work/matrix.build.log" 2>&1; then
    broken=$( (grep -o 'Sources/Corpus_matrix_[A-Za-z0-9_]*/' "$work/matrix.build.log" || true) | sort -u | wc -l)
    [ "$broken" -gt 0 ] || broken=1
    matrix_failed=$((matrix_failed + broken)); result="$broken compile failed"
    grep -m 10 'error:' "$work/matrix.build.log" >&2 || true
  fi
  compile="$(elapsed "$start") (all together)"
  [ "$matrix_failed" -eq 0 ] || result="$matrix_failed failed"
  failed=$((failed + matrix_failed))
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "matrix-spec-3.1 client-server, $matrix_documents documents" "3.1.0" "$matrix_operations" "$matrix_paged" "$matrix_types" "$matrix_warnings" "$matrix_errors" "$matrix_seconds" "$compile" "$result" >> "$work/table.md"
fi
# Every test kit, in one build: the clients are built by now, so this compiles one file per document.
kits=${#modules[@]}
kits_failed=0
if ! swift build --package-path "$package" --product TestKits > "$work/testkits.build.log" 2>&1; then
  kits_failed=$( (grep -o 'Sources/Corpus_[A-Za-z0-9_]*_Testing/' "$work/testkits.build.log" || true) | sort -u | wc -l)
  [ "$kits_failed" -gt 0 ] || kits_failed=1
  grep -m 10 'error:' "$work/testkits.build.log" >&2 || true
  failed=$((failed + 1))
fi
# No generated operation may send a path that still holds a `{…}`: a parameter nothing fills.
unfilled=$(grep -rlE 'path: "[^"]*\{[A-Za-z_]' "$package/Sources" --include='*.swift' || true)
if [ -n "$unfilled" ]; then
  echo "operations whose path keeps a {…} no argument fills:" >&2
  echo "$unfilled" >&2
  failed=$((failed + 1))
fi
# The wire check: every operation's request, built from generated values by the generated client,
# validated by openapi-core against its document.
wire_failed=0
: > "$work/wire/summary.txt"
if swift build --package-path "$package" --product WireCheck > "$work/wirecheck.build.log" 2>&1 \
   && swift run --skip-build --package-path "$package" WireCheck "$work/wire" > "$work/wirecheck.run.log" 2>&1; then
  for index in "${!wire_modules[@]}"; do
    module="${wire_modules[$index]}"
    if ! "$python" "$root/Tests/Python/wire_check.py" validate "${wire_documents[$index]}" "$work/wire/$module.jsonl" \
         --cases "$work/wire/$module.cases.json" --name "${wire_names[$index]}" \
         --exceptions "$root/Tests/Python/wire-check-exceptions.json" \
         --responses "$work/wire/$module.responses.jsonl" >> "$work/wire/summary.txt"; then
      wire_failed=$((wire_failed + 1))
    fi
  done
else
  echo "wire check: the harness did not build or run (see $work/wirecheck.build.log, $work/wirecheck.run.log)" >&2
  tail -20 "$work/wirecheck.build.log" "$work/wirecheck.run.log" >&2 || true
  wire_failed=1
fi
# The table gains two columns: requests that validate, and response bodies that round-trip.
"$python" - "$work/wire/summary.txt" "$work/table.md" <<'PY'
import re, sys
summary, table = sys.argv[1], sys.argv[2]
requests, responses = {}, {}
for line in open(summary, encoding="utf-8"):
    match = re.match(r"^([^ :]+): (\d+ of \d+) (operations|response)", line)
    if match:
        (requests if match.group(3) == "operations" else responses)[match.group(1)] = match.group(2)
rows = []
for row in open(table, encoding="utf-8").read().splitlines():
    if row.startswith("| document"):
        row += " wire check | responses round-trip |"
    elif row.startswith("|---"):
        row += "---|---|"
    else:
        name = row.split(" | ")[0][2:]
        if name.startswith("matrix-spec"):
            # One row for the tree: the sums of its documents' counts.
            def total(found):
                pairs = [tuple(map(int, value.split(" of "))) for key, value in found.items() if key.startswith("matrix-")]
                return f"{sum(p[0] for p in pairs)} of {sum(p[1] for p in pairs)}" if pairs else "-"
            row += " " + total(requests) + " | " + total(responses) + " |"
        else:
            row += " " + requests.get(name, "-") + " | " + responses.get(name, "-") + " |"
    rows.append(row)
open(table, "w", encoding="utf-8").write("\n".join(rows) + "\n")
PY
cat "$work/table.md"
grep -v '^  ' "$work/wire/summary.txt" | sed 's/^/wire check: /' || true
grep '^  ' "$work/wire/summary.txt" >&2 || true
echo "snippets: $((snippets - snippets_failed)) of $snippets compile"
echo "test kits: $((kits - kits_failed)) of $kits compile"
total=${#modules[@]}
echo "corpus: $((total - failed)) passed, $failed failed"
echo "wire check: $((${#wire_modules[@]} - wire_failed)) of ${#wire_modules[@]} documents without unexpected failures"
[ "$failed" -eq 0 ] && [ "$wire_failed" -eq 0 ]
