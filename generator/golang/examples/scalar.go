package examples

import (
	"encoding/base64"
	"math"
	"math/big"
	"time"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/runtime/decode"
	"github.com/dave/jennifer/jen"
)

// enum is the enum's constant for a known value, else a conversion of the value.
//
// A Lenient builder takes only a value of the enum's JSON kind, and a number only if it
// fits the enum's Go type; a Strict one takes any string or number, as the emitter always
// has (a known value then matches its constant whatever its JSON kind).
func (l *Literals) enum(v *jsonv.Value, e *ir.Enum, where string) (jen.Code, bool) {
	var text string
	switch {
	case v.Kind == jsonv.String && (e.Base == ir.String || l.mode == Strict):
		text = v.Str
	case v.Kind == jsonv.Number && ((e.Base != ir.String && e.Base != ir.Any) || l.mode == Strict):
		text = v.Num
	default:
		l.misfit(where, "a value of %s is expected, the example has %s", e.Name, gocode.Article(v.Kind.String()))
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
func (l *Literals) scalar(v *jsonv.Value, p ir.Primitive, where string) (jen.Code, bool) {
	mismatch := func() (jen.Code, bool) {
		l.misfit(where, "%s is expected, the example has %s", gocode.Article(p.GoName()), gocode.Article(v.Kind.String()))
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
		// Written as RFC 3339, whatever form the example has that the models decode.
		tm, err := decode.ParseTime(v.Str)
		if err != nil {
			l.misfit(where, "%v", err)
			return nil, false
		}
		return jen.Func().Params().Qual("time", "Time").Block(
			jen.List(jen.Id("t"), jen.Id("_")).Op(":=").Qual("time", "Parse").Call(jen.Qual("time", "RFC3339Nano"), jen.Lit(tm.Format(time.RFC3339Nano))),
			jen.Return(jen.Id("t")),
		).Call(), true
	case ir.UnixTime:
		if v.Kind != jsonv.Number {
			return mismatch()
		}
		secs, ok := l.number(v, ir.Int64, where)
		if !ok {
			return nil, false
		}
		return jen.Qual("time", "Unix").Call(secs, jen.Lit(0)).Dot("UTC").Call(), true
	case ir.Bytes:
		if v.Kind != jsonv.String {
			return mismatch()
		}
		b, err := base64.StdEncoding.DecodeString(v.Str)
		if err != nil {
			l.misfit(where, "not base64 (%v)", err)
			return nil, false
		}
		return jen.Index().Byte().Parens(jen.Lit(string(b))), true
	}
	return anyLit(v), true
}

// number is a JSON number as a Go constant of primitive p, written as the example spells
// it; one that p cannot represent (an integer out of range or with a fraction, a float
// that overflows) is a misfit.
func (l *Literals) number(v *jsonv.Value, p ir.Primitive, where string) (jen.Code, bool) {
	f, ok := new(big.Float).SetString(v.Num)
	if !ok {
		l.misfit(where, "%s is not a number", v.Num)
		return nil, false
	}
	fits := true
	switch p {
	case ir.Int32, ir.Int64:
		i, acc := f.Int(nil)
		fits = acc == big.Exact && i.IsInt64() && (p == ir.Int64 || i.Int64() == int64(int32(i.Int64())))
	case ir.Float32:
		x, _ := f.Float32()
		fits = !math.IsInf(float64(x), 0)
	case ir.Float64:
		x, _ := f.Float64()
		fits = !math.IsInf(x, 0)
	}
	if !fits {
		l.misfit(where, "%s does not fit a Go %s", v.Num, p.GoName())
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
