package generator

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/internal/fuzzspec"
)

// pipelineSeed is a spec the pipeline fuzzer mutates: the spec file's bytes, where it sits,
// and the files beside it (examples, files its $refs name).
type pipelineSeed struct {
	name string
	// root is the spec root and spec the spec's path below it.
	root, spec string
	// data is the spec file; tree is it parsed, or nil when it is not JSON (a seed of a
	// bad input, passed on as it is).
	data []byte
	tree *jsonv.Value
	// files are the other files, read through base (a directory of the disk) when files is nil.
	files fstest.MapFS
	base  fs.FS
}

// mirrorSeeds are spec files of the Azure mirror that seed the pipeline fuzzer: real specs
// of every era (2021 resource-manager, data-plane, TypeSpec-era on common-types v5 and v6).
var mirrorSeeds = []string{
	"specification/network/resource-manager/Microsoft.Network/stable/2022-01-01/networkWatcher.json",
	"specification/msi/resource-manager/Microsoft.ManagedIdentity/stable/2024-11-30/ManagedIdentity.json",
	"specification/computeschedule/resource-manager/Microsoft.ComputeSchedule/ComputeSchedule/stable/2024-10-01/computeschedule.json",
	"specification/standbypool/resource-manager/Microsoft.StandbyPool/StandbyPool/stable/2025-03-01/standbypool.json",
	"specification/keyvault/data-plane/Microsoft.KeyVault/stable/7.2/secrets.json",
	"specification/appconfiguration/data-plane/Microsoft.AppConfiguration/stable/1.0/appconfiguration.json",
	"specification/cognitiveservices/data-plane/TextAnalytics/stable/v3.0/TextAnalytics.json",
	"specification/storage/data-plane/Microsoft.StorageDataLake/stable/2019-10-31/DataLakeStorage.json",
}

var (
	seedsOnce sync.Once
	seedsList []*pipelineSeed
	seedsDict fuzzspec.Dict
	seedsErr  error
)

// pipelineSeeds loads the seeds once per process: every golden case with a spec.json, then
// the mirror's mirrorSeeds (those present).
func pipelineSeeds() ([]*pipelineSeed, fuzzspec.Dict, error) {
	seedsOnce.Do(func() {
		cases, _ := filepath.Glob("testdata/*/spec.json")
		for _, c := range cases {
			dir := filepath.Dir(c)
			root, err := filepath.Abs(dir)
			if err != nil {
				seedsErr = err
				return
			}
			s := &pipelineSeed{name: filepath.Base(dir), root: root, spec: "spec.json", files: fstest.MapFS{}}
			seedsErr = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					if d != nil && d.IsDir() && (d.Name() == "want" || d.Name() == "tests") {
						return filepath.SkipDir
					}
					return err
				}
				data, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				rel, _ := filepath.Rel(dir, p)
				if rel == "spec.json" {
					s.data = data
				} else {
					s.files[filepath.ToSlash(rel)] = &fstest.MapFile{Data: data}
				}
				return nil
			})
			if seedsErr != nil {
				return
			}
			seedsList = append(seedsList, s)
		}
		mirror := specsRootForFuzz()
		for _, rel := range mirrorSeeds {
			data, err := os.ReadFile(filepath.Join(mirror, filepath.FromSlash(rel)))
			if err != nil {
				continue // the mirror is optional for fuzzing; the golden cases remain
			}
			seedsList = append(seedsList, &pipelineSeed{name: filepath.Base(rel), root: mirror, spec: rel, data: data, base: os.DirFS(mirror)})
		}
		var trees []*jsonv.Value
		for _, s := range seedsList {
			if t, err := jsonv.Parse(s.data); err == nil {
				s.tree = t
				trees = append(trees, t)
			}
		}
		seedsDict = fuzzspec.NewDict(trees...)
	})
	return seedsList, seedsDict, seedsErr
}

// specsRootForFuzz is $SPECS_ROOT, or the mirror beside the repository.
func specsRootForFuzz() string {
	if r := os.Getenv("SPECS_ROOT"); r != "" {
		return r
	}
	abs, _ := filepath.Abs(filepath.Join("..", "..", "shared", "azure-rest-api-specs"))
	return abs
}

// overlayFS serves the mutated spec at one path and every other file from the seed's
// in-memory files or its directory.
type overlayFS struct {
	spec  string
	data  []byte
	files fstest.MapFS
	base  fs.FS
}

// Open implements fs.FS.
func (o overlayFS) Open(name string) (fs.File, error) {
	if name == o.spec {
		return fstest.MapFS{name: &fstest.MapFile{Data: o.data}}.Open(name)
	}
	if o.base != nil {
		return o.base.Open(name)
	}
	return o.files.Open(name)
}

// FuzzPipeline runs the whole pipeline (load, build, the Go package with its fake server
// and example tests, both docs flavors) on structurally mutated specs: the input's first
// byte picks a seed (a golden case or a spec of the mirror), the rest is a program of
// fuzzspec mutations applied to its parsed JSON. The run must end in output or an error
// that names a file, never a panic; a run that succeeds must give the same files twice.
// The seed corpus (each seed as it is and once mutated) runs in `go test`; `make fuzz`
// runs a campaign.
func FuzzPipeline(f *testing.F) {
	seeds, _, err := pipelineSeeds()
	if err != nil {
		f.Fatal(err)
	}
	for i := range seeds {
		f.Add([]byte{byte(i)})
		f.Add([]byte{byte(i), byte(fuzzspec.OpNest), 0, byte(3 * i), 0, byte(i)})
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		seeds, dict, _ := pipelineSeeds()
		if len(data) == 0 || len(seeds) == 0 {
			return
		}
		s := seeds[int(data[0])%len(seeds)]
		spec := s.data
		if s.tree != nil && len(data) > 1 {
			spec = jsonv.Indent(fuzzspec.Apply(s.tree, data[1:], dict), "  ")
		}
		run := func() (*Result, error) {
			return GenerateFiles(Options{
				Spec: filepath.Join(s.root, filepath.FromSlash(s.spec)), Root: s.root,
				FS: overlayFS{spec: s.spec, data: spec, files: s.files, base: s.base}, Package: "fuzz",
				ImportPath: "example.org/fuzz", GoGenerate: GoGenerateNone,
				Docs: []DocsOutput{{Flavor: docs.FlavorGo, Out: "docs-go"}, {Flavor: docs.FlavorGruCloud, Out: "docs-grucloud"}},
			})
		}
		res, err := run()
		if err != nil {
			checkPipelineError(t, s, err)
			return
		}
		if res.Files.Len() == 0 {
			t.Fatal("success without files")
		}
		for _, n := range res.Files.Names() {
			if strings.HasSuffix(n, ".go") && !bytes.HasPrefix(res.Files.Get(n), []byte("// Code generated by armgen. DO NOT EDIT.\n")) {
				t.Fatalf("%s lacks the generated-code header", n)
			}
		}
		if len(res.Docs) != 2 || res.Docs[0].Get("index.md") == nil {
			t.Fatal("no go docs index page")
		}
		if len(data)%4 == 0 { // a quarter of the inputs: the output is deterministic
			again, err := run()
			if err != nil {
				t.Fatalf("second run failed: %v", err)
			}
			if !sameResult(res, again) {
				t.Fatal("two runs on the same input gave different files")
			}
		}
	})
}

// checkPipelineError checks that a refusal says what is wrong and where: every line names
// the spec's folder's files (file#pointer or file: message), none is empty, and the
// error is not a recovered panic.
func checkPipelineError(t *testing.T, s *pipelineSeed, err error) {
	t.Helper()
	msg := err.Error()
	if strings.Contains(msg, "runtime error") || strings.Contains(msg, "goroutine ") {
		t.Fatalf("error looks like a crash: %v", err)
	}
	for _, line := range strings.Split(msg, "\n") {
		if strings.TrimSpace(line) == "" {
			t.Fatalf("empty line in error %q", msg)
		}
		file, _, ok := strings.Cut(line, ": ")
		file, _, _ = strings.Cut(file, "#")
		if !ok || file == "" || !(strings.HasSuffix(file, ".json") || strings.HasSuffix(file, ".md") || strings.HasSuffix(file, ".yaml")) {
			t.Fatalf("error line does not name a file: %q", line)
		}
	}
}

// sameResult reports whether two results hold the same files and docs pages.
func sameResult(a, b *Result) bool {
	if !slices.Equal(a.Files.Names(), b.Files.Names()) || len(a.Docs) != len(b.Docs) {
		return false
	}
	for _, n := range a.Files.Names() {
		if !bytes.Equal(a.Files.Get(n), b.Files.Get(n)) {
			return false
		}
	}
	for i := range a.Docs {
		if !slices.Equal(a.Docs[i].Names(), b.Docs[i].Names()) {
			return false
		}
		for _, n := range a.Docs[i].Names() {
			if !bytes.Equal(a.Docs[i].Get(n), b.Docs[i].Get(n)) {
				return false
			}
		}
	}
	return true
}
