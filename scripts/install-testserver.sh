#!/bin/sh
# install-testserver.sh installs the AutoRest test server (@microsoft.azure/autorest.testserver,
# pinned) into .tools/ at the repository root, for the conformance tests of internal/conformance.
# Node and npm must already be installed. Run it from anywhere; it is idempotent.
set -eu
version=3.3.51
root=$(cd "$(dirname "$0")/.." && pwd)
pkg="$root/.tools/node_modules/@microsoft.azure/autorest.testserver/package.json"
if [ -f "$pkg" ] && grep -q "\"version\": \"$version\"" "$pkg"; then
	echo "autorest.testserver $version already installed in $root/.tools"
	exit 0
fi
mkdir -p "$root/.tools"
npm install --prefix "$root/.tools" "@microsoft.azure/autorest.testserver@$version" --no-audit --no-fund
