package golang

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/build"
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/output"
	"github.com/armgen/armgen/internal/e2e"
	"github.com/dave/jennifer/jen"
)

const realSpec = "../../../shared/azure-rest-api-specs/specification/network/resource-manager/Microsoft.Network/stable/2022-01-01/networkWatcher.json"

// knownGaps lists values in the real examples that the 2022-01-01 spec does not declare,
// so no generated type can carry them. Key: "<example file> <body> <JSON path>".
var knownGaps = map[string]string{}

// wireCase is one example body and the Go type it must decode into.
type wireCase struct {
	name string // "<example file> <body>"
	typ  *ir.Type
	data *jsonv.Value
}

func realPackage(t testing.TB) *ir.Package {
	t.Helper()
	doc, err := load.Load(realSpec, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := build.Build(doc, build.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// wireCases collects every request body and response body of every example.
func wireCases(pkg *ir.Package) []wireCase {
	var cases []wireCase
	for _, g := range pkg.Groups {
		for _, op := range g.Operations {
			for _, ex := range op.Examples {
				file := filepath.Base(ex.File)
				if op.Body != nil {
					// A null body is no body (an optional body the example leaves out).
					if body := ex.Parameters.Get(op.Body.Name); body != nil && body.Kind != jsonv.Null {
						cases = append(cases, wireCase{file + " request", op.Body.Type, body})
					}
				}
				for _, m := range ex.Responses.Obj {
					body := m.Value.Get("body")
					if body == nil {
						continue
					}
					for _, r := range op.Responses {
						if r.Status == m.Key && r.Type != nil {
							cases = append(cases, wireCase{file + " response " + m.Key, r.Type, body})
						}
					}
				}
			}
		}
	}
	return cases
}

// TestWireFidelity decodes every request and response body of the real examples into the
// generated types, re-encodes it, and requires the result to equal the example JSON.
func TestWireFidelity(t *testing.T) {
	pkg := realPackage(t)
	cases := wireCases(pkg)
	if len(cases) < 60 {
		t.Fatalf("only %d example bodies found", len(cases))
	}
	files := output.NewFiles()
	if err := Emit(pkg, files, Options{Dir: pkg.Name}); err != nil {
		t.Fatal(err)
	}
	ws := e2e.New(t, "wire")
	for _, n := range files.Names() {
		ws.Write(t, n, files.Get(n))
	}
	ws.Write(t, pkg.Name+"/wire_dump_test.go", wireDriver(t, pkg, cases))
	outFile := filepath.Join(t.TempDir(), "wire.json")
	if _, err := ws.Go([]string{"ARMGEN_WIRE_OUT=" + outFile}, "test", "-count=1", "-run", "TestWireDump", "{ws}/"+pkg.Name); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	for name, diffs := range compareWire(t, cases, raw) {
		for _, d := range diffs {
			key := name + " " + d.path
			if _, known := knownGaps[key]; known {
				continue
			}
			t.Errorf("%s: %s: %s", name, d.path, d.msg)
		}
	}
	t.Logf("%d example bodies round-tripped through the generated types", len(cases))
}

// wireErrorPrefix marks a case the driver could not decode or encode.
const wireErrorPrefix = "armgen-wire-error: "

// compareWire reads the wire driver's output and returns, by case name, the differences
// between each example body and its round trip through the generated types.
func compareWire(t *testing.T, cases []wireCase, raw []byte) map[string][]jsonDiff {
	t.Helper()
	var got map[string]json.RawMessage
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	out := map[string][]jsonDiff{}
	for _, c := range cases {
		re, ok := got[c.name]
		if !ok {
			out[c.name] = append(out[c.name], jsonDiff{"", "no result"})
			continue
		}
		var want, have any
		_ = json.Unmarshal(jsonv.AppendCompact(nil, c.data), &want)
		if err := json.Unmarshal(re, &have); err != nil {
			out[c.name] = append(out[c.name], jsonDiff{"", fmt.Sprintf("re-encoded JSON: %v", err)})
			continue
		}
		if s, ok := have.(string); ok && strings.HasPrefix(s, wireErrorPrefix) {
			out[c.name] = append(out[c.name], jsonDiff{"", strings.TrimPrefix(s, wireErrorPrefix)})
			continue
		}
		if d := diffJSON("", want, have); len(d) > 0 {
			out[c.name] = append(out[c.name], d...)
		}
	}
	return out
}

type jsonDiff struct{ path, msg string }

// diffJSON compares two decoded JSON values and lists every difference by path.
func diffJSON(path string, want, have any) []jsonDiff {
	switch w := want.(type) {
	case map[string]any:
		h, ok := have.(map[string]any)
		if !ok {
			return []jsonDiff{{path, fmt.Sprintf("want an object, got %T", have)}}
		}
		var out []jsonDiff
		keys := make([]string, 0, len(w))
		for k := range w {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			hv, present := h[k]
			if !present {
				out = append(out, jsonDiff{path + "." + k, "dropped by the generated types"})
				continue
			}
			out = append(out, diffJSON(path+"."+k, w[k], hv)...)
		}
		for k := range h {
			if _, ok := w[k]; !ok {
				out = append(out, jsonDiff{path + "." + k, "added by the generated types"})
			}
		}
		return out
	case []any:
		h, ok := have.([]any)
		if !ok || len(h) != len(w) {
			return []jsonDiff{{path, fmt.Sprintf("want %d elements, got %v", len(w), have)}}
		}
		var out []jsonDiff
		for i := range w {
			out = append(out, diffJSON(fmt.Sprintf("%s[%d]", path, i), w[i], h[i])...)
		}
		return out
	}
	if !reflect.DeepEqual(want, have) {
		return []jsonDiff{{path, fmt.Sprintf("want %v, got %v", want, have)}}
	}
	return nil
}

// wireDriver writes a test into the generated package that decodes each case into its Go
// type, re-encodes it, and saves the results as a JSON object keyed by case name.
func wireDriver(t *testing.T, pkg *ir.Package, cases []wireCase) []byte {
	f := jen.NewFile(pkg.Name)
	f.Func().Id("TestWireDump").Params(jen.Id("t").Op("*").Qual("testing", "T")).BlockFunc(func(g *jen.Group) {
		g.Id("cases").Op(":=").Index().Struct(
			jen.Id("name").String(),
			jen.Id("new").Func().Params().Any(),
			jen.Id("data").String(),
		).ValuesFunc(func(v *jen.Group) {
			for _, c := range cases {
				v.Values(jen.Lit(c.name), jen.Func().Params().Any().Block(jen.Return(jen.New(gocode.ElemType(c.typ, "")))), jen.Lit(string(jsonv.AppendCompact(nil, c.data))))
			}
		})
		g.Id("out").Op(":=").Map(jen.String()).Qual("encoding/json", "RawMessage").Values()
		g.For(jen.List(jen.Id("_"), jen.Id("c")).Op(":=").Range().Id("cases")).Block(
			jen.Id("v").Op(":=").Id("c").Dot("new").Call(),
			// A failure is recorded as a JSON string for the test to report (compareWire).
			jen.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Index().Byte().Parens(jen.Id("c").Dot("data")), jen.Id("v")), jen.Err().Op("!=").Nil()).Block(
				jen.List(jen.Id("out").Index(jen.Id("c").Dot("name")), jen.Id("_")).Op("=").Qual("encoding/json", "Marshal").Call(jen.Lit(wireErrorPrefix+"decode: ").Op("+").Err().Dot("Error").Call()),
				jen.Continue(),
			),
			jen.List(jen.Id("b"), jen.Err()).Op(":=").Qual("encoding/json", "Marshal").Call(jen.Id("v")),
			jen.If(jen.Err().Op("!=").Nil()).Block(
				jen.List(jen.Id("out").Index(jen.Id("c").Dot("name")), jen.Id("_")).Op("=").Qual("encoding/json", "Marshal").Call(jen.Lit(wireErrorPrefix+"encode: ").Op("+").Err().Dot("Error").Call()),
				jen.Continue(),
			),
			jen.Id("out").Index(jen.Id("c").Dot("name")).Op("=").Id("b"),
		)
		g.List(jen.Id("b"), jen.Id("_")).Op(":=").Qual("encoding/json", "Marshal").Call(jen.Id("out"))
		g.If(jen.Err().Op(":=").Qual("os", "WriteFile").Call(jen.Qual("os", "Getenv").Call(jen.Lit("ARMGEN_WIRE_OUT")), jen.Id("b"), jen.Lit(0o644)), jen.Err().Op("!=").Nil()).Block(
			jen.Id("t").Dot("Fatal").Call(jen.Err()),
		)
	})
	src, err := render(f)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.TrimSpace(string(src)) + "\n")
}
