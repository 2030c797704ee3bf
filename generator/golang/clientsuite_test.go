package golang

import (
	"bufio"
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/armgen/armgen/generator/build"
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/naming"
	"github.com/armgen/armgen/generator/output"
	"github.com/armgen/armgen/internal/e2e"
	"github.com/armgen/armgen/internal/fakearm"
	"github.com/dave/jennifer/jen"
)

const fakearmPkg = "github.com/armgen/armgen/internal/fakearm"

// TestClientsAgainstFakeARM generates the real spec's package (clients, fake package and
// examples) into a workspace and runs, there: every x-ms-example through the generated
// client against the fake ARM server of internal/fakearm (request and result compared with
// the example), the hand-written client behaviour tests of testdata/clients, and the
// generated Example functions.
func TestClientsAgainstFakeARM(t *testing.T) {
	results := runClientSuite(t, realPackage(t), "testdata/clients/behaviour_test.go", "testdata/clients/fake_test.go")
	if len(results) != 38 {
		t.Errorf("%d examples in the spec, want 38", len(results))
	}
	if n := countBorrowed(results); n != 24 {
		t.Errorf("%d examples borrowed from another API version, want 24", n)
	}
}

// TestClientsEdgeSpec runs the same suite on a spec of our own with what the real one
// lacks: optional query and header parameters of several types, a required header, an
// integer path parameter, x-ms-skip-url-encoding, an optional body, a result that is not an
// object, final-state-via original-uri and azure-async-operation, a pager with next links
// whose example carries its own nextLink, a HEAD that lists 404, odd names and values, and a
// definition named like a generated response type. testdata/clients/edge_test.go tests the
// HEAD's Success and relative next links.
func TestClientsEdgeSpec(t *testing.T) {
	doc, err := load.Load("testdata/clients/edge/spec.json", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := build.Build(doc, build.Options{PackageName: "edge"})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range pkg.Models {
		if m.SchemaName == "WidgetsClientGetResponse" && m.Name == "WidgetsClientGetResponse" {
			t.Errorf("model %s took a client type's name", m.SchemaName)
		}
	}
	results := runClientSuite(t, pkg, "testdata/clients/edge_test.go")
	if len(results) != 6 {
		t.Errorf("%d examples, want 6", len(results))
	}
	if n := countBorrowed(results); n != 1 {
		t.Errorf("%d borrowed examples, want 1", n)
	}
}

// runClientSuite emits pkg with its fake package and examples into a workspace, adds the
// example driver and the given hand-written test files (with the placeholder import path
// example.com/armgen/<package> rewritten to the workspace's), runs go test there, and
// checks that every example's request and result matched.
func runClientSuite(t *testing.T, pkg *ir.Package, testFiles ...string) []fakearm.Result {
	t.Helper()
	start := time.Now()
	ws := e2e.New(t, "clients")
	importPath := path.Join(modulePathOf(t, ws.Root), strings.TrimPrefix(ws.Rel, "./"), pkg.Name)
	files := output.NewFiles()
	if err := Emit(pkg, files, Options{Dir: pkg.Name, ImportPath: importPath}); err != nil {
		t.Fatal(err)
	}
	for _, n := range files.Names() {
		ws.Write(t, n, files.Get(n))
	}
	cases := exampleCases(t, pkg)
	casesFile := filepath.Join(t.TempDir(), "cases.json")
	data, _ := json.Marshal(cases)
	if err := os.WriteFile(casesFile, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ws.Write(t, pkg.Name+"/fakearm_examples_test.go", examplesDriver(t, pkg))
	for _, tf := range testFiles {
		src, err := os.ReadFile(tf)
		if err != nil {
			t.Fatal(err)
		}
		src = []byte(strings.ReplaceAll(string(src), `"example.com/armgen/`+pkg.Name, `"`+importPath))
		ws.Write(t, pkg.Name+"/"+filepath.Base(tf), src)
	}
	outFile := filepath.Join(t.TempDir(), "results.json")
	generated := time.Since(start)
	if out, err := ws.Go(nil, "vet", "{ws}/"+pkg.Name+"/..."); err != nil {
		t.Fatalf("generated package does not vet:\n%s", out)
	}
	out, err := ws.Go([]string{"ARMGEN_FAKEARM_CASES=" + casesFile, "ARMGEN_FAKEARM_OUT=" + outFile},
		"test", "-count=1", "{ws}/"+pkg.Name+"/...")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatalf("no results: %v\n%s", err, out)
	}
	var results []fakearm.Result
	if err := json.Unmarshal(raw, &results); err != nil {
		t.Fatal(err)
	}
	reqOK, respOK, variants := 0, 0, 0
	for _, r := range results {
		variants += len(r.Variants)
		if r.RequestOK {
			reqOK++
		}
		if r.ResponseOK {
			respOK++
		}
		for _, p := range r.Problems {
			t.Errorf("%s (%s): %s", r.File, r.Example, p)
		}
	}
	if reqOK != len(cases) || respOK != len(cases) || len(results) != len(cases) {
		t.Errorf("request matched for %d of %d examples, result for %d", reqOK, len(cases), respOK)
	}
	t.Logf("%s: %d/%d examples: request matched; %d/%d: result matched; %d borrowed (api-version differs); %d server scenarios; generate %s, vet and test %s",
		pkg.Name, reqOK, len(cases), respOK, len(cases), countBorrowed(results), variants, generated.Round(time.Millisecond), (time.Since(start) - generated).Round(time.Millisecond))
	return results
}

func countBorrowed(results []fakearm.Result) int {
	n := 0
	for _, r := range results {
		if r.Borrowed {
			n++
		}
	}
	return n
}

// exampleCases describes every x-ms-example of pkg for fakearm.RunExamples.
func exampleCases(t *testing.T, pkg *ir.Package) []fakearm.Case {
	var cases []fakearm.Case
	for _, g := range pkg.Groups {
		for _, op := range g.Operations {
			v, err := view.NewOp(op, naming.NewNamer())
			if err != nil {
				t.Fatal(err)
			}
			base := fakearm.Case{
				OperationID: op.ID, Group: g.Name, Method: op.MethodName(), Kind: "plain",
				HTTPMethod: op.Method, Path: op.Path, Success: v.Success, SpecAPIVersion: pkg.APIVersion,
			}
			switch {
			case op.IsLRO():
				base.Kind = "lro"
				base.FinalStateVia = op.LongRunning.FinalStateVia
			case op.IsPager():
				base.Kind = "pager"
				base.NextLinkName, base.ItemName = op.Pageable.NextLinkName, op.Pageable.ItemName
			}
			for _, p := range op.Params {
				prm := fakearm.Param{Name: p.Name, In: string(p.In), Client: p.Client, Constant: p.Constant, Raw: p.SkipURLEncoding}
				for _, a := range v.Args {
					if a.Param == p {
						prm.Arg = true
					}
				}
				for _, o := range v.Optional {
					if o.Param == p {
						prm.Field = o.ID
					}
				}
				base.Params = append(base.Params, prm)
			}
			if v.Body != nil {
				base.Body = &fakearm.Param{Name: v.Body.Param.Name, In: "body", Arg: v.Body.Param.Required}
				if !v.Body.Param.Required {
					base.Body.Field = v.Body.ID
				}
			}
			for _, ex := range op.Examples {
				c := base
				c.Example, c.File = ex.Name, filepath.Base(ex.File)
				c.Parameters = jsonv.AppendCompact(nil, ex.Parameters)
				c.Responses = jsonv.AppendCompact(nil, ex.Responses)
				cases = append(cases, c)
			}
		}
	}
	return cases
}

// examplesDriver is a test in the generated package that hands fakearm a constructor for
// every client.
func examplesDriver(t *testing.T, pkg *ir.Package) []byte {
	f := jen.NewFile(pkg.Name)
	f.Func().Id("TestFakeARMExamples").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
		jen.Qual(fakearmPkg, "RunExamples").Call(
			jen.Id("t"),
			jen.Qual("os", "Getenv").Call(jen.Lit("ARMGEN_FAKEARM_CASES")),
			jen.Qual("os", "Getenv").Call(jen.Lit("ARMGEN_FAKEARM_OUT")),
			jen.Map(jen.String()).Qual(fakearmPkg, "NewClient").Values(jen.DictFunc(func(d jen.Dict) {
				for _, g := range pkg.Groups {
					// The constructor takes the client parameters (the subscription ID, when
					// the group's paths have one), then the credential and options.
					var args []jen.Code
					supported := true
					for _, p := range g.ClientParams() {
						if p.Name != "subscriptionId" {
							supported = false
						}
						args = append(args, jen.Id("sub"))
					}
					if !supported {
						continue // the case reports "no client constructor"
					}
					args = append(args, jen.Id("cred"), jen.Id("o"))
					d[jen.Lit(g.Name)] = jen.Func().Params(
						jen.Id("sub").String(), jen.Id("cred").Qual(gocode.AzcorePkg, "TokenCredential"), jen.Id("o").Op("*").Qual(gocode.ARMPkg, "ClientOptions"),
					).Params(jen.Any(), jen.Error()).Block(
						jen.Return(jen.Id("New" + g.ClientName()).Call(args...)),
					)
				}
			})),
		),
	)
	src, err := render(f)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// modulePathOf reads the module path from root/go.mod.
func modulePathOf(t *testing.T, root string) string {
	fh, err := os.Open(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "module "); ok {
			return strings.TrimSpace(rest)
		}
	}
	t.Fatal("go.mod has no module line")
	return ""
}
