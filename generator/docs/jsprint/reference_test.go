package jsprint_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/docs/internal/oracle"
	"github.com/armgen/armgen/generator/docs/jsprint"
	"github.com/armgen/armgen/generator/jsonv"
)

// readShared reads a file of ../shared in place.
func readShared(t testing.TB, rel string) []byte {
	t.Helper()
	root, err := oracle.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		t.Fatalf("reading the shared fixture: %v", err)
	}
	return data
}

// packetCaptureResource is the resource of GruCloud's PacketCapture page: the PUT
// example's body and the two dependencies the page lists.
func packetCaptureResource(t testing.TB) jsprint.Resource {
	t.Helper()
	ex, err := jsonv.Parse(readShared(t, oracle.SpecDir+"/examples/NetworkWatcherPacketCaptureCreate.json"))
	if err != nil {
		t.Fatal(err)
	}
	body := ex.Pointer("/parameters/parameters")
	if body == nil {
		t.Fatal("the example has no parameters.parameters")
	}
	return jsprint.Resource{
		Type: "PacketCapture", Group: "Network", Name: "myPacketCapture", Properties: body,
		Dependencies: []jsprint.Dependency{
			{Key: "resourceGroup", Values: []string{"myResourceGroup"}},
			{Key: "networkWatcher", Values: []string{"myNetworkWatcher"}},
		},
	}
}

// TestPacketCaptureReference pins the example block of GruCloud's PacketCapture page.
// The page's template writes "```js\n" + program + "\n```", so the block holds the
// program (which ends in a newline) plus one more newline: the blank line before the
// fence is the template's, not prettier's.
func TestPacketCaptureReference(t *testing.T) {
	page := string(readShared(t, "../shared/reference/grucloud/Network/PacketCapture.md"))
	_, after, ok := strings.Cut(page, "### Create packet capture\n```js\n")
	if !ok {
		t.Fatal("no js block after the example heading in the reference page")
	}
	block, _, ok := strings.Cut(after, "```\n")
	if !ok {
		t.Fatal("unterminated js block in the reference page")
	}
	got := jsprint.CreateResourcesProgram(packetCaptureResource(t))
	if got+"\n" != block {
		t.Errorf("program differs from the reference page:\n%s", oracle.FirstDiff(block, got+"\n"))
	}
}

// TestPacketCaptureDifferential checks that prettier itself prints the reference program
// without the template's extra newline.
func TestPacketCaptureDifferential(t *testing.T) {
	r := packetCaptureResource(t)
	results := oracle.Run(t, []oracle.Case{{
		Mode: "resource", Value: r.Properties, Type: r.Type, Group: r.Group, Name: r.Name,
		Deps: []oracle.Dep{
			{Key: "resourceGroup", Values: []string{"myResourceGroup"}},
			{Key: "networkWatcher", Values: []string{"myNetworkWatcher"}},
		},
	}})
	out := results[0].Out
	if !strings.HasSuffix(out, "];\n") || strings.HasSuffix(out, "\n\n") {
		t.Errorf("prettier's output should end in exactly one newline, got %q", out[max(0, len(out)-10):])
	}
	if got := jsprint.CreateResourcesProgram(r); got != out {
		t.Errorf("differs from prettier:\n%s", oracle.FirstDiff(out, got))
	}
}
