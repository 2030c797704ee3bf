package examples

import (
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/ir"
)

// fishHierarchy is Fish (discriminator "kind") with the subtype Shark ("shark") and a
// model Tank holding a polymorphic fish and a list of them.
func fishHierarchy() *ir.Type {
	str := func() *ir.Type { return &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.String} }
	fish := &ir.Model{Name: "Fish", SchemaName: "Fish", Interface: "AnyFish", Discriminator: "kind", DiscriminatorProperty: "kind",
		Fields: []*ir.Field{{Name: "Kind", JSONName: "kind", Type: str()}, {Name: "Name", JSONName: "name", Type: str()}}}
	shark := &ir.Model{Name: "Shark", SchemaName: "Shark", DiscriminatorValue: "shark", DiscriminatorProperty: "kind", Bases: []*ir.Model{fish},
		Fields: []*ir.Field{{Name: "Kind", JSONName: "kind", Type: str()}, {Name: "Name", JSONName: "name", Type: str()}, {Name: "Teeth", JSONName: "teeth", Type: &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Int32}}}}
	fish.Subtypes = []*ir.Model{shark}
	ft := &ir.Type{Kind: ir.KindModel, Model: fish}
	return &ir.Type{Kind: ir.KindModel, Model: &ir.Model{Name: "Tank", Fields: []*ir.Field{
		{Name: "Star", JSONName: "star", Type: ft},
		{Name: "Fishes", JSONName: "fishes", Type: &ir.Type{Kind: ir.KindArray, Elem: ft}},
	}}}
}

// A polymorphic value is a pointer to the struct its discriminator names, also inside a
// slice (where the type cannot be elided); an unknown or missing value gives the base.
func TestLiteralsPolymorphic(t *testing.T) {
	v := parseJSON(t, `{"star": {"kind": "shark", "name": "s", "teeth": 3}, "fishes": [{"kind": "shark", "name": "a"}, {"kind": "cod", "name": "b"}, {"name": "c"}]}`)
	l := NewLiterals("example.com/pkg", Strict)
	got := renderLit(t, l.Value(v, fishHierarchy(), "body"))
	if l.Err() != nil {
		t.Fatal(l.Err())
	}
	for _, want := range []string{
		"Star: &pkg.Shark{", "Teeth: to.Ptr[int32](3)",
		"Fishes: []pkg.AnyFish{", "&pkg.Shark{\n", "&pkg.Fish{\n\t\t\tKind: to.Ptr(\"cod\")", "&pkg.Fish{\n\t\t\tName: to.Ptr(\"c\")",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
	// A subtype's own property under the base is a misfit.
	l = NewLiterals("example.com/pkg", Strict)
	l.Value(parseJSON(t, `{"star": {"kind": "cod", "teeth": 3}}`), fishHierarchy(), "body")
	if l.Err() == nil || !strings.Contains(l.Err().Error(), "Fish has no such property") {
		t.Errorf("err = %v, want Fish has no such property", l.Err())
	}
}
