package enums

import (
	"encoding/json"
	"testing"
)

func TestEnumsOnTheWire(t *testing.T) {
	if got := PossibleSwitchValues(); len(got) != 2 || got[0] != SwitchOn || got[1] != SwitchOff {
		t.Fatalf("PossibleSwitchValues = %v", got)
	}
	var r Root
	in := `{"closed":"Off","level":2,"list":["q","p"],"named":"Green","open":"new-value"}`
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	if *r.Level != RootLevelTwo || *r.Closed != SwitchOff || *r.Open != OpenKind("new-value") {
		t.Fatalf("decoded %+v", r)
	}
	out, _ := json.Marshal(r)
	if string(out) != in {
		t.Fatalf("encoded %s", out)
	}
}
