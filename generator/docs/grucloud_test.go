package docs_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/docs/internal/oracle"
)

// TestGruCloudPacketCaptureReference compares the grucloud page of PacketCapture with the
// page GruCloud's generator wrote from the same spec, byte for byte.
func TestGruCloudPacketCaptureReference(t *testing.T) {
	root, err := oracle.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(root, "../shared/reference/grucloud/Network/PacketCapture.md"))
	if err != nil {
		t.Fatalf("reading the reference page: %v", err)
	}
	files := renderDocs(t, "2022-01-01", docs.FlavorGruCloud)
	got := files.Get("Network/PacketCapture.md")
	if got == nil {
		t.Fatalf("no Network/PacketCapture.md among %v", files.Names())
	}
	if string(got) != string(want) {
		t.Errorf("Network/PacketCapture.md differs from GruCloud's page:\n%s", oracle.FirstDiff(string(want), string(got)))
	}
}
