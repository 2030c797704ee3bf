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
