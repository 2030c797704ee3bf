package fuzzspec

import (
	"bytes"
	"testing"

	"github.com/armgen/armgen/generator/jsonv"
)

const sample = `{"swagger": "2.0", "info": {"title": "t", "version": "1"},
  "paths": {"/a": {"get": {"operationId": "A_Get", "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/A"}}}}}},
  "definitions": {"A": {"type": "object", "properties": {"b": {"type": "string"}, "c": {"$ref": "#/definitions/C"}}}, "C": {"type": "integer"}}}`

func parse(t *testing.T, s string) *jsonv.Value {
	t.Helper()
	v, err := jsonv.Parse([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Every operation changes the document somewhere for some program, the seed is never
// changed, and the same program always gives the same document.
func TestEveryOpMutates(t *testing.T) {
	doc := parse(t, sample)
	before := string(jsonv.AppendCompact(nil, doc))
	dict := NewDict(doc)
	for op := Op(0); op < numOps; op++ {
		changed := false
		for node := 0; node < 40 && !changed; node++ {
			for arg := 0; arg < 12 && !changed; arg++ {
				prog := []byte{byte(op), 0, byte(node), 0, byte(arg)}
				a := jsonv.AppendCompact(nil, Apply(doc, prog, dict))
				b := jsonv.AppendCompact(nil, Apply(doc, prog, dict))
				if !bytes.Equal(a, b) {
					t.Fatalf("%s: two runs of %v differ", op, prog)
				}
				changed = string(a) != before
			}
		}
		if !changed {
			t.Errorf("%s changes nothing", op)
		}
	}
	if after := string(jsonv.AppendCompact(nil, doc)); after != before {
		t.Errorf("the seed changed:\n%s", after)
	}
}

// A program stops after MaxSteps steps and documents stay JSON (a duplicate key aside,
// which OpCopyKey makes on purpose).
func TestProgramsStayJSON(t *testing.T) {
	doc := parse(t, sample)
	dict := NewDict(doc)
	prog := make([]byte, StepSize*(MaxSteps+10))
	for i := range prog {
		prog[i] = byte(i*31 + i/7)
	}
	for start := 0; start < 64; start++ {
		out := jsonv.AppendCompact(nil, Apply(doc, prog[start:], dict))
		if _, err := jsonv.Parse(out); err != nil && !bytes.Contains([]byte(err.Error()), []byte("duplicate")) {
			t.Errorf("program at %d: %v\n%s", start, err, out)
		}
	}
	// The swap-ref operation reaches the document's own definitions.
	refs := docPointers(doc)
	if len(refs) != 2 || refs[0] != "#/definitions/A" || refs[1] != "#/definitions/C" {
		t.Errorf("docPointers = %q", refs)
	}
}
