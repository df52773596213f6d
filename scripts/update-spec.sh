#!/usr/bin/env bash
# make update-spec SPEC=path: replaces the upstream document, regenerates the client, prints the API
# change report and the diff stat of the generated client. On failure the previous spec is restored.
set -euo pipefail
new="$1" spec="$2" overlay="$3" config="$4" output="$5" generator="$6" kit="$7"
if [ -z "$new" ] || [ ! -f "$new" ]; then
  echo "usage: make update-spec SPEC=path/to/openapi.json (or .yaml)" >&2
  exit 2
fi
previous="$(mktemp)"
trap 'rm -f "$previous"' EXIT
cp "$spec" "$previous"
# JSON is stored as it comes; YAML, and a document that refers to other files, as the one JSON
# document the generator reads (merged-spec bundles the files).
if [[ "$new" == *.json ]] && ! grep -qE '"\$ref" *: *"[^#]' "$new"; then
  cp "$new" "$spec"
else
  "$generator" merged-spec --spec "$new" --output "$spec"
fi
if ! "$generator" generate --spec "$spec" --overlay "$overlay" --config "$config" --output "$output" --test-kit-output "$kit"; then
  cp "$previous" "$spec"
  echo "update-spec: generation failed; $spec restored. Fix the overlay (see the errors above) and run again." >&2
  exit 1
fi
echo
"$generator" diff "$previous" "$spec" --overlay "$overlay"
echo
git diff --stat -- "$output" "$kit" "$spec" || true
echo
echo "Review the report and the diff, run 'make test', then commit."
