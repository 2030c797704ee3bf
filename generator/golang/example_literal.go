package golang

import (
	"encoding/base64"
	"fmt"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/dave/jennifer/jen"
)

// literals writes Go composite literals of the generated types from example JSON, for the
// example functions: the request arguments and the fake server's response.
type literals struct {
	// path is the generated package's import path.
	path string
}

func (l *literals) q(name string) *jen.Statement { return jen.Qual(l.path, name) }

// field is the literal of a value in a struct field: scalars, enums and structs by
// pointer, as fieldType declares them.
func (l *literals) field(v *jsonv.Value, t *ir.Type) (jen.Code, error) {
	switch t.Kind {
	case ir.KindArray, ir.KindMap:
		return l.elem(v, t, false)
	case ir.KindModel:
		if isMapModel(t.Model) {
			return l.elem(v, t, false)
		}
		c, err := l.elem(v, t, false)
		if err != nil {
			return nil, err
		}
		return jen.Op("&").Add(c), nil
	case ir.KindPrimitive:
		if t.Primitive == ir.Any || t.Primitive == ir.Bytes {
			return l.elem(v, t, false)
		}
	}
	c, err := l.elem(v, t, false)
	if err != nil {
		return nil, err
	}
	ptr := jen.Qual(toPkg, "Ptr")
	if t.Kind == ir.KindPrimitive && v.Kind == jsonv.Number {
		ptr = ptr.Types(primitive(t.Primitive))
	}
	return ptr.Call(c), nil
}

// elem is the literal of a value as elemType declares it. elided drops the type of a
// struct or map literal inside a slice or map literal.
func (l *literals) elem(v *jsonv.Value, t *ir.Type, elided bool) (jen.Code, error) {
	if v.Kind == jsonv.Null {
		return jen.Op("*").New(l.typeOf(t)), nil
	}
	switch t.Kind {
	case ir.KindModel:
		return l.model(v, t.Model, elided)
	case ir.KindEnum:
		return l.enum(v, t.Enum)
	case ir.KindArray:
		if v.Kind != jsonv.Array {
			return nil, fmt.Errorf("want an array, got %s", v.Kind)
		}
		var items []jen.Code
		for i, e := range v.Arr {
			c, err := l.elem(e, t.Elem, true)
			if err != nil {
				return nil, fmt.Errorf("[%d]: %w", i, err)
			}
			items = append(items, jen.Line().Add(c))
		}
		if len(items) > 0 {
			items = append(items, jen.Line())
		}
		return l.typeOf(t).Values(items...), nil
	case ir.KindMap:
		return l.mapLit(v, l.typeOf(t), t.Elem, elided)
	}
	return l.scalar(v, t.Primitive)
}

// model is a struct literal: the example's keys in its order.
func (l *literals) model(v *jsonv.Value, m *ir.Model, elided bool) (jen.Code, error) {
	if v.Kind != jsonv.Object {
		return nil, fmt.Errorf("%s: want an object, got %s", m.Name, v.Kind)
	}
	typ := l.q(m.Name)
	if elided {
		typ = jen.Null()
	}
	if isMapModel(m) {
		return l.mapLit(v, typ, m.AdditionalProperties, elided)
	}
	byJSON := map[string]*ir.Field{}
	for _, f := range m.Fields {
		byJSON[f.JSONName] = f
	}
	var fields []jen.Code
	extra := &jsonv.Value{Kind: jsonv.Object}
	for _, mem := range v.Obj {
		f := byJSON[mem.Key]
		if f == nil {
			if m.AdditionalProperties == nil {
				return nil, fmt.Errorf("%s has no property %q", m.Name, mem.Key)
			}
			extra.Obj = append(extra.Obj, mem)
			continue
		}
		if mem.Value.Kind == jsonv.Null {
			continue
		}
		c, err := l.field(mem.Value, f.Type)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", m.Name, f.Name, err)
		}
		fields = append(fields, jen.Line().Id(f.Name).Op(":").Add(c))
	}
	if len(extra.Obj) > 0 {
		c, err := l.mapLit(extra, jen.Map(jen.String()).Add(l.typeOf(m.AdditionalProperties)), m.AdditionalProperties, false)
		if err != nil {
			return nil, fmt.Errorf("%s.AdditionalProperties: %w", m.Name, err)
		}
		fields = append(fields, jen.Line().Id("AdditionalProperties").Op(":").Add(c))
	}
	if len(fields) > 0 {
		fields = append(fields, jen.Line())
	}
	return typ.Values(fields...), nil
}

// mapLit is a map literal with the example's keys in its order.
func (l *literals) mapLit(v *jsonv.Value, typ *jen.Statement, elem *ir.Type, _ bool) (jen.Code, error) {
	if v.Kind != jsonv.Object {
		return nil, fmt.Errorf("want an object, got %s", v.Kind)
	}
	var items []jen.Code
	for _, mem := range v.Obj {
		c, err := l.elem(mem.Value, elem, true)
		if err != nil {
			return nil, fmt.Errorf("[%q]: %w", mem.Key, err)
		}
		items = append(items, jen.Line().Lit(mem.Key).Op(":").Add(c))
	}
	if len(items) > 0 {
		items = append(items, jen.Line())
	}
	return typ.Values(items...), nil
}

// enum is the enum's constant for a known value, else a conversion.
func (l *literals) enum(v *jsonv.Value, e *ir.Enum) (jen.Code, error) {
	text := v.Str
	if v.Kind == jsonv.Number {
		text = v.Num
	} else if v.Kind != jsonv.String {
		return nil, fmt.Errorf("%s: want a %s, got %s", e.Name, e.Base.GoName(), v.Kind)
	}
	for _, ev := range e.Values {
		if ev.Value == text {
			return l.q(ev.Name), nil
		}
	}
	if v.Kind == jsonv.Number {
		return l.q(e.Name).Parens(jen.Op(text)), nil
	}
	return l.q(e.Name).Parens(jen.Lit(text)), nil
}

// scalar is the literal of a primitive value.
func (l *literals) scalar(v *jsonv.Value, p ir.Primitive) (jen.Code, error) {
	want := func(k jsonv.Kind) error {
		if v.Kind != k {
			return fmt.Errorf("want a JSON %s for %s, got %s", k, p.GoName(), v.Kind)
		}
		return nil
	}
	switch p {
	case ir.String:
		return jen.Lit(v.Str), want(jsonv.String)
	case ir.Bool:
		return jen.Lit(v.Bool), want(jsonv.Bool)
	case ir.Int32, ir.Int64, ir.Float32, ir.Float64:
		return jen.Op(v.Num), want(jsonv.Number)
	case ir.DateTime:
		if err := want(jsonv.String); err != nil {
			return nil, err
		}
		return jen.Func().Params().Qual("time", "Time").Block(
			jen.List(jen.Id("t"), jen.Id("_")).Op(":=").Qual("time", "Parse").Call(jen.Qual("time", "RFC3339Nano"), jen.Lit(v.Str)),
			jen.Return(jen.Id("t")),
		).Call(), nil
	case ir.Bytes:
		if err := want(jsonv.String); err != nil {
			return nil, err
		}
		b, err := base64.StdEncoding.DecodeString(v.Str)
		if err != nil {
			return nil, fmt.Errorf("bytes: %w", err)
		}
		return jen.Index().Byte().Parens(jen.Lit(string(b))), nil
	}
	return anyLit(v), nil
}

// anyLit is the literal of a value of no fixed type.
func anyLit(v *jsonv.Value) jen.Code {
	switch v.Kind {
	case jsonv.Null:
		return jen.Nil()
	case jsonv.Bool:
		return jen.Lit(v.Bool)
	case jsonv.Number:
		return jen.Float64().Parens(jen.Op(v.Num))
	case jsonv.String:
		return jen.Lit(v.Str)
	case jsonv.Array:
		var items []jen.Code
		for _, e := range v.Arr {
			items = append(items, anyLit(e))
		}
		return jen.Index().Any().Values(items...)
	}
	var items []jen.Code
	for _, mem := range v.Obj {
		items = append(items, jen.Line().Lit(mem.Key).Op(":").Add(anyLit(mem.Value)))
	}
	if len(items) > 0 {
		items = append(items, jen.Line())
	}
	return jen.Map(jen.String()).Any().Values(items...)
}

// typeOf is elemType qualified with the generated package.
func (l *literals) typeOf(t *ir.Type) *jen.Statement {
	switch t.Kind {
	case ir.KindArray:
		return jen.Index().Add(l.typeOf(t.Elem))
	case ir.KindMap:
		return jen.Map(jen.String()).Add(l.typeOf(t.Elem))
	case ir.KindModel:
		return l.q(t.Model.Name)
	case ir.KindEnum:
		return l.q(t.Enum.Name)
	}
	return jen.Add(primitive(t.Primitive))
}
