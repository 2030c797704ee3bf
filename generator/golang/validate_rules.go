package golang

import (
	"math"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/naming"
	"github.com/dave/jennifer/jen"
)

// bound calls Minimum, Maximum (args: exclusive) or MultipleOf with the constant n. When
// the value's Go type cannot hold n (minimum 0.5 or maximum 4294967295 on an int32, a
// fractional multipleOf on an integer), it compares the value converted to float64, so the
// generated code compiles and the check keeps its meaning.
func bound(fn string, x value, path pathFn, base ir.Primitive, n float64, args ...jen.Code) jen.Code {
	if representable(n, base) && (fn != "MultipleOf" || n != 0) {
		return call(fn, x, path, append([]jen.Code{numLit(n)}, args...)...)
	}
	all := append([]jen.Code{jen.Id("errs"), path()}, jen.Float64().Call(derefIf(x)))
	all = append(all, numLit(n))
	c := jen.Qual(validationPkg, fn+"Value").Call(append(all, args...)...)
	if !x.ptr {
		return c
	}
	return jen.If(x.expr().Op("!=").Nil()).Block(c)
}

// derefIf is the value itself: *expr for a pointer.
func derefIf(x value) *jen.Statement {
	if x.ptr {
		return jen.Op("*").Add(x.expr())
	}
	return x.expr()
}

// representable reports whether the constant n converts to the Go type of base without
// a compile error: a whole number in range for integers, in range for float32.
func representable(n float64, base ir.Primitive) bool {
	switch base {
	case ir.Int32:
		return n == math.Trunc(n) && n >= math.MinInt32 && n <= math.MaxInt32
	case ir.Int64:
		return n == math.Trunc(n) && n >= math.MinInt64 && n < math.MaxInt64
	case ir.Float32:
		return math.Abs(n) <= math.MaxFloat32
	}
	return !math.IsNaN(n) && !math.IsInf(n, 0)
}

// numLit writes a number as an untyped Go constant: whole numbers without an exponent.
func numLit(n float64) jen.Code {
	if n == math.Trunc(n) && math.Abs(n) < 1e21 {
		return jen.Op(strconv.FormatFloat(n, 'f', -1, 64))
	}
	return jen.Op(strconv.FormatFloat(n, 'g', -1, 64))
}

// ruleArgs writes a prose rule's constant arguments: strings quoted, numbers as written.
func ruleArgs(r ir.RuleRef) []jen.Code {
	out := make([]jen.Code, 0, len(r.Args))
	for _, a := range r.Args {
		if a.Kind == jsonv.Number {
			out = append(out, jen.Op(a.Num))
			continue
		}
		out = append(out, jen.Lit(a.Str))
	}
	return out
}

// objectRuleStmts calls an object rule with the path of the object and the value of each
// param as the model holds it; a param behind an absent object gets its zero value.
func objectRuleStmts(r ir.ObjectRuleRef) []jen.Code {
	names := naming.NewNamer("m", "p", "o", "errs")
	var pre, args []jen.Code
	for _, prm := range r.Params {
		last := prm.Fields[len(prm.Fields)-1]
		if len(prm.Fields) == 1 {
			args = append(args, jen.Id("m").Dot(last.Name))
			continue
		}
		local := names.Unique(naming.Camel(strings.ReplaceAll(prm.Path, ".", "_")))
		cond := jen.Null()
		access := jen.Id("m")
		for i, fl := range prm.Fields[:len(prm.Fields)-1] {
			access = access.Clone().Dot(fl.Name)
			if i > 0 {
				cond = cond.Op("&&")
			}
			cond = cond.Add(access.Clone().Op("!=").Nil())
		}
		pre = append(pre,
			jen.Var().Id(local).Add(fieldType(last.Type)),
			jen.If(cond).Block(jen.Id(local).Op("=").Add(access.Clone().Dot(last.Name))),
		)
		args = append(args, jen.Id(local))
	}
	all := append([]jen.Code{jen.Id("errs"), jen.Id("p")}, args...)
	c := jen.Qual(validationPkg, r.Func).Call(append(all, ruleArgs(r.RuleRef)...)...)
	if len(pre) == 0 {
		return []jen.Code{c}
	}
	return []jen.Code{jen.Block(append(pre, c)...)}
}
