#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (tests/test_web_browser.py) when it is missing.
# Idempotent and quiet: does nothing when /usr/bin/chromium is already there, and prints apt's
# output only when the install fails.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "ensure-chromium: could not install Debian's chromium (see above)" >&2
    exit 1
fi
test -x /usr/bin/chromium
