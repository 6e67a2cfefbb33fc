#!/usr/bin/env bash
# Headless browser for the web tests: Debian's chromium + chromium-driver (apt, as root) and the
# Selenium bindings in .venv. Selenium 4.52.0 is installed without its dependency resolver because it
# asks for a certifi newer than the package index here has; its other dependencies are installed normally.
# Usage: scripts/install-browser.sh   (safe to re-run; does nothing when everything is there)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-browser: please run as root: apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

PY=.venv/bin/python
if [ -x "$PY" ] && ! "$PY" -c "import selenium" >/dev/null 2>&1; then
  "$PY" -m pip install -q --disable-pip-version-check \
    "trio>=0.31.0,<1.0" "trio-websocket>=0.12.2,<1.0" "typing_extensions>=4.15.0,<5.0" \
    "urllib3[socks]>=2.6.3,<3.0" "websocket-client>=1.8.0,<2.0" certifi
  "$PY" -m pip install -q --disable-pip-version-check --no-deps "selenium==4.52.0"
fi
echo "install-browser: $(chromium --version 2>/dev/null | head -1); selenium $("$PY" -c 'import selenium; print(selenium.__version__)')" >&2
