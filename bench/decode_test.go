package bench

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func loadBodies(tb testing.TB) Bodies {
	tb.Helper()
	b, err := LoadBodies(SpecsRoot())
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// semanticEqual reports whether two JSON documents hold the same values, whatever their key order and
// spacing.
func semanticEqual(t *testing.T, what string, want, got []byte) {
	t.Helper()
	var w, g any
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatalf("%s: input: %v", what, err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("%s: re-encoded: %v", what, err)
	}
	if !reflect.DeepEqual(w, g) {
		t.Errorf("%s: re-encoded JSON differs from the input\n got: %s\nwant: %s", what, got, want)
	}
}

func TestLoadBodies(t *testing.T) {
	b := loadBodies(t)
	for name, body := range map[string][]byte{"PacketCaptures": b.PacketCaptures, "Diagnostic": b.Diagnostic} {
		var buf bytes.Buffer
		if err := json.Compact(&buf, body); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(buf.Bytes(), body) {
			t.Errorf("%s: body is not compact", name)
		}
	}
	if !bytes.HasPrefix(b.PacketCaptures, []byte(`{"value":[`)) {
		t.Errorf("PacketCaptures body = %.40s..., want the list response", b.PacketCaptures)
	}
	if !bytes.HasPrefix(b.Diagnostic, []byte(`{"results":[`)) {
		t.Errorf("Diagnostic body = %.40s..., want the diagnostic response", b.Diagnostic)
	}
}

func TestLoadBodiesMissingRoot(t *testing.T) {
	_, err := LoadBodies(t.TempDir())
	if err == nil || !strings.Contains(err.Error(), SpecsRootEnv) {
		t.Fatalf("LoadBodies(empty dir) error = %v, want one that names %s", err, SpecsRootEnv)
	}
}

// TestArmgenRoundTrip: the generated models hold every value of both bodies, so re-encoding them gives
// the input back, and the benchmark compares real work.
func TestArmgenRoundTrip(t *testing.T) {
	b := loadBodies(t)
	got, err := DecodeArmgen(b)
	if err != nil {
		t.Fatal(err)
	}
	pcs := got.PacketCaptures.Value
	if len(pcs) != 2 || pcs[0].Name == nil || *pcs[0].Name != "pc1" || pcs[1].Properties == nil ||
		pcs[1].Properties.Filters == nil || len(pcs[1].Properties.Filters) != 0 {
		t.Fatalf("PacketCaptures = %+v, want pc1 and pc2 (whose filters are an empty list)", pcs)
	}
	p0 := pcs[0].Properties
	if p0 == nil || p0.BytesToCapturePerPacket == nil || *p0.BytesToCapturePerPacket != 10000 ||
		p0.StorageLocation == nil || p0.StorageLocation.FilePath == nil || *p0.StorageLocation.FilePath != `D:\capture\pc1.cap` ||
		len(p0.Filters) != 1 || p0.Filters[0].Protocol == nil || string(*p0.Filters[0].Protocol) != "TCP" {
		t.Fatalf("pc1 properties = %+v, want those of the example", p0)
	}
	res := got.Diagnostic.Results
	if len(res) != 1 || res[0].NetworkSecurityGroupResult == nil {
		t.Fatalf("Diagnostic results = %+v, want one with a networkSecurityGroupResult", res)
	}
	nsgs := res[0].NetworkSecurityGroupResult.EvaluatedNetworkSecurityGroups
	if len(nsgs) != 2 || len(nsgs[0].RulesEvaluationResult) != 5 || len(nsgs[1].RulesEvaluationResult) != 1 {
		t.Fatalf("evaluated NSGs = %+v, want 2 with 5 and 1 rule results", nsgs)
	}

	pcJSON, err := json.Marshal(got.PacketCaptures)
	if err != nil {
		t.Fatal(err)
	}
	semanticEqual(t, "armgen PacketCaptureListResult", b.PacketCaptures, pcJSON)
	diagJSON, err := json.Marshal(got.Diagnostic)
	if err != nil {
		t.Fatal(err)
	}
	semanticEqual(t, "armgen NetworkConfigurationDiagnosticResponse", b.Diagnostic, diagJSON)
}

// TestArmnetworkDecodes: the SDK's types take in the same bodies, whole, so it does the same work.
func TestArmnetworkDecodes(t *testing.T) {
	b := loadBodies(t)
	got, err := DecodeArmnetwork(b)
	if err != nil {
		t.Fatal(err)
	}
	pcs := got.PacketCaptures.Value
	if len(pcs) != 2 || pcs[1].Name == nil || *pcs[1].Name != "pc2" || pcs[0].Properties == nil ||
		pcs[0].Properties.TotalBytesPerSession == nil || *pcs[0].Properties.TotalBytesPerSession != 100000 {
		t.Fatalf("armnetwork PacketCaptures = %+v, want pc1 and pc2 as in the example", pcs)
	}
	res := got.Diagnostic.Results
	if len(res) != 1 || res[0].NetworkSecurityGroupResult == nil ||
		len(res[0].NetworkSecurityGroupResult.EvaluatedNetworkSecurityGroups) != 2 {
		t.Fatalf("armnetwork Diagnostic results = %+v, want one with 2 evaluated NSGs", res)
	}

	pcJSON, err := json.Marshal(got.PacketCaptures)
	if err != nil {
		t.Fatal(err)
	}
	semanticEqual(t, "armnetwork PacketCaptureListResult", b.PacketCaptures, pcJSON)
	diagJSON, err := json.Marshal(got.Diagnostic)
	if err != nil {
		t.Fatal(err)
	}
	semanticEqual(t, "armnetwork ConfigurationDiagnosticResponse", b.Diagnostic, diagJSON)
}

// TestDecoders: each contender of the benchmark decodes the pair, and rejects a body cut short.
func TestDecoders(t *testing.T) {
	b := loadBodies(t)
	cut := Bodies{PacketCaptures: b.PacketCaptures[:len(b.PacketCaptures)/2], Diagnostic: b.Diagnostic}
	var names []string
	for _, d := range Decoders() {
		names = append(names, d.Name)
		if err := d.Decode(b); err != nil {
			t.Errorf("%s: %v", d.Name, err)
		}
		if err := d.Decode(cut); err == nil {
			t.Errorf("%s: decoded a truncated body without error", d.Name)
		}
	}
	if want := []string{NameArmgen, NameArmnetwork, NameMapAny}; !reflect.DeepEqual(names, want) {
		t.Errorf("Decoders() = %v, want %v", names, want)
	}
}

// BenchmarkDecode decodes both bodies per op into each contender's types.
func BenchmarkDecode(b *testing.B) {
	bodies := loadBodies(b)
	for _, d := range Decoders() {
		b.Run(d.Name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(bodies.Len()))
			for b.Loop() {
				if err := d.Decode(bodies); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
