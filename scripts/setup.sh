#!/bin/sh
# Installs everything the test suite needs on a fresh Debian machine: the Debian packages the
# browser test uses (Debian's chromium, never a downloaded browser), then the npm packages.
# Safe to run again: it installs only what is missing.
set -eu
cd "$(dirname "$0")/.."

# chromium: the dashboard's browser test; golang-go, openjdk-17-jdk-headless and libjackson2-databind-java:
# the generated Go client and Java models (test/clients.test.ts); python3-venv, python3-pip,
# python3-setuptools and python3-wheel: installing the generated Python client offline into a venv
# (pip install --no-build-isolation --no-index) for test/clients.test.ts and test/python-client.test.ts;
# python3-mypy: that its type hints hold (mypy --strict) for it and for a consumer; gcc and libc6-dev:
# the Go race detector (go test -race) in test/go-client.test.ts; prometheus: promtool, which checks
# the /metrics exposition (test/operator.test.ts); tmux: the pseudo-terminal that test/watch.test.ts
# drives `watch` in (80×24, resized, keys sent, the screen captured); redis-server: the Redis engine's
# tests (test/redis.test.ts) and bench row, which start their own redis-server on a free port;
# openssl: the certificates of the TLS Redis in test/redis-security.test.ts.
DEBIAN_PACKAGES="chromium golang-go openjdk-17-jdk-headless libjackson2-databind-java python3-venv python3-pip python3-setuptools python3-wheel python3-mypy gcc libc6-dev prometheus tmux redis-server openssl"

missing=""
for package in $DEBIAN_PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: these Debian packages are missing:$missing; install them as root (apt-get install$missing)" >&2
    exit 1
  fi
  echo "setup: installing Debian packages:$missing"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

npm ci --no-audit --no-fund
