package examples

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/dave/jennifer/jen"
)

// Mode says what a Literals does with an example value that does not fit its type.
type Mode int

const (
	// Strict makes the first misfit the builder's error (Err): the example functions of a
	// generated package must call the client exactly as the example does, or not at all.
	Strict Mode = iota
	// Lenient leaves a misfit out (or, where a value is needed, puts the zero value in its
	// place) and records a note saying so (Notes): a docs page must not fail on an odd
	// example.
	Lenient
)

// Literals writes Go composite literals of a generated package's types from the JSON
// values of an x-ms-example: models, enums, maps, arrays, scalars and any. It follows the
// emitter's type conventions (gocode.PointerField and gocode.ElemType): struct fields hold
// scalars, enums and structs by pointer, and slices, maps, map models, []byte and any as
// they are; slice elements, map values and arguments are values.
//
// Every value comes with where, its path in the example ("body.properties.ports[0]"),
// which names it in notes and errors. A Literals builds the literals of one example.
type Literals struct {
	// path is the generated package's import path.
	path string
	mode Mode
	// notes are the Lenient problems met, in order.
	notes []string
	// err is the first Strict problem.
	err error
	// param is set while the value of a non-body parameter is written (asParam).
	param bool
}

// NewLiterals returns a builder of literals of the package at importPath.
func NewLiterals(importPath string, mode Mode) *Literals {
	return &Literals{path: importPath, mode: mode}
}

// Notes are the problems a Lenient builder met, in order, each as `"where": what; what
// was done`.
func (l *Literals) Notes() []string { return l.notes }

// Err is the first problem a Strict builder met, or nil.
func (l *Literals) Err() error { return l.err }

// Type is the Go type of a value of t as the package declares it (ElemType).
func (l *Literals) Type(t *ir.Type) *jen.Statement {
	if l.param {
		return gocode.ParamType(t, l.path)
	}
	return gocode.ElemType(t, l.path)
}

// Zero is the zero value of t as an expression.
func (l *Literals) Zero(t *ir.Type) jen.Code { return jen.Op("*").New(l.Type(t)) }

func (l *Literals) q(name string) *jen.Statement { return jen.Qual(l.path, name) }

// problem records that the value at where does not fit: msg (formatted with args, if
// any) says why, and done what a Lenient builder did about it.
func (l *Literals) problem(where, done, msg string, args ...any) {
	if len(args) > 0 {
		msg = fmt.Sprintf(msg, args...)
	}
	if l.mode == Strict {
		if l.err == nil {
			l.err = &LiteralError{Where: where, Msg: msg}
		}
		return
	}
	l.notes = append(l.notes, strconv.Quote(where)+": "+msg+"; "+done)
}

// misfit is problem for a value that is left out.
func (l *Literals) misfit(where, msg string, args ...any) {
	l.problem(where, "left out", msg, args...)
}

// Field is the literal of a value held in a struct field (or an options field); ok is
// false when the value is left out: a null, or a value that does not fit.
func (l *Literals) Field(v *jsonv.Value, t *ir.Type, where string) (jen.Code, bool) {
	if v.Kind == jsonv.Null {
		return nil, false
	}
	c, ok := l.elem(v, t, false, where)
	if !ok {
		return nil, false
	}
	switch {
	case t.Kind == ir.KindModel && gocode.PointerField(t):
		return jen.Op("&").Add(c), true
	case !gocode.PointerField(t):
		return c, true
	}
	return l.ptr(t, v).Call(c), true
}

// item is the literal of an element of a slice or map of t (gocode.ElemOf): a struct
// literal with its type elided (Go takes it for &T{...} in a []*T), to.Ptr(v) for a
// scalar or enum, nil for a null; the zero value in place of a value that does not fit.
func (l *Literals) item(v *jsonv.Value, t *ir.Type, where string) jen.Code {
	if l.param || !gocode.ElemPtr(t) {
		return l.value(v, t, true, where)
	}
	if v.Kind == jsonv.Null {
		return jen.Nil()
	}
	c, ok := l.elem(v, t, true, where)
	if !ok {
		if t.Kind == ir.KindModel {
			return jen.Values()
		}
		return jen.Qual(gocode.ToPkg, "Ptr").Call(l.Zero(t))
	}
	if t.Kind == ir.KindModel {
		return c
	}
	return l.ptr(t, v).Call(c)
}

// ptr is to.Ptr, with the type argument a number literal needs.
func (l *Literals) ptr(t *ir.Type, v *jsonv.Value) *jen.Statement {
	ptr := jen.Qual(gocode.ToPkg, "Ptr")
	if t.Kind == ir.KindPrimitive && v.Kind == jsonv.Number {
		ptr = ptr.Types(gocode.Primitive(t.Primitive))
	}
	return ptr
}

// Value is the literal of a value of type t as an argument holds it, with the zero value
// in place of a value that does not fit.
func (l *Literals) Value(v *jsonv.Value, t *ir.Type, where string) jen.Code {
	return l.value(v, t, false, where)
}

func (l *Literals) value(v *jsonv.Value, t *ir.Type, elided bool, where string) jen.Code {
	if c, ok := l.elem(v, t, elided, where); ok {
		return c
	}
	return l.Zero(t)
}

// elem is the literal of a value of type t; elided drops the type of a struct or map
// literal that is an element of a slice or map literal. ok is false when v does not fit.
func (l *Literals) elem(v *jsonv.Value, t *ir.Type, elided bool, where string) (jen.Code, bool) {
	if v.Kind == jsonv.Null {
		return l.Zero(t), true
	}
	switch t.Kind {
	case ir.KindModel:
		if t.Model.Polymorphic() {
			return l.polyModel(v, t.Model, where)
		}
		return l.model(v, t.Model, elided, where)
	case ir.KindEnum:
		return l.enum(v, t.Enum, where)
	case ir.KindArray:
		if v.Kind != jsonv.Array {
			l.misfit(where, "an array is expected, the example has %s", gocode.Article(v.Kind.String()))
			return nil, false
		}
		var items []jen.Code
		for i, e := range v.Arr {
			items = append(items, jen.Line().Add(l.item(e, t.Elem, where+"["+strconv.Itoa(i)+"]")))
		}
		if len(items) > 0 {
			items = append(items, jen.Line())
		}
		return l.Type(t).Values(items...), true
	case ir.KindMap:
		return l.mapLit(v, l.Type(t), t.Elem, where)
	}
	return l.scalar(v, t.Primitive, where)
}

// model is a struct literal with the example's keys in the example's order.
func (l *Literals) model(v *jsonv.Value, m *ir.Model, elided bool, where string) (jen.Code, bool) {
	if v.Kind != jsonv.Object {
		l.misfit(where, "an object (%s) is expected, the example has %s", m.Name, gocode.Article(v.Kind.String()))
		return nil, false
	}
	typ := l.q(m.Name)
	if elided {
		typ = jen.Null()
	}
	if gocode.IsMapModel(m) {
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
			} else if m.DiscriminatorProperty != "" && len(m.Subtypes) > 0 && v.Get(m.DiscriminatorProperty) == nil {
				l.misfit(at, "%s has no such property, and the example has no %q that would name one of its subtypes", m.Name, m.DiscriminatorProperty)
			} else {
				l.misfit(at, "%s has no such property", m.Name)
			}
			continue
		}
		if mem.Value.Kind == jsonv.Null && f.Nullable && !gocode.IsInterfaceType(f.Type) {
			// JSON null of an x-nullable property is a value: azcore's null sentinel.
			typ := gocode.ElemType(f.Type, l.path)
			if gocode.PointerField(f.Type) {
				typ = jen.Op("*").Add(typ)
			}
			fields = append(fields, jen.Line().Id(f.Name).Op(":").Qual(gocode.AzcorePkg, "NullValue").Types(typ).Call())
			continue
		}
		if c, ok := l.Field(mem.Value, f.Type, at); ok {
			fields = append(fields, jen.Line().Id(f.Name).Op(":").Add(c))
		}
	}
	if len(extra.Obj) > 0 {
		if c, ok := l.mapLit(extra, jen.Map(jen.String()).Add(gocode.ElemOf(m.AdditionalProperties, l.path)), m.AdditionalProperties, where); ok {
			fields = append(fields, jen.Line().Id("AdditionalProperties").Op(":").Add(c))
		}
	}
	if len(fields) > 0 {
		fields = append(fields, jen.Line())
	}
	return typ.Values(fields...), true
}

// mapLit is a map literal with the example's keys in the example's order.
func (l *Literals) mapLit(v *jsonv.Value, typ *jen.Statement, elem *ir.Type, where string) (jen.Code, bool) {
	if v.Kind != jsonv.Object {
		l.misfit(where, "an object is expected, the example has %s", gocode.Article(v.Kind.String()))
		return nil, false
	}
	var items []jen.Code
	for _, mem := range v.Obj {
		items = append(items, jen.Line().Lit(mem.Key).Op(":").Add(l.item(mem.Value, elem, where+"."+mem.Key)))
	}
	if len(items) > 0 {
		items = append(items, jen.Line())
	}
	return typ.Values(items...), true
}

// LiteralError is a Strict builder's problem: the example value at Where does not fit its
// Go type for the reason Msg.
type LiteralError struct {
	// Where is the value's path in the example, such as "body.properties.ports[0]" or
	// "responses.200.body".
	Where string
	Msg   string
}

func (e *LiteralError) Error() string { return strconv.Quote(e.Where) + ": " + e.Msg }

// Pointer is Where as a JSON pointer into the example file: a path that does not start
// with "responses." is below "parameters". A "." inside a key cannot be told from a
// separator; such keys are rare in examples and the pointer then names a near spot.
func (e *LiteralError) Pointer() string {
	rest := e.Where
	var b strings.Builder
	if r, ok := strings.CutPrefix(rest, "responses."); ok {
		b.WriteString("/responses")
		rest = r
	} else {
		b.WriteString("/parameters")
	}
	for _, part := range strings.Split(rest, ".") {
		key, idx, _ := strings.Cut(part, "[")
		b.WriteString("/" + jsonv.EscapeToken(key))
		for idx != "" {
			var n string
			n, idx, _ = strings.Cut(idx, "]")
			b.WriteString("/" + n)
			idx = strings.TrimPrefix(idx, "[")
		}
	}
	return b.String()
}
