package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	multiReadme = "../../../generator/testdata/multi_file/readme.md"
	nwReadme    = specsRoot + "/specification/network/resource-manager/readme.md"
)

// TestGenerateConfig generates the golden readme's default tag and checks the summary,
// the one warning about keys armgen does not act on, and the go:generate line.
func TestGenerateConfig(t *testing.T) {
	out := filepath.Join(t.TempDir(), "mf")
	code, stdout, stderr := run("generate", "--config", multiReadme, "--out", out, "--import-path", "example.com/mf")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "armgen: multifile: 8 models, 0 enums, 7 operations; ") {
		t.Errorf("summary %q", stdout)
	}
	if want := "/multi_file/readme.md#: keys armgen does not act on are ignored: directive, openapi-type\n"; !strings.Contains(stderr, want) || strings.Count(stderr, "keys armgen") != 1 {
		t.Errorf("stderr %q, want one warning %q", stderr, want)
	}
	doc, err := os.ReadFile(filepath.Join(out, "doc.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(doc, []byte("//go:generate go tool armgen generate --config ")) {
		t.Errorf("doc.go:\n%s", doc)
	}
}

// TestRepeatedSpecIsATag checks that --spec given once per input file generates what the
// readme's tag listing those files generates (doc.go aside, which names its source).
func TestRepeatedSpecIsATag(t *testing.T) {
	dir := filepath.Dir(multiReadme)
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	if code, _, stderr := run("generate", "--config", multiReadme, "--out", a, "--import-path", "example.com/mf"); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := run("generate", "--spec", dir+"/v1/gateways.json", "--spec", dir+"/v1/hubs.json", "--root", dir,
		"--package", "multifile", "--out", b, "--import-path", "example.com/mf"); code != 0 {
		t.Fatal(stderr)
	}
	n := 0
	_ = filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == "doc.go" {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between --config and repeated --spec", rel)
		}
		n++
		return nil
	})
	if n < 8 {
		t.Errorf("only %d files compared", n)
	}
}

func TestConfigErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"generate", "--config", multiReadme, "--tag", "nope", "--out", out}, 1,
			multiReadme + `: --tag "nope" does not exist; the readme has tags: package-2022-01, package-2022-12-hubs, package-2023-01` + "\n"},
		{[]string{"generate", "--config", multiReadme, "--tag", "package-2022-01", "--out", out}, 1,
			"v0/gateways.json#: file does not exist\n"},
		{[]string{"generate", "--config", multiReadme, "--spec", nwSpec, "--out", out}, 2, "--spec and --config exclude each other"},
		{[]string{"generate", "--spec", nwSpec, "--tag", "x", "--out", out}, 2, "--tag needs --config"},
		{[]string{"docs", "--tag", "x", "--out", out}, 2, "--tag needs --config"},
		{[]string{"diff", "--config", multiReadme, "--old-tag", "x"}, 1, `--tag "x" does not exist`},
		{[]string{"diff", "--old", nwSpec, "--new-tag", "x"}, 2, "--new-tag needs --config or --new-config"},
		{[]string{"diff", "--config", multiReadme, "--old-config", multiReadme}, 2, "--config and --old-config exclude each other"},
	} {
		code, _, stderr := run(c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, stderr, c.code, c.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("%v: a failed run created %s", c.args, out)
		}
	}
}

func TestDocsConfig(t *testing.T) {
	out := filepath.Join(t.TempDir(), "docs")
	code, stdout, stderr := run("docs", "--config", multiReadme, "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// P2sVpnGateway is the one resource (Hub has no PUT); its operations come from two
	// operation groups that differ in case and its model from two files.
	for _, page := range []string{"index.md", "Test/P2sVpnGateway.md"} {
		if _, err := os.Stat(filepath.Join(out, page)); err != nil {
			t.Errorf("%s: %v (%s)", page, err, stdout)
		}
	}
}

// TestDiffConfigTags compares two tags of one readme, and the same as two readmes.
func TestDiffConfigTags(t *testing.T) {
	code, stdout, stderr := run("diff", "--config", multiReadme, "--old-tag", "package-2022-12-hubs", "--new-tag", "package-2023-01", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`"rule": "AddedOperation"`, `"P2SVpnGateways_Reset"`, `"breaking": 0`, `"spec": "v1/hubs.json"`, `"spec": "v1/gateways.json"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("diff output lacks %s:\n%s", want, stdout)
		}
	}
	code, stdout2, stderr := run("diff", "--old-config", multiReadme, "--old-tag", "package-2022-12-hubs", "--new-config", multiReadme, "--format", "json")
	if code != 0 || stdout2 != stdout {
		t.Errorf("two readmes: exit %d (%s); output differs from one readme's two tags", code, stderr)
	}
}

// TestDocsNetworkTag renders both docs flavors for the whole Network tag: a page per
// resource of the 50 files. PrivateLinkServices creates two resources (the service and its
// private endpoint connections), which once gave two pages of one name.
func TestDocsNetworkTag(t *testing.T) {
	for _, c := range []struct {
		flavor string
		pages  int
	}{{"go", 75}, {"grucloud", 74}} {
		out := filepath.Join(t.TempDir(), c.flavor)
		code, stdout, stderr := run("docs", "--config", nwReadme, "--tag", "package-2021-02", "--flavor", c.flavor, "--out", out)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.flavor, code, stderr)
		}
		if !strings.HasPrefix(stdout, "armgen: armnetwork: 74 resources; ") {
			t.Errorf("%s: %q", c.flavor, stdout)
		}
		var pages []string
		_ = filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(p, ".md") {
				pages = append(pages, p)
			}
			return err
		})
		if len(pages) != c.pages {
			t.Errorf("%s: %d pages, want %d", c.flavor, len(pages), c.pages)
		}
		for _, name := range []string{"PrivateLinkService.md", "PrivateEndpointConnection.md", "P2sVpnGateway.md", "VirtualNetwork.md"} {
			if _, err := os.Stat(filepath.Join(out, "Network", name)); err != nil {
				t.Errorf("%s: %v", c.flavor, err)
			}
		}
	}
}
