#!/bin/sh
# install-node-tools.sh installs the Node tools that the docs differential tests compare
# against (prettier 2.8.8) into .tools/ at the repository root. Node itself (/usr/bin/node)
# must already be installed. Run it from anywhere; it is idempotent.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -f "$root/.tools/node_modules/prettier/package.json" ] &&
	grep -q '"version": "2.8.8"' "$root/.tools/node_modules/prettier/package.json"; then
	echo "prettier 2.8.8 already installed in $root/.tools"
	exit 0
fi
mkdir -p "$root/.tools"
npm install --prefix "$root/.tools" prettier@2.8.8 --no-audit --no-fund
