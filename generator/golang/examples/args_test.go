package examples

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/build"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/internal/e2e"
	"github.com/dave/jennifer/jen"
)

// TestParamGroupsExampleArgs: an example's grouped parameters become the group struct
// arguments of the method call, in the method's order (arguments, groups, body, options).
func TestParamGroupsExampleArgs(t *testing.T) {
	dir := e2e.TestServerSwagger(t, "azure-parameter-grouping.json")
	doc, err := load.Load("azure-parameter-grouping.json", load.Options{FS: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := build.Build(doc, build.Options{})
	if err != nil {
		t.Fatal(err)
	}
	op := func(id string) *ir.Operation {
		for _, g := range pkg.Groups {
			for _, o := range g.Operations {
				if o.ID == id {
					return o
				}
			}
		}
		t.Fatalf("no operation %s", id)
		return nil
	}
	for _, c := range []struct {
		id, params, want string
	}{
		{"parameterGrouping_postRequired", `{"body": 1234, "path": "p", "query": 21}`,
			`f(p.ParameterGroupingClientPostRequiredParameters{Body: 1234, Query: to.Ptr[int32](21), Path: "p",}, nil)`},
		{"parameterGrouping_postOptional", `{}`, "f(nil, nil)"},
		{"parameterGrouping_postOptional", `{"customHeader": "h"}`,
			`f(&p.ParameterGroupingClientPostOptionalParameters{CustomHeader: to.Ptr("h"),}, nil)`},
	} {
		lit := NewLiterals("example.com/p", Lenient)
		args := lit.CallArgs(op(c.id), parseJSON(t, c.params))
		squash := strings.NewReplacer(" ", "", "\t", "", "\n", "")
		got := squash.Replace(fmt.Sprintf("%#v", jen.Id("f").Call(args...)))
		if got != squash.Replace(c.want) {
			t.Errorf("%s %s:\n got %s\nwant %s", c.id, c.params, got, c.want)
		}
	}
}
