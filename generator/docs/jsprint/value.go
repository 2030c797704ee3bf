package jsprint

import (
	"github.com/armgen/armgen/generator/docs/inspect"
	"github.com/armgen/armgen/generator/docs/pretty"
	"github.com/armgen/armgen/generator/jsonv"
)

// kind is the type of the JavaScript expression node a document stands for, as far
// as prettier's layout choices depend on it.
type kind uint8

const (
	kindNull kind = iota
	kindBool
	kindNumber   // NumericLiteral
	kindNegative // UnaryExpression "-" NumericLiteral
	kindString
	kindArray
	kindObject
	kindArrow
)

// expr is a printed expression with its node kind.
type expr struct {
	doc  pretty.Doc
	kind kind
	// size is the number of elements or properties of an array or object.
	size int
}

// builder hands out group IDs for one document.
type builder struct {
	lastID pretty.GroupID
}

func (b *builder) newID() pretty.GroupID {
	b.lastID++
	return b.lastID
}

// value prints the expression that JSON.stringify(v) is when parsed as JavaScript.
func (b *builder) value(v *jsonv.Value) expr {
	if v == nil {
		return expr{doc: pretty.Text("null"), kind: kindNull}
	}
	switch v.Kind {
	case jsonv.Bool:
		if v.Bool {
			return expr{doc: pretty.Text("true"), kind: kindBool}
		}
		return expr{doc: pretty.Text("false"), kind: kindBool}
	case jsonv.Number:
		text, negative, null := numberLiteral(v.Num)
		switch {
		case null:
			return expr{doc: pretty.Text(text), kind: kindNull}
		case negative:
			return expr{doc: pretty.Cat(pretty.Text("-"), pretty.Text(text)), kind: kindNegative}
		}
		return expr{doc: pretty.Text(text), kind: kindNumber}
	case jsonv.String:
		return expr{doc: pretty.Text(QuoteString(v.Str)), kind: kindString}
	case jsonv.Array:
		elems := make([]expr, len(v.Arr))
		for i, e := range v.Arr {
			elems[i] = b.value(e)
		}
		return b.array(elems)
	case jsonv.Object:
		members := inspect.PropertyOrder(v.Obj)
		props := make([]pretty.Doc, len(members))
		for i, m := range members {
			props[i] = b.property(keyText(m.Key), b.value(m.Value))
		}
		return b.object(props)
	}
	return expr{doc: pretty.Text("null"), kind: kindNull}
}

// array prints an array expression as prettier's printArray does.
func (b *builder) array(elems []expr) expr {
	if len(elems) == 0 {
		return expr{doc: pretty.Text("[]"), kind: kindArray}
	}
	id := b.newID()
	shouldBreak := len(elems) > 1
	concise := len(elems) > 1
	for i, e := range elems {
		if (e.kind != kindArray && e.kind != kindObject) || e.size <= 1 ||
			(i+1 < len(elems) && elems[i+1].kind != e.kind) {
			shouldBreak = false
		}
		if e.kind != kindNumber && e.kind != kindNegative {
			concise = false
		}
	}
	var items pretty.Doc
	if concise {
		// Short numbers fill the lines; the trailing comma follows the array's group.
		parts := make([]pretty.Doc, 0, 2*len(elems))
		for i, e := range elems {
			if i == len(elems)-1 {
				parts = append(parts, pretty.Cat(e.doc, pretty.IfGroupBreaks(id, pretty.Text(","), pretty.Text(""))))
				break
			}
			parts = append(parts, pretty.Cat(e.doc, pretty.Text(",")), pretty.Line())
		}
		items = pretty.Fill(parts...)
	} else {
		parts := make(pretty.Concat, 0, 3*len(elems)+1)
		for i, e := range elems {
			if i > 0 {
				parts = append(parts, pretty.Text(","), pretty.Line())
			}
			parts = append(parts, pretty.Group(e.doc))
		}
		items = append(parts, pretty.IfBreak(pretty.Text(","), nil))
	}
	doc := pretty.GroupWith(pretty.Cat(
		pretty.Text("["), pretty.Indent(pretty.Softline(), items), pretty.Softline(), pretty.Text("]"),
	), pretty.GroupOpts{ShouldBreak: shouldBreak, ID: id})
	return expr{doc: doc, kind: kindArray, size: len(elems)}
}

// object prints an object expression from printed properties, with bracket spacing
// and an es5 trailing comma.
func (b *builder) object(props []pretty.Doc) expr {
	if len(props) == 0 {
		return expr{doc: pretty.Text("{}"), kind: kindObject}
	}
	parts := make(pretty.Concat, 0, 3*len(props))
	for i, p := range props {
		if i > 0 {
			parts = append(parts, pretty.Text(","), pretty.Line())
		}
		parts = append(parts, pretty.Group(p))
	}
	doc := pretty.Group(
		pretty.Text("{"), pretty.Indent(pretty.Line(), parts), pretty.IfBreak(pretty.Text(","), nil),
		pretty.Line(), pretty.Text("}"),
	)
	return expr{doc: doc, kind: kindObject, size: len(props)}
}

// property prints "key: value" with prettier's assignment layouts.
func (b *builder) property(key string, value expr) pretty.Doc {
	// A key narrower than tabWidth + 3 columns never moves its value to the next line.
	shortKey := pretty.StringWidth(key) < 2+3
	return b.assignment(pretty.Text(key), ":", value, shortKey)
}

// assignment lays out left, operator and right as prettier's printAssignment does
// for the layouts that JSON values can produce.
func (b *builder) assignment(left pretty.Doc, op string, right expr, shortKey bool) pretty.Doc {
	switch {
	case right.kind == kindString && !shortKey: // "break-after-operator"
		return pretty.Group(pretty.Group(left), pretty.Text(op), pretty.Group(pretty.Indent(pretty.Line(), right.doc)))
	case shortKey || right.kind == kindBool || right.kind == kindNumber: // "never-break-after-operator"
		return pretty.Group(pretty.Group(left), pretty.Text(op), pretty.Text(" "), right.doc)
	}
	id := b.newID() // "fluid"
	return pretty.Group(
		pretty.Group(left), pretty.Text(op),
		pretty.GroupWith(pretty.Indent(pretty.Line()), pretty.GroupOpts{ID: id}),
		pretty.IndentIfBreak(id, right.doc),
	)
}

// arrow prints "params => body" for a body that is a JSON value.
func (b *builder) arrow(params string, body expr) expr {
	sig := pretty.Cat(pretty.Text(params), pretty.Text(" =>"))
	var doc pretty.Doc
	switch body.kind {
	case kindObject:
		doc = pretty.Group(sig, pretty.Text(" ("), body.doc, pretty.Text(")"))
	case kindArray:
		doc = pretty.Group(sig, pretty.Text(" "), body.doc)
	default:
		doc = pretty.Group(sig, pretty.Group(pretty.Indent(pretty.Line(), body.doc)))
	}
	return expr{doc: doc, kind: kindArrow}
}
