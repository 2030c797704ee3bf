package selfreference

import (
	"encoding/json"
	"testing"
)

func TestRecursiveTypesRoundTrip(t *testing.T) {
	in := `{"ping":{"pong":{"ping":{}}},"tree":{"children":[{"children":[]},{"parent":{}}],"index":{"a":{}}}}`
	var r Root
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(r)
	if string(out) != in {
		t.Fatalf("round trip:\n got %s\nwant %s", out, in)
	}
}

// Nest and Chain are arrays that hold themselves with no model in between: where they
// recur, the values are any, and the JSON still round-trips.
func TestRecursiveArraysRoundTrip(t *testing.T) {
	in := `{"chain":[[],[[[]]]],"nest":[{"a":[[{"b":[]}],[]]},{}]}`
	var r Root
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Nest) != 2 || len(r.Nest[0]["a"]) != 2 || len(r.Chain) != 2 {
		t.Fatalf("decoded %+v", r)
	}
	out, _ := json.Marshal(r)
	if string(out) != in {
		t.Fatalf("round trip:\n got %s\nwant %s", out, in)
	}
}
