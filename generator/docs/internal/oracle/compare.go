package oracle

import (
	"fmt"
	"strings"
	"testing"
)

// Compare checks got[i] against the oracle's results[i] byte for byte. It reports
// up to maxReports mismatches (with the first differing line), fails t when any
// case differs, and returns the number of cases that matched.
func Compare(t testing.TB, names []string, got []string, results []Result, maxReports int) int {
	t.Helper()
	pass, reported := 0, 0
	for i, res := range results {
		if res.Err != "" {
			t.Errorf("%s: the Node tool threw: %s", names[i], res.Err)
			continue
		}
		if got[i] == res.Out {
			pass++
			continue
		}
		if reported < maxReports {
			t.Errorf("%s: differs from Node\n%s", names[i], FirstDiff(res.Out, got[i]))
		}
		reported++
	}
	if pass != len(results) {
		t.Errorf("%d of %d cases differ from Node", len(results)-pass, len(results))
	}
	return pass
}

// FirstDiff describes the first line where got differs from want, with context.
func FirstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	from := max(0, i-3)
	var b strings.Builder
	for j := from; j < i; j++ {
		fmt.Fprintf(&b, "  %4d   %q\n", j+1, wl[j])
	}
	for j := i; j < min(i+3, len(wl)); j++ {
		fmt.Fprintf(&b, "  %4d - %q\n", j+1, wl[j])
	}
	for j := i; j < min(i+3, len(gl)); j++ {
		fmt.Fprintf(&b, "  %4d + %q\n", j+1, gl[j])
	}
	return b.String()
}
