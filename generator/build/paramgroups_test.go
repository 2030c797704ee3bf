package build

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/internal/e2e"
)

// testServerSpec builds a spec of the AutoRest test server installed in .tools, or skips
// (fails under ARMGEN_REQUIRE_NODE=1).
func testServerSpec(t *testing.T, name string) *ir.Package {
	t.Helper()
	dir := e2e.TestServerSwagger(t, name)
	return mustBuild(t, name, load.Options{FS: os.DirFS(dir)})
}

// groupSummary renders an operation's groups as "Name(req):field,field;...".
func groupSummary(op *ir.Operation) string {
	var parts []string
	for _, u := range op.Groups {
		s := u.Group.Name
		if u.Required {
			s += "(req)"
		}
		var fields []string
		for _, p := range u.Params {
			fields = append(fields, p.FieldName)
		}
		parts = append(parts, s+":"+strings.Join(fields, ","))
	}
	return strings.Join(parts, ";")
}

// TestParamGroupsTestServer checks the groups of azure-parameter-grouping.json and
// model-flattening.json: names from name, postfix or the default, required groups, members
// in the spec's order (body included), and one shared struct for a shared name.
func TestParamGroupsTestServer(t *testing.T) {
	pkg := testServerSpec(t, "azure-parameter-grouping.json")
	want := map[string]string{
		"parameterGrouping_postRequired":                   "ParameterGroupingClientPostRequiredParameters(req):Body,CustomHeader,Query,Path",
		"parameterGrouping_postOptional":                   "ParameterGroupingClientPostOptionalParameters:CustomHeader,Query",
		"parameterGrouping_postReservedWords":              "ParameterGroupingClientPostReservedWordsParameters:From,Accept",
		"parameterGrouping_postMultiParamGroups":           "FirstParameterGroup:HeaderOne,QueryOne;ParameterGroupingClientPostMultiParamGroupsSecondParamGroup:HeaderTwo,QueryTwo",
		"parameterGrouping_postSharedParameterGroupObject": "FirstParameterGroup:HeaderOne,QueryOne",
		"parameterGrouping_groupWithConstant":              "Grouper:GroupedConstant,GroupedParameter",
	}
	for id, w := range want {
		op := findOp(pkg, id)
		if op == nil {
			t.Fatalf("no operation %s", id)
		}
		if got := groupSummary(op); got != w {
			t.Errorf("%s: groups %q, want %q", id, got, w)
		}
	}
	var names []string
	for _, g := range pkg.ParamGroups {
		names = append(names, g.Name+"="+strings.Join(g.Operations, "+"))
	}
	if got, w := strings.Join(names, " "), "FirstParameterGroup=parameterGrouping_postMultiParamGroups+parameterGrouping_postSharedParameterGroupObject Grouper=parameterGrouping_groupWithConstant ParameterGroupingClientPostMultiParamGroupsSecondParamGroup=parameterGrouping_postMultiParamGroups ParameterGroupingClientPostOptionalParameters=parameterGrouping_postOptional ParameterGroupingClientPostRequiredParameters=parameterGrouping_postRequired ParameterGroupingClientPostReservedWordsParameters=parameterGrouping_postReservedWords"; got != w {
		t.Errorf("package groups:\n got %s\nwant %s", got, w)
	}
	if op := findOp(pkg, "parameterGrouping_postRequired"); op.Body == nil || op.Body.Grouping == nil {
		t.Errorf("postRequired: the body is not grouped")
	}

	mf := testServerSpec(t, "model-flattening.json")
	if got := groupSummary(findOp(mf, "putSimpleProductWithGrouping")); got != "FlattenParameterGroup(req):SimpleBodyProduct,Name" {
		t.Errorf("putSimpleProductWithGrouping: groups %q", got)
	}
	// paging's postfix "Options" names the method's options struct: no group.
	pg := testServerSpec(t, "paging.json")
	if op := findOp(pg, "Paging_getMultiplePages"); len(op.Groups) != 0 {
		t.Errorf("Paging_getMultiplePages: groups %q, want none (its members are options fields)", groupSummary(op))
	}
}

// TestParamGroupErrors: a malformed extension and a name that a client type has are errors
// naming the file and pointer.
func TestParamGroupErrors(t *testing.T) {
	spec := func(ext string) string {
		return `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/p": {"get": {"operationId": "P_Get",
  "parameters": [{"name": "q", "in": "query", "type": "string", "x-ms-parameter-grouping": ` + ext + `}],
  "responses": {"200": {"description": "ok"}}}}}}`
	}
	for ext, want := range map[string]string{
		`"g"`:                 "spec.json#/paths/~1p/get/parameters/0/x-ms-parameter-grouping: x-ms-parameter-grouping is a JSON string",
		`{"name": 3}`:         "spec.json#/paths/~1p/get/parameters/0/x-ms-parameter-grouping/name: x-ms-parameter-grouping name must be a non-empty string",
		`{"name": "PClient"}`: "spec.json#/paths/~1p/get/parameters/0/x-ms-parameter-grouping: parameter group name PClient is already the name of a client",
	} {
		err := buildSpec(t, spec(ext))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want an error containing %q", ext, err, want)
		}
	}
	doc, err := load.Load("spec.json", load.Options{FS: fstest.MapFS{"spec.json": {Data: []byte(spec(`{"name": "g"}`))}}})
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := Build(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := groupSummary(findOp(pkg, "P_Get")); got != "G:Q" {
		t.Errorf("groups %q, want G:Q", got)
	}
}
