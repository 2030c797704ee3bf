package casekeys

import (
	"encoding/json"
	"testing"
)

// roundTrip decodes in into v, re-encodes it and fails unless the result is want.
func roundTrip(t *testing.T, in string, v any, want string) {
	t.Helper()
	if err := json.Unmarshal([]byte(in), v); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != want {
		t.Errorf("round trip of %s:\n got %s\nwant %s", in, out, want)
	}
}

// TestCaseDifferentKeyStaysExtra: a key that differs from a declared property only in case
// is an additional property, not the declared one (encoding/json alone would fill the
// declared field from it and keep it as an extra key too, writing it twice).
func TestCaseDifferentKeyStaysExtra(t *testing.T) {
	var f Flow
	roundTrip(t, `{"dataflowName":"x"}`, &f, `{"dataflowName":"x"}`)
	if f.DataFlowName != nil || f.AdditionalProperties["dataflowName"] != "x" {
		t.Errorf("decoded DataFlowName=%v AdditionalProperties=%v", f.DataFlowName, f.AdditionalProperties)
	}
	// Both spellings: each goes where it belongs, whatever the order.
	f = Flow{}
	roundTrip(t, `{"dataflowName":"x","dataFlowName":"y"}`, &f, `{"dataFlowName":"y","dataflowName":"x"}`)
	f = Flow{}
	roundTrip(t, `{"dataFlowName":"y","dataflowName":"x"}`, &f, `{"dataFlowName":"y","dataflowName":"x"}`)
	if f.DataFlowName == nil || *f.DataFlowName != "y" {
		t.Errorf("DataFlowName = %v, want y", f.DataFlowName)
	}
	// Exact keys only: unchanged behaviour.
	f = Flow{}
	roundTrip(t, `{"dataFlowName":"y","inputs":["a"],"other":1}`, &f, `{"dataFlowName":"y","inputs":["a"],"other":1}`)
}

// TestCaseDifferentKeyWithFieldDecode: the same for a model that decodes its date-time
// fields itself.
func TestCaseDifferentKeyWithFieldDecode(t *testing.T) {
	var r Run
	roundTrip(t, `{"StartedAt":"yesterday","RUNID":"s"}`, &r, `{"RUNID":"s","StartedAt":"yesterday"}`)
	if r.StartedAt != nil || r.RunID != nil {
		t.Errorf("declared fields filled from other spellings: %+v", r)
	}
	r = Run{}
	roundTrip(t, `{"runId":"r","startedAt":"2023-01-02T03:04:05Z"}`, &r, `{"runId":"r","startedAt":"2023-01-02T03:04:05Z"}`)
}
