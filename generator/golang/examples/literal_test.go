package examples

import (
	"fmt"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/dave/jennifer/jen"
)

// thingType is a model with a string, an int32 and an array of enums.
func thingType() *ir.Type {
	color := &ir.Enum{Name: "Color", Base: ir.String, Values: []*ir.EnumValue{{Name: "ColorRed", Value: "red"}}}
	return &ir.Type{Kind: ir.KindModel, Model: &ir.Model{Name: "Thing", Fields: []*ir.Field{
		{Name: "Name", JSONName: "name", Type: &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.String}},
		{Name: "Count", JSONName: "count", Type: &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Int32}},
		{Name: "Colors", JSONName: "colors", Type: &ir.Type{Kind: ir.KindArray, Elem: &ir.Type{Kind: ir.KindEnum, Enum: color}}},
	}}}
}

func renderLit(t *testing.T, c jen.Code) string {
	t.Helper()
	return fmt.Sprintf("%#v", jen.Var().Id("x").Op("=").Add(c))
}

func parseJSON(t *testing.T, s string) *jsonv.Value {
	t.Helper()
	v, err := jsonv.Parse([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// A fitting example gives the same literal in both modes, with no note and no error.
func TestLiteralsModesAgreeOnAFit(t *testing.T) {
	v := parseJSON(t, `{"colors": ["red", "blue"], "name": "n", "count": 3}`)
	var got []string
	for _, mode := range []Mode{Strict, Lenient} {
		l := NewLiterals("example.com/pkg", mode)
		got = append(got, renderLit(t, l.Value(v, thingType(), "body")))
		if l.Err() != nil || len(l.Notes()) != 0 {
			t.Fatalf("mode %d: err %v, notes %q", mode, l.Err(), l.Notes())
		}
	}
	if got[0] != got[1] {
		t.Fatalf("strict:\n%s\nlenient:\n%s", got[0], got[1])
	}
	for _, want := range []string{`pkg.ColorRed`, `pkg.Color("blue")`, `to.Ptr[int32](3)`, `to.Ptr("n")`} {
		if !strings.Contains(got[0], want) {
			t.Errorf("no %s in\n%s", want, got[0])
		}
	}
}

// A misfit is the Strict builder's error, and a note (the value left out) of the Lenient one.
func TestLiteralsMisfit(t *testing.T) {
	v := parseJSON(t, `{"name": 1, "count": 1e10, "nope": true}`)
	strict := NewLiterals("example.com/pkg", Strict)
	strict.Value(v, thingType(), "body")
	if err := strict.Err(); err == nil || err.Error() != `"body.name": a string is expected, the example has a number` {
		t.Errorf("strict error: %v", err)
	}
	lenient := NewLiterals("example.com/pkg", Lenient)
	code := renderLit(t, lenient.Value(v, thingType(), "body"))
	want := []string{
		`"body.name": a string is expected, the example has a number; left out`,
		`"body.count": 1e10 does not fit a Go int32; left out`,
		`"body.nope": Thing has no such property; left out`,
	}
	if strings.Join(lenient.Notes(), "\n") != strings.Join(want, "\n") {
		t.Errorf("notes:\n%s\nwant:\n%s", strings.Join(lenient.Notes(), "\n"), strings.Join(want, "\n"))
	}
	if lenient.Err() != nil || !strings.Contains(code, "pkg.Thing{}") {
		t.Errorf("err %v, code\n%s", lenient.Err(), code)
	}
}

// TestLiteralErrorPointer: the path of a misfit value becomes a JSON pointer into the
// example file, parameters unless it is under responses.
func TestLiteralErrorPointer(t *testing.T) {
	for where, want := range map[string]string{
		"responses.200.body":              "/responses/200/body",
		"body.properties.ports[0]":        "/parameters/body/properties/ports/0",
		"complexBody.m[1][2].a/b":         "/parameters/complexBody/m/1/2/a~1b",
		"responses.default.body.error[3]": "/responses/default/body/error/3",
	} {
		if got := (&LiteralError{Where: where}).Pointer(); got != want {
			t.Errorf("%s: %s, want %s", where, got, want)
		}
	}
}
