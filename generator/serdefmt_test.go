package generator

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"testing"
)

// TestSerdeFormatted checks that gofmt leaves models_serde.go as the emitter writes it
// (it is written as text, not formatted): every golden case's file (TestGolden checks
// that they are the emitter's output) and the Network packages under generated/.
func TestSerdeFormatted(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/want/models_serde.go")
	more, _ := filepath.Glob("../generated/network/*/armnetwork/models_serde.go")
	files = append(files, more...)
	if len(files) < 10 {
		t.Fatalf("only %d models_serde.go files found", len(files))
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := format.Source(src)
		if err != nil {
			t.Errorf("%s does not parse: %v", f, err)
			continue
		}
		if !bytes.Equal(got, src) {
			t.Errorf("%s is not gofmt's layout", f)
		}
	}
}
