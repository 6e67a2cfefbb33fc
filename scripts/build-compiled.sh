#!/usr/bin/env bash
# Compile the quote and mention extractors (the modules listed in src/duiding/analyse/compiled.py) to C
# extensions with mypyc, next to their sources (ignored by git), and record the sources' hashes: a changed
# source makes duiding load its Python file again until this is rerun. Needs gcc and mypy (extra "compile").
# Usage: scripts/build-compiled.sh [python]   (default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
PY="$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")"  # absolute, the venv link kept
mapfile -t SOURCES < <("$PY" -c 'from duiding.analyse.compiled import source_paths; print(*source_paths(), sep="\n")')
cd src
"$PY" -m mypyc --config-file ../pyproject.toml "${SOURCES[@]}" >build-compiled.log 2>&1 || {
  tail -20 build-compiled.log >&2
  exit 1
}
"$PY" -c 'from duiding.analyse.compiled import write_manifest; write_manifest()'
rm -f build-compiled.log
echo "build-compiled: ${#SOURCES[@]} modules compiled" >&2
