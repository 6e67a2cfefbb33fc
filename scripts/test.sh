#!/usr/bin/env bash
# Install everything (apt and pip, including the headless browser) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
exec .venv/bin/python -m pytest "$@"
