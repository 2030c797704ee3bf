package jsonv

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks the parser against encoding/json and against itself: what Parse
// accepts is valid JSON, a document with a string that is not UTF-8 aside (which Parse
// refuses and encoding/json would repair); its compact and indented encodings parse back to
// the same document; a refusal is a SyntaxError whose line and column lie in the input.
// Seeds: every spec and example file of the golden cases, and hostile snippets.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*/*.json")
	more, _ := filepath.Glob("../testdata/*/examples/*.json")
	for _, p := range append(files, more...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		`{}`, `[]`, `""`, `0`, `-0.0e+1`, `1e400`, "\xEF\xBB\xBF{\"a\":1}", `{"a":1,"a":2}`, `"\ud800"`, `"\udc00\ud800"`,
		`"\u0000"`, "\"\xff\"", `[` + string(bytes.Repeat([]byte("["), 600)), `{"a" 1}`, `nul`, `[1,]`, "{\"a\":\n\n1,\n}", `"\/\b\f\n\r\t\""`, `[1,{"a":"b"}]`, `-0.5e+3`, "\xEF\xBB\xBF[]",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Parse(data)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %v is not a SyntaxError", err)
			}
			lines := bytes.Count(data, []byte("\n")) + 1
			if se.Line < 1 || se.Line > lines || se.Col < 1 || se.Col > len(data)+1 {
				t.Fatalf("error at line %d, column %d of %d lines, %d bytes", se.Line, se.Col, lines, len(data))
			}
			return
		}
		body := bytes.TrimPrefix(data, bom)
		if utf8.Valid(body) && !json.Valid(body) {
			t.Fatalf("Parse accepted what encoding/json refuses: %q", data)
		}
		compact := AppendCompact(nil, v)
		if !json.Valid(compact) {
			t.Fatalf("AppendCompact wrote invalid JSON: %q", compact)
		}
		for _, enc := range [][]byte{compact, Indent(v, "  ")} {
			w, err := Parse(enc)
			if err != nil {
				t.Fatalf("the encoding does not parse: %v\n%s", err, enc)
			}
			if again := AppendCompact(nil, w); !bytes.Equal(again, compact) {
				t.Fatalf("the encoding parses to another document:\n%s\n%s", compact, again)
			}
		}
	})
}
