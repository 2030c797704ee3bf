package fakearm

import (
	"strings"
	"testing"
)

func TestDiffJSON(t *testing.T) {
	if d := DiffJSON([]byte(`{"a":1,"b":[1.0,"x"],"n":null}`), []byte(`{"b":[1e0,"x"],"a":1.00}`)); len(d) != 0 {
		t.Errorf("equal documents differ: %v", d)
	}
	d := DiffJSON([]byte(`{"a":1,"b":{"c":[1,2]},"gone":true}`), []byte(`{"a":2,"b":{"c":[1]},"new":"x"}`))
	want := []string{"$.a: want 1, got 2", "$.b.c: want 2 elements", "$.gone: missing", "$.new: unexpected"}
	if len(d) != len(want) {
		t.Fatalf("diffs %v", d)
	}
	for i, w := range want {
		if !strings.HasPrefix(d[i], w) {
			t.Errorf("diff %d = %q, want prefix %q", i, d[i], w)
		}
	}
	if d := DiffJSON(nil, []byte(`{}`)); len(d) != 1 {
		t.Errorf("no body vs {}: %v", d)
	}
}
