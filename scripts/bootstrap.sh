#!/usr/bin/env bash
# Installs what building and testing need and is missing: libyaml-dev (Debian) for the generator's
# YAML loader, and the Python test tools in .venv. Safe to run again; quiet when all is there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! pkg-config --exists yaml-0.1 2>/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "bootstrap: installing libyaml-dev" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libyaml-dev pkg-config >/dev/null
  else
    echo "bootstrap: libyaml is missing; run: sudo apt-get install libyaml-dev pkg-config (macOS: brew install libyaml)" >&2
    exit 1
  fi
fi

if [ "${1:-}" != "--no-python" ]; then
  "$root/scripts/python-venv.sh"
fi
