package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/armgen/armgen/bench"
)

func rows(armgenNs, armgenAllocs, sdkNs, sdkAllocs int64) []row {
	return []row{
		{name: bench.NameArmgen, nsPerOp: armgenNs, allocsOp: armgenAllocs},
		{name: bench.NameArmnetwork, nsPerOp: sdkNs, allocsOp: sdkAllocs},
		{name: bench.NameMapAny, nsPerOp: 100, allocsOp: 10},
	}
}

// TestReportVerdict checks the exit status and messages on fixed numbers: no timing is measured.
func TestReportVerdict(t *testing.T) {
	o := options{rounds: 1, benchtime: time.Second, minSpeedup: 5}
	for _, tc := range []struct {
		name     string
		rows     []row
		want     int
		wantText string
	}{
		{"fast and fewer allocs", rows(100, 5, 600, 50), 0, "PASS: armgen is 6.00x faster"},
		{"exactly the threshold", rows(100, 5, 500, 50), 0, "PASS"},
		{"too slow", rows(100, 5, 499, 50), 1, "FAIL: armgen is 4.99x faster than armnetwork, want at least 5.00x"},
		{"as many allocs", rows(100, 50, 600, 50), 1, "FAIL: armgen makes 50 allocs/op, armnetwork 50"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if got := report(tc.rows, o, &out, &errOut); got != tc.want {
				t.Errorf("status = %d, want %d", got, tc.want)
			}
			all := out.String() + errOut.String()
			if !strings.Contains(all, tc.wantText) {
				t.Errorf("output lacks %q:\n%s", tc.wantText, all)
			}
			if !strings.Contains(out.String(), "speedup vs armnetwork") {
				t.Errorf("no table header in:\n%s", out.String())
			}
		})
	}
}

func TestRunUsage(t *testing.T) {
	for _, args := range [][]string{{"-rounds", "0"}, {"extra"}, {"-no-such-flag"}} {
		var out, errOut bytes.Buffer
		if got := run(args, &out, &errOut); got != 2 {
			t.Errorf("run(%q) = %d, want 2 (usage)", args, got)
		}
	}
}

func TestRunMissingSpecs(t *testing.T) {
	var out, errOut bytes.Buffer
	if got := run([]string{"-specs", t.TempDir()}, &out, &errOut); got != 1 {
		t.Errorf("run(-specs empty) = %d, want 1", got)
	}
	if !strings.Contains(errOut.String(), bench.SpecsRootEnv) {
		t.Errorf("stderr %q does not say how to point at the specs", errOut.String())
	}
}
