package docs

import (
	"encoding/base64"
	"fmt"
	"math"
	"math/big"
	"strconv"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/dave/jennifer/jen"
)

// The Azure SDK packages the Go examples use.
const (
	azcorePkg = "github.com/Azure/azure-sdk-for-go/sdk/azcore"
	toPkg     = "github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
)

// golit writes Go composite literals of the generated package's types from example JSON.
// It follows the Go emitter's type conventions (generator/golang fieldType and elemType):
// struct fields hold scalars, enums and structs by pointer, and slices, maps, map models,
// []byte and any as they are; slice elements and map values are values.
//
// It is lenient, because a docs page must not fail on an odd example: a value that does
// not fit its type is left out (or, where a value is needed, replaced by the zero value),
// and a note saying so becomes a comment of the example. The suite compiles every example.
type golit struct {
	// path is the generated package's import path.
	path string
	// notes are the problems met, in order.
	notes []string
}

func (l *golit) q(name string) *jen.Statement { return jen.Qual(l.path, name) }

// note records a problem at a JSON path of the example.
func (l *golit) note(where, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	l.notes = append(l.notes, strconv.Quote(where)+": "+msg)
}

// field is the literal of a value held in a struct field (or an options field); ok is
// false when the value was left out.
func (l *golit) field(v *jsonv.Value, t *ir.Type, where string) (jen.Code, bool) {
	if v.Kind == jsonv.Null {
		return nil, false
	}
	c, ok := l.elem(v, t, false, where)
	if !ok {
		return nil, false
	}
	switch {
	case t.Kind == ir.KindArray, t.Kind == ir.KindMap:
		return c, true
	case t.Kind == ir.KindModel && isMapModel(t.Model):
		return c, true
	case t.Kind == ir.KindModel:
		return jen.Op("&").Add(c), true
	case t.Kind == ir.KindPrimitive && (t.Primitive == ir.Any || t.Primitive == ir.Bytes):
		return c, true
	}
	ptr := jen.Qual(toPkg, "Ptr")
	if t.Kind == ir.KindPrimitive && v.Kind == jsonv.Number {
		ptr = ptr.Types(primitiveType(t.Primitive))
	}
	return ptr.Call(c), true
}

// value is the literal of a value of type t as a slice element, map value or argument,
// with the zero value in place of a value that does not fit.
func (l *golit) value(v *jsonv.Value, t *ir.Type, elided bool, where string) jen.Code {
	if c, ok := l.elem(v, t, elided, where); ok {
		return c
	}
	return l.zero(t)
}

// zero is the zero value of t as an expression.
func (l *golit) zero(t *ir.Type) jen.Code { return jen.Op("*").New(l.typeOf(t)) }

// elem is the literal of a value of type t; elided drops the type of a struct or map
// literal that is an element of a slice or map literal. ok is false when v does not fit.
func (l *golit) elem(v *jsonv.Value, t *ir.Type, elided bool, where string) (jen.Code, bool) {
	if v.Kind == jsonv.Null {
		return l.zero(t), true
	}
	switch t.Kind {
	case ir.KindModel:
		return l.model(v, t.Model, elided, where)
	case ir.KindEnum:
		return l.enum(v, t.Enum, where)
	case ir.KindArray:
		if v.Kind != jsonv.Array {
			l.note(where, "an array is expected, the example has a %s; left out", v.Kind)
			return nil, false
		}
		var items []jen.Code
		for i, e := range v.Arr {
			items = append(items, jen.Line().Add(l.value(e, t.Elem, true, where+"["+strconv.Itoa(i)+"]")))
		}
		if len(items) > 0 {
			items = append(items, jen.Line())
		}
		return l.typeOf(t).Values(items...), true
	case ir.KindMap:
		return l.mapLit(v, l.typeOf(t), t.Elem, where)
	}
	return l.scalar(v, t.Primitive, where)
}

// model is a struct literal with the example's keys in the example's order.
func (l *golit) model(v *jsonv.Value, m *ir.Model, elided bool, where string) (jen.Code, bool) {
	if v.Kind != jsonv.Object {
		l.note(where, "an object (%s) is expected, the example has a %s; left out", m.Name, v.Kind)
		return nil, false
	}
	typ := l.q(m.Name)
	if elided {
		typ = jen.Null()
	}
	if isMapModel(m) {
		return l.mapLit(v, typ, m.AdditionalProperties, where)
	}
	byJSON := map[string]*ir.Field{}
	for _, f := range m.Fields {
		byJSON[f.JSONName] = f
	}
	var fields []jen.Code
	extra := &jsonv.Value{Kind: jsonv.Object}
	for _, mem := range v.Obj {
		at := where + "." + mem.Key
		f := byJSON[mem.Key]
		if f == nil {
			if m.AdditionalProperties != nil {
				extra.Obj = append(extra.Obj, mem)
			} else {
				l.note(at, "%s has no such property; left out", m.Name)
			}
			continue
		}
		if c, ok := l.field(mem.Value, f.Type, at); ok {
			fields = append(fields, jen.Line().Id(f.Name).Op(":").Add(c))
		}
	}
	if len(extra.Obj) > 0 {
		if c, ok := l.mapLit(extra, jen.Map(jen.String()).Add(l.typeOf(m.AdditionalProperties)), m.AdditionalProperties, where); ok {
			fields = append(fields, jen.Line().Id("AdditionalProperties").Op(":").Add(c))
		}
	}
	if len(fields) > 0 {
		fields = append(fields, jen.Line())
	}
	return typ.Values(fields...), true
}

// mapLit is a map literal with the example's keys in the example's order.
func (l *golit) mapLit(v *jsonv.Value, typ *jen.Statement, elem *ir.Type, where string) (jen.Code, bool) {
	if v.Kind != jsonv.Object {
		l.note(where, "an object is expected, the example has a %s; left out", v.Kind)
		return nil, false
	}
	var items []jen.Code
	for _, mem := range v.Obj {
		items = append(items, jen.Line().Lit(mem.Key).Op(":").Add(l.value(mem.Value, elem, true, where+"."+mem.Key)))
	}
	if len(items) > 0 {
		items = append(items, jen.Line())
	}
	return typ.Values(items...), true
}

// enum is the enum's constant for a known value, else a conversion of the value.
func (l *golit) enum(v *jsonv.Value, e *ir.Enum, where string) (jen.Code, bool) {
	var text string
	switch {
	case v.Kind == jsonv.String && e.Base == ir.String:
		text = v.Str
	case v.Kind == jsonv.Number && e.Base != ir.String && e.Base != ir.Any:
		text = v.Num
	default:
		l.note(where, "a value of %s is expected, the example has a %s; left out", e.Name, v.Kind)
		return nil, false
	}
	for _, ev := range e.Values {
		if ev.Value == text {
			return l.q(ev.Name), true
		}
	}
	if v.Kind == jsonv.Number {
		if _, ok := l.number(v, e.Base, where); !ok {
			return nil, false
		}
		return l.q(e.Name).Parens(jen.Op(v.Num)), true
	}
	return l.q(e.Name).Parens(jen.Lit(text)), true
}

// scalar is the literal of a primitive value.
func (l *golit) scalar(v *jsonv.Value, p ir.Primitive, where string) (jen.Code, bool) {
	mismatch := func() (jen.Code, bool) {
		l.note(where, "a %s is expected, the example has a %s; left out", p.GoName(), v.Kind)
		return nil, false
	}
	switch p {
	case ir.String:
		if v.Kind != jsonv.String {
			return mismatch()
		}
		return jen.Lit(v.Str), true
	case ir.Bool:
		if v.Kind != jsonv.Bool {
			return mismatch()
		}
		return jen.Lit(v.Bool), true
	case ir.Int32, ir.Int64, ir.Float32, ir.Float64:
		if v.Kind != jsonv.Number {
			return mismatch()
		}
		return l.number(v, p, where)
	case ir.DateTime:
		if v.Kind != jsonv.String {
			return mismatch()
		}
		return jen.Func().Params().Qual("time", "Time").Block(
			jen.List(jen.Id("t"), jen.Id("_")).Op(":=").Qual("time", "Parse").Call(jen.Qual("time", "RFC3339Nano"), jen.Lit(v.Str)),
			jen.Return(jen.Id("t")),
		).Call(), true
	case ir.Bytes:
		if v.Kind != jsonv.String {
			return mismatch()
		}
		b, err := base64.StdEncoding.DecodeString(v.Str)
		if err != nil {
			l.note(where, "not base64 (%v); left out", err)
			return nil, false
		}
		return jen.Index().Byte().Parens(jen.Lit(string(b))), true
	}
	return anyLit(v), true
}

// number is a JSON number as a Go constant of primitive p, checked to be representable.
func (l *golit) number(v *jsonv.Value, p ir.Primitive, where string) (jen.Code, bool) {
	f, ok := new(big.Float).SetString(v.Num)
	if !ok {
		l.note(where, "%s is not a number; left out", v.Num)
		return nil, false
	}
	fits := true
	switch p {
	case ir.Int32, ir.Int64:
		i, acc := f.Int(nil)
		bits := 64
		if p == ir.Int32 {
			bits = 32
		}
		fits = acc == big.Exact && i.BitLen() < bits
	case ir.Float32:
		x, _ := f.Float32()
		fits = !math.IsInf(float64(x), 0)
	case ir.Float64:
		x, _ := f.Float64()
		fits = !math.IsInf(x, 0)
	}
	if !fits {
		l.note(where, "%s does not fit a Go %s; left out", v.Num, p.GoName())
		return nil, false
	}
	return jen.Op(v.Num), true
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

// typeOf is a type as slice elements and map values hold it, qualified with the package.
func (l *golit) typeOf(t *ir.Type) *jen.Statement {
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
	return primitiveType(t.Primitive)
}

// primitiveType is the Go type of a primitive.
func primitiveType(p ir.Primitive) *jen.Statement {
	switch p {
	case ir.String:
		return jen.String()
	case ir.Int32:
		return jen.Int32()
	case ir.Int64:
		return jen.Int64()
	case ir.Float32:
		return jen.Float32()
	case ir.Float64:
		return jen.Float64()
	case ir.Bool:
		return jen.Bool()
	case ir.DateTime:
		return jen.Qual("time", "Time")
	case ir.Bytes:
		return jen.Index().Byte()
	}
	return jen.Any()
}

// isMapModel reports whether the Go emitter declares a model as a named map type.
func isMapModel(m *ir.Model) bool { return len(m.Fields) == 0 && m.AdditionalProperties != nil }
