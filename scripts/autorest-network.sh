#!/bin/sh
# autorest-network.sh generates the Azure SDK's Go package for a tag of the mirror's Network
# readme with AutoRest itself (autorest 3.8.0 from npm, core 3.10.9, @autorest/go
# 4.0.0-preview.76, modelerfour 4.27.3: the versions of the issue that asked for the
# comparison), once: the package is cached in .tools/autorest-out/TAG/armnetwork and reused
# while the mirror's Network readme and the versions below stay the same.
# Usage: scripts/autorest-network.sh SPECS_ROOT TAG; prints the package's folder, last.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
specs=$(cd "$1" && pwd)
tag=$2
readme="$specs/specification/network/resource-manager/readme.md"
[ -f "$readme" ] || { echo "autorest-network.sh: no Network readme at $readme" >&2; exit 1; }
tools="$root/.tools/autorest"
if [ ! -x "$tools/node_modules/.bin/autorest" ]; then
	mkdir -p "$tools"
	npm install --prefix "$tools" autorest@3.8.0 --no-audit --no-fund >&2
fi
versions="autorest@3.8.0 core=3.10.9 go=4.0.0-preview.76 modelerfour=4.27.3"
stamp="$versions $(cat "$readme" | cksum)"
out="$root/.tools/autorest-out/$tag/armnetwork"
if [ -f "$out/.armgen-stamp" ] && [ "$(cat "$out/.armgen-stamp")" = "$stamp" ]; then
	echo "$out"
	exit 0
fi
rm -rf "$out"
mkdir -p "$out"
echo "autorest-network.sh: AutoRest is generating $tag (several minutes; cached afterwards)" >&2
"$tools/node_modules/.bin/autorest" --version=3.10.9 --go --use=@autorest/go@4.0.0-preview.76 --use=@autorest/modelerfour@4.27.3 \
	--modelerfour.lenient-model-deduplication --license-header=MICROSOFT_MIT_NO_VERSION --remove-unreferenced-types \
	--azure-arm=true --tag="$tag" --output-folder="$out" --module=example.com/ar/armnetwork "$readme" >&2
printf '%s' "$stamp" >"$out/.armgen-stamp"
echo "$out"
