#!/bin/sh
# Installs scripts/asyncapi: @asyncapi/generator with the Node 24 it needs, from the npm
# registry. Run by the root package's `prepare` (so by `npm ci`); skips the work when the
# installed tree already matches the lockfile.
set -eu
cd "$(dirname "$0")/asyncapi"
stamp=node_modules/.installed-package-lock.json
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp" && [ -x node_modules/node/bin/node ]; then
  exit 0
fi
# No template here uses puppeteer; never let one download a browser.
PUPPETEER_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json "$stamp"
