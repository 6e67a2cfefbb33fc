#!/usr/bin/env bash
# The main job on the bundled sample corpus: install, then ingest + analyse examples/ into out/sample.db
# and write the analysis (JSON contract and Markdown) and a report into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p out
rm -f out/sample.db out/sample.db-wal out/sample.db-shm
export DUIDING_DB=out/sample.db
.venv/bin/duiding analyze examples --format json --stats > out/sample-analysis.json
.venv/bin/duiding analyze examples --format md > out/sample-analysis.md
.venv/bin/duiding report examples -o out/sample-report.md
.venv/bin/duiding ls
echo "wrote out/sample-analysis.json, out/sample-analysis.md$( [ -f out/sample-report.md ] && echo ', out/sample-report.md')" >&2
