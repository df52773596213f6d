#!/usr/bin/env bash
# Create (if missing) the project's Python virtual environment at .venv and
# install Tests/Python/requirements.txt into it.
#
# Idempotent: a stamp file inside .venv records the hash of requirements.txt
# that was last installed; when it matches, the script does nothing and prints
# nothing. Prints the venv's python path with --print-python.
#
# Usage: scripts/python-venv.sh [--print-python]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
requirements="$root/Tests/Python/requirements.txt"
stamp="$venv/.requirements.sha256"
python="${PYTHON:-python3}"

if [[ ! -x "$venv/bin/python" ]]; then
  echo "python-venv: creating $venv" >&2
  "$python" -m venv "$venv"
fi

wanted="$(sha256sum "$requirements" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$wanted" ]]; then
  echo "python-venv: installing $requirements" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    --requirement "$requirements"
  echo "$wanted" > "$stamp"
fi

if [[ "${1:-}" == "--print-python" ]]; then
  echo "$venv/bin/python"
fi
