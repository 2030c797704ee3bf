package golang

import (
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/dave/jennifer/jen"
)

// optionalPresent is the condition under which an optional parameter (an options field
// or a pointer field of a group) has a value.
func optionalPresent(pv *view.Param) *jen.Statement {
	if pv.GroupArg == nil {
		return jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot(pv.ID).Op("!=").Nil()
	}
	field := jen.Id(pv.GroupArg.ID).Dot(pv.ID).Op("!=").Nil()
	if pv.GroupArg.Use.Required {
		return field
	}
	return jen.Id(pv.GroupArg.ID).Op("!=").Nil().Op("&&").Add(field)
}

// optionalValue is the value of an optional parameter that optionalPresent found set.
func optionalValue(pv *view.Param) *jen.Statement {
	if pv.GroupArg == nil {
		return jen.Op("*").Id("options").Dot(pv.ID)
	}
	return jen.Op("*").Id(pv.GroupArg.ID).Dot(pv.ID)
}

// groupBodyRequest validates and encodes a body that is a field of a parameter group.
func groupBodyRequest(g *jen.Group, v *view.Op) {
	pv := v.GroupBody
	name := jen.Lit(pv.Param.Name)
	skip := jen.Id("options").Op("==").Nil().Op("||").Op("!").Id("options").Dot("SkipValidation")
	ref := jen.Id(pv.GroupArg.ID).Dot(pv.ID)
	if view.MemberByValue(pv.Param) {
		g.If(skip).Block(
			jen.If(jen.Err().Op(":=").Id("validateBody").Call(name, bodyToValidate(pv.Param.Type, ref.Clone(), false)), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		)
		g.If(jen.Err().Op(":=").Add(marshalBody(v, ref.Clone())), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
		return
	}
	g.If(optionalPresent(pv)).Block(
		jen.If(skip).Block(
			jen.If(jen.Err().Op(":=").Id("validateBody").Call(name, bodyToValidate(pv.Param.Type, ref.Clone(), !gocode.IsInterfaceType(pv.Param.Type))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		),
		jen.If(jen.Err().Op(":=").Add(marshalBody(v, optionalBodyRef(pv.Param.Type, ref.Clone()))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
	)
}

// groupDoc is a group argument's line in a method's doc comment.
func groupDoc(ga *view.GroupArg) string {
	var names []string
	for _, p := range ga.Use.Params {
		names = append(names, p.FieldName)
	}
	doc := "  - " + ga.ID + " - the parameters " + strings.Join(names, ", ") + " (x-ms-parameter-grouping)"
	if !ga.Use.Required {
		doc += "; nil sends none of them"
	}
	return doc + "."
}

// paramGroupsFile declares the x-ms-parameter-grouping structs, or returns nil when the
// package has none.
func paramGroupsFile(pkg *ir.Package) *jen.File {
	if len(pkg.ParamGroups) == 0 {
		return nil
	}
	ops := map[string]*ir.Operation{}
	for _, og := range pkg.Groups {
		for _, op := range og.Operations {
			ops[op.ID] = op
		}
	}
	f := gocode.NewFile(pkg)
	for _, pg := range pkg.ParamGroups {
		var methods []string
		for _, id := range pg.Operations {
			if op := ops[id]; op != nil {
				methods = append(methods, op.ClientName()+"."+op.MethodName())
			}
		}
		sort.Strings(methods)
		f.Comment(pg.Name + " holds parameters that client methods take together (x-ms-parameter-grouping).")
		f.Comment("A nil pointer field is not sent. Methods: " + strings.Join(methods, ", ") + ".")
		f.Type().Id(pg.Name).StructFunc(func(g *jen.Group) {
			for i, m := range pg.Params {
				if i > 0 {
					g.Line()
				}
				what := "the " + m.Name + " " + string(m.In) + " parameter."
				if m.In == ir.InBody {
					what = "the request body."
				}
				gocode.Comment(g, gocode.DocFor(m.FieldName, m.Doc, what)...)
				if m.Required || (m.In == ir.InBody && gocode.IsInterfaceType(m.Type)) {
					g.Id(m.FieldName).Add(gocode.ElemType(m.Type, ""))
				} else {
					g.Id(m.FieldName).Op("*").Add(gocode.ElemType(m.Type, ""))
				}
			}
		})
		f.Line()
	}
	return f
}

// groupArgs are the x-ms-parameter-grouping arguments of op's client method from an
// example's parameters: a struct literal per group with the members the example sets (a
// required member it lacks is a problem, as for other arguments), or nil for an optional
// group the example sets nothing of.
func (l *Literals) groupArgs(op *ir.Operation, params *jsonv.Value) []jen.Code {
	var out []jen.Code
	for _, u := range op.Groups {
		var fields []jen.Code
		for _, p := range u.Params {
			v := params.Get(p.Name)
			if view.MemberByValue(p) {
				fields = append(fields, jen.Line().Id(p.FieldName).Op(":").Add(l.Arg(params, p)))
				continue
			}
			if v == nil {
				continue
			}
			var c jen.Code
			ok := false
			if p.In == ir.InBody {
				if c, ok = l.elem(v, p.Type, false, p.Name); ok && !gocode.IsInterfaceType(p.Type) {
					c = jen.Qual(gocode.ToPkg, "Ptr").Call(c)
				}
			} else {
				c, ok = l.Field(exampleParamValue(v, p), p.Type, p.Name)
			}
			if ok {
				fields = append(fields, jen.Line().Id(p.FieldName).Op(":").Add(c))
			}
		}
		lit := l.q(u.Group.Name).Values(append(fields, jen.Line())...)
		switch {
		case u.Required:
			out = append(out, lit)
		case len(fields) == 0:
			out = append(out, jen.Nil())
		default:
			out = append(out, jen.Op("&").Add(lit))
		}
	}
	return out
}
