package golang

import (
	"strconv"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// value is a Go expression of a value being validated.
type value struct {
	// expr returns a fresh copy of the expression (jennifer statements are mutable).
	expr func() *jen.Statement
	// ptr is true when expr is a pointer to the value, nil when it is absent (a field
	// such as m.Target); false when expr is the value itself (m.Filters[i]).
	ptr bool
}

// addr returns a pointer to the value: expr itself, or &expr (every non-pointer value the
// generated code validates is addressable: a field, a slice item or a local variable).
func (x value) addr() *jen.Statement {
	if x.ptr {
		return x.expr()
	}
	return jen.Op("&").Add(x.expr())
}

// pathFn returns a fresh validation.Path expression.
type pathFn func() *jen.Statement

// call is validation.<fn>(errs, path, args...), with fn's ...Value form for a non-pointer
// value.
func call(fn string, x value, path pathFn, args ...jen.Code) jen.Code {
	if !x.ptr {
		fn += "Value"
	}
	return jen.Qual(validationPkg, fn).Call(append([]jen.Code{jen.Id("errs"), path(), x.expr()}, args...)...)
}

// valueStmts checks a value of type t with constraints c (nil for none): its own keywords,
// closed enums, formats and prose rules, then the values it holds. hint names the patterns
// it compiles; depth numbers loop variables.
func (v *validator) valueStmts(x value, path pathFn, t *ir.Type, c *ir.Constraints, hint string, depth int) []jen.Code {
	if c == nil {
		c = &ir.Constraints{}
	}
	var out []jen.Code
	switch t.Kind {
	case ir.KindArray:
		out = append(out, v.arrayStmts(x, path, t, c, hint, depth)...)
	case ir.KindMap:
		out = append(out, v.mapStmts(x, path, t.Elem, c.Elem, hint+"Value", depth)...)
	case ir.KindModel:
		if t.Model.Polymorphic() {
			out = append(out, v.polyStmts(x, path, t.Model)...)
		} else if v.checked[t.Model] {
			out = append(out, x.expr().Dot("validateInto").Call(jen.Id("errs"), path(), jen.Id("o")))
		}
	case ir.KindEnum:
		if !t.Enum.ModelAsString && len(t.Enum.Values) > 0 {
			allowed := make([]jen.Code, 0, len(t.Enum.Values))
			for _, ev := range t.Enum.Values {
				allowed = append(allowed, jen.Id(ev.Name))
			}
			out = append(out, call("Enum", x, path, allowed...))
		}
		out = append(out, v.scalarStmts(x, path, t.Enum.Base, "", c, hint)...)
	case ir.KindPrimitive:
		out = append(out, v.scalarStmts(x, path, t.Primitive, t.Format, c, hint)...)
	}
	for _, r := range c.Rules {
		args := []jen.Code{jen.Id("errs"), path(), x.addr()}
		out = append(out, jen.Qual(validationPkg, r.Func).Call(append(args, ruleArgs(r)...)...))
	}
	return out
}

// scalarStmts checks the keywords and format of a number or string whose Go type is (or
// is defined on) base; format is the type's own format when c has none.
func (v *validator) scalarStmts(x value, path pathFn, base ir.Primitive, format string, c *ir.Constraints, hint string) []jen.Code {
	if c.Format != "" {
		format = c.Format
	}
	var out []jen.Code
	switch base {
	case ir.Int32, ir.Int64, ir.Float32, ir.Float64:
		if c.Minimum != nil {
			out = append(out, bound("Minimum", x, path, base, *c.Minimum, jen.Lit(c.ExclusiveMinimum)))
		}
		if c.Maximum != nil {
			out = append(out, bound("Maximum", x, path, base, *c.Maximum, jen.Lit(c.ExclusiveMaximum)))
		}
		if c.MultipleOf != nil && *c.MultipleOf > 0 {
			out = append(out, bound("MultipleOf", x, path, base, *c.MultipleOf))
		}
		if format == "int32" && base != ir.Int32 {
			out = append(out, call("Int32", x, path))
		}
	case ir.String:
		if c.MinLength != nil {
			out = append(out, call("MinLength", x, path, jen.Lit(int(*c.MinLength))))
		}
		if c.MaxLength != nil {
			out = append(out, call("MaxLength", x, path, jen.Lit(int(*c.MaxLength))))
		}
		if c.Pattern != "" {
			out = append(out, call("Pattern", x, path, jen.Id(v.pattern(c.Pattern, hint))))
		}
		switch format {
		case "uuid":
			out = append(out, call("UUID", x, path))
		case "uri", "url":
			out = append(out, call("URI", x, path))
		case "date-time":
			out = append(out, call("DateTime", x, path))
		}
	}
	return out
}

// pattern returns the package-level variable that holds pat compiled, declaring it on
// first use with a name made from hint.
func (v *validator) pattern(pat, hint string) string {
	if v.patterns == nil {
		return "_" // still computing which models are checked
	}
	if name, ok := v.patterns[pat]; ok {
		return name
	}
	name := v.names.Unique("pattern" + hint)
	v.patterns[pat] = name
	v.patternOrder = append(v.patternOrder, pat)
	return name
}

// loopVar names a loop variable at a nesting depth: i, i1, i2...
func loopVar(name string, depth int) string {
	if depth == 0 {
		return name
	}
	return name + strconv.Itoa(depth)
}

// arrayStmts checks an array's item keywords, then each item.
func (v *validator) arrayStmts(x value, path pathFn, t *ir.Type, c *ir.Constraints, hint string, depth int) []jen.Code {
	var out []jen.Code
	if c.MinItems != nil {
		out = append(out, jen.Qual(validationPkg, "MinItems").Call(jen.Id("errs"), path(), x.expr(), jen.Lit(int(*c.MinItems))))
	}
	if c.MaxItems != nil {
		out = append(out, jen.Qual(validationPkg, "MaxItems").Call(jen.Id("errs"), path(), x.expr(), jen.Lit(int(*c.MaxItems))))
	}
	if c.UniqueItems {
		out = append(out, uniqueItems(x, path, t.Elem))
	}
	i := loopVar("i", depth)
	item := value{expr: func() *jen.Statement { return x.expr().Index(jen.Id(i)) }, ptr: gocode.ElemPtr(t.Elem)}
	itemPath := func() *jen.Statement { return path().Dot("Index").Call(jen.Id(i)) }
	if body := v.valueStmts(item, itemPath, t.Elem, c.Elem, hint+"Item", depth+1); len(body) > 0 {
		out = append(out, jen.For(jen.Id(i).Op(":=").Range().Add(x.expr())).Block(body...))
	}
	return out
}

// uniqueItems reports repeated items: with == for scalars, time.Time.Equal for times, and
// reflect.DeepEqual for items that hold pointers, slices or maps.
func uniqueItems(x value, path pathFn, elem *ir.Type) jen.Code {
	comparable := elem.Kind == ir.KindEnum ||
		(elem.Kind == ir.KindPrimitive && elem.Primitive != ir.Any && elem.Primitive != ir.Bytes && !elem.Primitive.IsTime())
	if comparable && !gocode.ElemPtr(elem) {
		return jen.Qual(validationPkg, "UniqueItems").Call(jen.Id("errs"), path(), x.expr())
	}
	eq := jen.Return(jen.Qual("reflect", "DeepEqual").Call(jen.Id("a"), jen.Id("b")))
	switch {
	case comparable:
		// Pointers to scalars or enums: equal when both are nil or both point to equal values.
		eq = jen.Return(jen.Parens(jen.Id("a").Op("==").Nil().Op("&&").Id("b").Op("==").Nil()).Op("||").Parens(
			jen.Id("a").Op("!=").Nil().Op("&&").Id("b").Op("!=").Nil().Op("&&").Op("*").Id("a").Op("==").Op("*").Id("b")))
	case elem.Kind == ir.KindPrimitive && elem.Primitive.IsTime():
		eq = jen.Return(jen.Parens(jen.Id("a").Op("==").Nil().Op("&&").Id("b").Op("==").Nil()).Op("||").Parens(
			jen.Id("a").Op("!=").Nil().Op("&&").Id("b").Op("!=").Nil().Op("&&").Id("a").Dot("Equal").Call(jen.Op("*").Id("b"))))
	}
	fn := jen.Func().Params(jen.List(jen.Id("a"), jen.Id("b")).Add(gocode.ElemOf(elem, ""))).Bool().Block(eq)
	return jen.Qual(validationPkg, "UniqueItemsFunc").Call(jen.Id("errs"), path(), x.expr(), fn)
}

// mapStmts checks each value of a map (an inline map, a map model or the extra keys of a
// model) whose values are of type elem with constraints c. Map order is random, so when a
// value has a problem the problems of the whole map are found again in key order: the
// errors are the same from run to run, and a valid map costs one pass without allocating.
func (v *validator) mapStmts(x value, path pathFn, elem *ir.Type, c *ir.Constraints, hint string, depth int) []jen.Code {
	k, val, n := loopVar("k", depth), loopVar("v", depth), loopVar("n", depth)
	itemPath := func() *jen.Statement { return path().Dot("Key").Call(jen.Id(k)) }
	item := value{expr: func() *jen.Statement { return jen.Id(val) }, ptr: gocode.ElemPtr(elem)}
	body := v.valueStmts(item, itemPath, elem, c, hint, depth+1)
	if len(body) == 0 {
		return nil
	}
	again := append([]jen.Code{jen.Id(val).Op(":=").Add(x.expr()).Index(jen.Id(k))}, v.valueStmts(item, itemPath, elem, c, hint, depth+1)...)
	errs := func() *jen.Statement { return jen.Op("*").Id("errs") }
	return []jen.Code{jen.Block(
		jen.Id(n).Op(":=").Len(errs()),
		jen.For(jen.List(jen.Id(k), jen.Id(val)).Op(":=").Range().Add(x.expr())).Block(body...),
		jen.If(jen.Len(errs()).Op(">").Id(n)).Block(
			errs().Op("=").Parens(errs()).Index(jen.Empty(), jen.Id(n)),
			jen.For(jen.List(jen.Id("_"), jen.Id(k)).Op(":=").Range().Qual("slices", "Sorted").Call(jen.Qual("maps", "Keys").Call(x.expr()))).Block(again...),
		),
	)}
}
