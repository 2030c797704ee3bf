package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoGenerateFlag checks the //go:generate line of doc.go for the default, another
// command and none, and that a multi-line command is a usage error.
func TestGoGenerateFlag(t *testing.T) {
	for _, c := range []struct {
		flag []string
		want string // the directive's prefix; "" for none
	}{
		{nil, "//go:generate go tool armgen generate --spec "},
		{[]string{"--go-generate", "armgen"}, "//go:generate armgen generate --spec "},
		{[]string{"--go-generate", "none"}, ""},
	} {
		out := filepath.Join(t.TempDir(), "nw")
		args := append([]string{"generate", "--spec", nwSpec, "--out", out, "--import-path", "example.com/nw"}, c.flag...)
		if code, _, stderr := run(args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", c.flag, code, stderr)
		}
		data, err := os.ReadFile(filepath.Join(out, "doc.go"))
		if err != nil {
			t.Fatal(err)
		}
		doc := string(data)
		var line string
		for _, l := range strings.Split(doc, "\n") {
			if strings.HasPrefix(l, "//go:generate") {
				line = l
			}
		}
		switch {
		case c.want == "" && (line != "" || !strings.Contains(doc, "// Do not edit it by hand.\n")):
			t.Errorf("--go-generate none: doc.go\n%s", doc)
		case c.want != "" && !strings.HasPrefix(line, c.want):
			t.Errorf("%v: directive %q, want it to start with %q", c.flag, line, c.want)
		case len(c.flag) > 0 && c.want != "" && !strings.HasSuffix(line, " --go-generate "+c.flag[1]):
			t.Errorf("%v: the directive does not carry the flag, so go generate would rewrite it: %q", c.flag, line)
		}
	}
	code, _, stderr := run("generate", "--spec", nwSpec, "--out", t.TempDir(), "--go-generate", "armgen\nrm -rf /")
	if code != 2 || !strings.Contains(stderr, "--go-generate") {
		t.Errorf("a two-line command: exit %d, %q", code, stderr)
	}
}
