package examples

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/dave/jennifer/jen"
)

// polyModel is the literal of a value held through the interface of polymorphic model m:
// a pointer to the struct of the subtype that the example's discriminator value names,
// or to m's own struct when the value names none (or m itself). The type is never elided,
// since an interface's element type says nothing about the struct.
func (l *Literals) polyModel(v *jsonv.Value, m *ir.Model, where string) (jen.Code, bool) {
	c, ok := l.model(v, concreteModel(v, m), false, where)
	if !ok {
		return nil, false
	}
	return jen.Op("&").Add(c), true
}

// concreteModel is the model among m and its subtypes whose discriminator value the JSON
// object v holds; m when it holds none that a subtype claims.
func concreteModel(v *jsonv.Value, m *ir.Model) *ir.Model {
	if v == nil || v.Kind != jsonv.Object {
		return m
	}
	d := v.Get(m.DiscriminatorProperty)
	if d == nil || d.Kind != jsonv.String {
		return m
	}
	for _, s := range m.Subtypes {
		if s.DiscriminatorWireValue() == d.Str {
			return s
		}
	}
	return m
}

// withDiscriminator returns the JSON object v as m's MarshalJSON writes it: with m's
// discriminator value in place of the example's, or where the example has none, for the
// models whose MarshalJSON writes it (see DiscriminatorSet).
func withDiscriminator(v *jsonv.Value, m *ir.Model) *jsonv.Value {
	if gocode.DiscriminatorSet(m) == nil {
		return v
	}
	name, val := m.DiscriminatorProperty, m.DiscriminatorWireValue()
	cur := v.Get(name)
	if m.Polymorphic() && cur != nil && cur.Kind != jsonv.Null {
		return v // a base keeps the value it holds
	}
	if cur != nil && cur.Kind == jsonv.String && cur.Str == val {
		return v
	}
	out := &jsonv.Value{Kind: jsonv.Object, Line: v.Line, Col: v.Col}
	set := false
	for _, mem := range v.Obj {
		if mem.Key == name {
			mem.Value = &jsonv.Value{Kind: jsonv.String, Str: val}
			set = true
		}
		out.Obj = append(out.Obj, mem)
	}
	if !set {
		out.Obj = append(out.Obj, jsonv.Member{Key: name, Value: &jsonv.Value{Kind: jsonv.String, Str: val}})
	}
	return out
}
