#!/usr/bin/env bash
# make fuzz: a fuzzing campaign over armgen's fuzz targets, one after the other, each for
# FUZZTIME (default 1m) with FUZZPARALLEL workers (default 1: the machine is shared), then
# the statement coverage of the generator's packages reached by the seed corpus alone and by
# the seeds plus everything the campaign found (Go's fuzz cache). Logs and the summary go to
# _fuzz/. A crasher the fuzzer finds is written to the package's testdata/fuzz/<Target>/
# (go test's own rule); the script then exits 1 and lists it: turn it into a golden case
# (generator/testdata/<case>/) and fix it.
#
#   FUZZTIME=30m FUZZTARGETS="FuzzPipeline" bash scripts/fuzz.sh
set -uo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
FUZZTIME=${FUZZTIME:-1m}
FUZZPARALLEL=${FUZZPARALLEL:-1}
# target package
ALL="FuzzPipeline:./generator FuzzGenerate:./generator FuzzParse:./generator/jsonv FuzzReadme:./generator/config FuzzRules:./generator/rules"
FUZZTARGETS=${FUZZTARGETS:-}
COVERPKG=github.com/armgen/armgen/generator/...
mkdir -p _fuzz
summary=_fuzz/SUMMARY.md
: >"$summary"
echo "| target | package | fuzz time | executions | new interesting inputs | crashers |" >>"$summary"
echo "|---|---|---|---|---|---|" >>"$summary"
status=0
cache=$($GO env GOCACHE)/fuzz/github.com/armgen/armgen
for entry in $ALL; do
  target=${entry%%:*}
  pkg=${entry#*:}
  if [ -n "$FUZZTARGETS" ] && ! grep -qw "$target" <<<"$FUZZTARGETS"; then
    continue
  fi
  log=_fuzz/$target.log
  before=$(ls "$pkg/testdata/fuzz/$target" 2>/dev/null | wc -l)
  echo "== $target ($pkg) for $FUZZTIME, $FUZZPARALLEL worker(s)"
  nice $GO test -run '^$' -fuzz "^$target\$" -fuzztime "$FUZZTIME" -parallel "$FUZZPARALLEL" "$pkg" >"$log" 2>&1
  rc=$?
  tail -n 3 "$log"
  last=$(grep -o 'execs: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*')
  found=$(grep -o 'new interesting: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$')
  after=$(ls "$pkg/testdata/fuzz/$target" 2>/dev/null | wc -l)
  crashers=$((after - before))
  if [ "$rc" -ne 0 ] || [ "$crashers" -gt 0 ]; then
    status=1
    echo "$target FAILED (exit $rc); new files in $pkg/testdata/fuzz/$target:" >&2
    ls -t "$pkg/testdata/fuzz/$target" 2>/dev/null | head -n "$crashers" >&2
  fi
  echo "| $target | \`$pkg\` | $FUZZTIME | ${last:-0} | ${found:-0} | $crashers |" >>"$summary"
done

# Coverage of the generator's packages that the target's test links (go test -coverpkg
# counts only those: FuzzParse's is generator/jsonv alone, FuzzPipeline's nearly all): the
# seed corpus alone, then with the inputs the fuzzer kept (copied for the measurement into
# testdata/fuzz/ and removed again).
echo >>"$summary"
echo "| target | statement coverage, seeds only | seeds and the campaign's corpus | corpus size |" >>"$summary"
echo "|---|---|---|---|" >>"$summary"
for entry in $ALL; do
  target=${entry%%:*}
  pkg=${entry#*:}
  if [ -n "$FUZZTARGETS" ] && ! grep -qw "$target" <<<"$FUZZTARGETS"; then
    continue
  fi
  pct() { grep -o 'coverage: [0-9.]*%' | tail -n 1 | grep -o '[0-9.]*%'; }
  seeds=$(nice $GO test -count=1 -run "^$target\$" -coverpkg="$COVERPKG" "$pkg" 2>&1 | pct)
  dir="$pkg/testdata/fuzz/$target"
  src="$cache/${pkg#./}/$target"
  n=0
  if [ -d "$src" ]; then
    mkdir -p "$dir"
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    for f in "$src"/*; do
      b=campaign-$(basename "$f")
      if [ ! -e "$dir/$b" ]; then cp "$f" "$dir/$b"; echo "$dir/$b" >>"$tmp/copied"; n=$((n + 1)); fi
    done
    with=$(nice $GO test -count=1 -run "^$target\$" -coverpkg="$COVERPKG" "$pkg" 2>&1 | pct)
    [ -f "$tmp/copied" ] && xargs rm -f <"$tmp/copied"
    rmdir "$dir" 2>/dev/null || true
  else
    with=$seeds
  fi
  echo "| $target | ${seeds:-?} | ${with:-?} | $n |" >>"$summary"
done
cat "$summary"
exit $status
