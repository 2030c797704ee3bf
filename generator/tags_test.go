package generator

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/config"
	"github.com/armgen/armgen/internal/e2e"
)

// TestReadmeTags tries every tag of every readme.md of the spec mirror whose input files
// are all present: it generates the tag's package (with the fake package and example
// tests) and vets every package that generated, then prints a Markdown table of the
// outcome (the README's list). It takes many minutes, so it runs only with
// ARMGEN_TAGS=1:
//
//	ARMGEN_TAGS=1 go test ./generator -run TestReadmeTags -v -timeout 60m
func TestReadmeTags(t *testing.T) {
	if os.Getenv("ARMGEN_TAGS") == "" {
		t.Skip("set ARMGEN_TAGS=1 to generate and vet every usable readme tag of the mirror")
	}
	readmes, err := filepath.Glob("../../shared/azure-rest-api-specs/specification/*/resource-manager/readme.md")
	if err != nil || len(readmes) == 0 {
		t.Fatalf("no readmes: %v", err)
	}
	ws := e2e.New(t, "tags")
	type outcome struct{ readme, tag, pkg, gen, vet string }
	var rows []*outcome
	skipped, total := 0, 0
	for _, rm := range readmes {
		r, err := config.Load(rm)
		if err != nil {
			t.Errorf("%s: %v", rm, err)
			continue
		}
		service := filepath.Base(filepath.Dir(filepath.Dir(rm)))
		for _, tag := range r.Tags() {
			total++
			sel, err := r.Select(tag)
			if err != nil {
				t.Errorf("%s %s: %v", rm, tag, err)
				continue
			}
			present := true
			for _, f := range sel.InputFiles {
				if _, err := os.Stat(f); err != nil {
					present = false
				}
			}
			if !present {
				skipped++
				continue
			}
			o := &outcome{readme: service, tag: tag, pkg: fmt.Sprintf("t%03d", len(rows))}
			rows = append(rows, o)
			res, err := GenerateFiles(Options{Config: rm, Tag: tag, Package: o.pkg,
				ImportPath: path.Join("github.com/armgen/armgen", strings.TrimPrefix(ws.Rel, "./"), o.pkg)})
			if err != nil {
				o.gen = firstLine(err.Error())
				continue
			}
			o.gen = fmt.Sprintf("%d files, %d operations", len(sel.InputFiles), countOperations(res))
			for _, n := range res.Files.Names() {
				ws.Write(t, o.pkg+"/"+n, res.Files.Get(n))
			}
		}
	}
	// One go vet over every generated package; its errors name the package folders.
	out, _ := ws.Go(nil, "vet", "{ws}/...")
	failed := map[string]string{}
	// A package header is "# <import path>", for test packages "# <path>_test" or
	// "# <path> [<path>.test]"; an error line starts with the file's path.
	re := regexp.MustCompile(`(?m)^(?:# \S+/(t\d{3})(?:/fake)?(?:_test)?(?: \[\S+\])?|(?:\S*/)?(t\d{3})/\S+\.go:\d+:\d+: .*)$`)
	for _, m := range re.FindAllStringSubmatch(out, -1) {
		p := m[1] + m[2]
		if failed[p] == "" && m[2] != "" {
			failed[p] = strings.TrimSpace(m[0][strings.Index(m[0], m[2]):])
		} else if failed[p] == "" {
			failed[p] = "see go vet output"
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].readme+rows[i].tag < rows[j].readme+rows[j].tag })
	var b strings.Builder
	good := 0
	fmt.Fprintf(&b, "| service | tag | generate | compile and vet |\n|---|---|---|---|\n")
	for _, o := range rows {
		switch {
		case strings.Contains(o.gen, "operations"):
			o.vet = "ok"
			if f := failed[o.pkg]; f != "" {
				o.vet = f
			} else {
				good++
			}
		default:
			o.vet = "-"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", o.readme, o.tag, strings.ReplaceAll(o.gen, "|", `\|`), strings.ReplaceAll(o.vet, "|", `\|`))
	}
	t.Logf("%d tags in %d readmes; %d with every input file in the mirror; %d generate, compile and vet\n%s", total, len(readmes), len(rows), good, b.String())
	if good != len(rows) {
		t.Errorf("%d of the %d tags whose input files are in the mirror do not generate, compile and vet (table above)", len(rows)-good, len(rows))
	}
	if os.Getenv("ARMGEN_TAGS_VET_OUT") != "" {
		_ = os.WriteFile(os.Getenv("ARMGEN_TAGS_VET_OUT"), []byte(out), 0o644)
	}
}

func countOperations(res *Result) int {
	n := 0
	for _, g := range res.Package.Groups {
		n += len(g.Operations)
	}
	return n
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	if n := strings.Count(s, "\n"); n > 0 {
		line += fmt.Sprintf(" (and %d more)", n)
	}
	return line
}

// TestConfigPackageName: a readme's package takes readme.go.md's module-name, else "arm"
// (or "az") and its service folder.
func TestConfigPackageName(t *testing.T) {
	specs := filepath.Join("..", "..", "shared", "azure-rest-api-specs", "specification")
	for readme, want := range map[string]string{
		filepath.Join(specs, "storage", "resource-manager", "readme.md"): "armstorage",
		filepath.Join(specs, "network", "resource-manager", "readme.md"): "armnetwork",
		filepath.Join("testdata", "no-such", "readme.md"):                "nosuch",
	} {
		if got := ConfigPackageName(readme); got != want {
			t.Errorf("ConfigPackageName(%s) = %q, want %q", readme, got, want)
		}
	}
}
