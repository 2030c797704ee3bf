package inspect_test

import (
	"fmt"
	"testing"

	"github.com/armgen/armgen/generator/docs/inspect"
	"github.com/armgen/armgen/generator/docs/internal/oracle"
	"github.com/armgen/armgen/generator/jsonv"
)

// variants are the non-default option sets the corpus is also printed with.
var variants = []inspect.Options{
	{Depth: 2, BreakLength: 80, Compact: 3, MaxArrayLength: 100, MaxStringLength: 10000},
	{Depth: 24, BreakLength: 40, Compact: 3, MaxArrayLength: 100, MaxStringLength: 10000},
	{Depth: 24, BreakLength: 120, Compact: 1, MaxArrayLength: 5, MaxStringLength: 30},
	{Depth: -1, BreakLength: 80, Compact: 5, MaxArrayLength: -1, MaxStringLength: -1},
	{Depth: 0, BreakLength: 60, Compact: 0, MaxArrayLength: 100, MaxStringLength: 10000},
	{Depth: 24, BreakLength: 200, Compact: 2, MaxArrayLength: 3, MaxStringLength: 7},
}

func optionMap(o inspect.Options) map[string]int {
	return map[string]int{
		"depth": o.Depth, "breakLength": o.BreakLength, "compact": o.Compact,
		"maxArrayLength": o.MaxArrayLength, "maxStringLength": o.MaxStringLength,
	}
}

type inspectCase struct {
	name string
	v    *jsonv.Value
	opts inspect.Options
}

// specCases returns every value of every 2022-01-01 spec file (all definitions and all
// their sub-schemas, parameters, paths and the files themselves) with the default
// options, and every seventh value again with one of the variants.
func specCases(t *testing.T) []inspectCase {
	names, docs, err := oracle.LoadDir(oracle.SpecDir)
	if err != nil {
		t.Fatal(err)
	}
	var cases []inspectCase
	n := 0
	for _, name := range names {
		oracle.Walk(docs[name], "", func(ptr string, v *jsonv.Value) {
			id := name + "#" + ptr
			cases = append(cases, inspectCase{id, v, inspect.DefaultOptions()})
			if n%7 == 0 {
				o := variants[(n/7)%len(variants)]
				cases = append(cases, inspectCase{fmt.Sprintf("%s %+v", id, o), v, o})
			}
			n++
		})
	}
	return cases
}

// randomCases returns seeded random values, most with the default options.
func randomCases(n int) []inspectCase {
	g := oracle.NewGen(20240101)
	var cases []inspectCase
	for i := 0; i < n; i++ {
		v := g.Value(5)
		if i%3 == 0 {
			v = g.Object(5)
		}
		o := inspect.DefaultOptions()
		if i%4 == 3 {
			o = variants[(i/4)%len(variants)]
		}
		cases = append(cases, inspectCase{fmt.Sprintf("random #%d %+v", i, o), v, o})
	}
	return cases
}

func runDifferential(t *testing.T, cases []inspectCase) {
	oracle.SkipUnlessAvailable(t, false)
	ocs := make([]oracle.Case, len(cases))
	names := make([]string, len(cases))
	got := make([]string, len(cases))
	for i, c := range cases {
		ocs[i] = oracle.Case{Mode: "inspect", Value: c.v, Options: optionMap(c.opts)}
		names[i] = c.name
		got[i] = inspect.Inspect(c.v, c.opts)
	}
	results := oracle.Run(t, ocs)
	pass := oracle.Compare(t, names, got, results, 10)
	t.Logf("%d/%d cases identical to Node %s util.inspect", pass, len(cases), "v20")
}

// TestDifferentialSpecs compares Inspect with Node's util.inspect on the spec corpus.
func TestDifferentialSpecs(t *testing.T) {
	runDifferential(t, specCases(t))
}

// TestDifferentialRandom compares Inspect with Node's util.inspect on random values.
func TestDifferentialRandom(t *testing.T) {
	n := 4000
	if testing.Short() {
		n = 400
	}
	runDifferential(t, randomCases(n))
}

// TestDifferentialLiterals compares every pooled key, number and string fragment, at
// the top level and nested under an indented key.
func TestDifferentialLiterals(t *testing.T) {
	var cases []inspectCase
	for i, v := range oracle.Literals() {
		nested := &jsonv.Value{Kind: jsonv.Object, Obj: []jsonv.Member{{Key: "someWhatLongKeyName", Value: v}}}
		cases = append(cases,
			inspectCase{fmt.Sprintf("literal #%d", i), v, inspect.DefaultOptions()},
			inspectCase{fmt.Sprintf("nested literal #%d", i), nested, variants[1]})
	}
	runDifferential(t, cases)
}
