package inspect_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/docs/inspect"
	"github.com/armgen/armgen/generator/docs/internal/oracle"
	"github.com/armgen/armgen/generator/jsonv"
)

// referencePage is GruCloud's page for PacketCapture, relative to the repository root.
const referencePage = "../shared/reference/grucloud/Network/PacketCapture.md"

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

// fencedBlock returns the text of the first ```lang block after heading.
func fencedBlock(t testing.TB, page, heading, lang string) string {
	t.Helper()
	_, after, ok := strings.Cut(page, heading+"\n```"+lang+"\n")
	if !ok {
		t.Fatalf("no %q block after %q in the reference page", lang, heading)
	}
	block, _, ok := strings.Cut(after, "\n```\n")
	if !ok {
		t.Fatalf("unterminated %q block in the reference page", lang)
	}
	return block
}

// inline resolves the local $refs of v the way GruCloud's page shows them: the
// referencing object's own keys first (without $ref), then the target's keys that
// are not already present; a $ref to a definition that is being expanded is kept.
// The real inliner lives in the loader; this one only serves the reference test.
func inline(v, root *jsonv.Value, active map[string]bool) *jsonv.Value {
	switch v.Kind {
	case jsonv.Array:
		out := &jsonv.Value{Kind: jsonv.Array, Arr: make([]*jsonv.Value, len(v.Arr))}
		for i, e := range v.Arr {
			out.Arr[i] = inline(e, root, active)
		}
		return out
	case jsonv.Object:
		ref := v.Get("$ref")
		if ref != nil && ref.Kind == jsonv.String && strings.HasPrefix(ref.Str, "#") && !active[ref.Str] {
			target := root.Pointer(strings.TrimPrefix(ref.Str, "#"))
			if target != nil && target.Kind == jsonv.Object {
				active[ref.Str] = true
				defer delete(active, ref.Str)
				out := &jsonv.Value{Kind: jsonv.Object, Obj: []jsonv.Member{}}
				for _, m := range v.Obj {
					if m.Key != "$ref" {
						out.Obj = append(out.Obj, jsonv.Member{Key: m.Key, Value: inline(m.Value, root, active)})
					}
				}
				for _, m := range target.Obj {
					if !out.Has(m.Key) {
						out.Obj = append(out.Obj, jsonv.Member{Key: m.Key, Value: inline(m.Value, root, active)})
					}
				}
				return out
			}
		}
		out := &jsonv.Value{Kind: jsonv.Object, Obj: make([]jsonv.Member, len(v.Obj))}
		for i, m := range v.Obj {
			out.Obj[i] = jsonv.Member{Key: m.Key, Value: inline(m.Value, root, active)}
		}
		return out
	}
	return v
}

// packetCaptureSchema returns the inlined body schema of PacketCaptures_Create.
func packetCaptureSchema(t testing.TB) *jsonv.Value {
	t.Helper()
	doc, err := jsonv.Parse(readShared(t, oracle.SpecDir+"/networkWatcher.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Get("paths").Obj {
		put := p.Value.Get("put")
		if put == nil || put.Get("operationId").Str != "PacketCaptures_Create" {
			continue
		}
		for _, param := range put.Get("parameters").Arr {
			if in := param.Get("in"); in != nil && in.Str == "body" {
				return inline(param.Get("schema"), doc, map[string]bool{})
			}
		}
	}
	t.Fatal("no body parameter of PacketCaptures_Create in networkWatcher.json")
	return nil
}

// TestPacketCaptureReference pins the Swagger Schema block of GruCloud's page.
func TestPacketCaptureReference(t *testing.T) {
	want := fencedBlock(t, string(readShared(t, referencePage)), "## Swagger Schema", "json")
	got := inspect.Inspect(packetCaptureSchema(t), inspect.DefaultOptions())
	if got != want {
		t.Errorf("Inspect differs from the reference page:\n%s", oracle.FirstDiff(want, got))
	}
}

// TestPacketCaptureDifferential checks the same value against Node itself.
func TestPacketCaptureDifferential(t *testing.T) {
	runDifferential(t, []inspectCase{{"PacketCapture schema", packetCaptureSchema(t), inspect.DefaultOptions()}})
}
