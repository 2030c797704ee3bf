package clients

import (
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
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

// optionalValue is the value of an optional parameter that optionalPresent found set: the
// field itself for a slice (gocode.OptionalByValue), what it points to otherwise.
func optionalValue(pv *view.Param) *jen.Statement {
	deref := jen.Op("*")
	if gocode.OptionalByValue(pv.Param.Type) {
		deref = jen.Null()
	}
	if pv.GroupArg == nil {
		return deref.Id("options").Dot(pv.ID)
	}
	return deref.Id(pv.GroupArg.ID).Dot(pv.ID)
}

// groupBodyRequest validates and encodes a body that is a field of a parameter group.
func groupBodyRequest(g *jen.Group, v *view.Op) {
	pv := v.GroupBody
	name := jen.Lit(pv.Param.Name)
	skip := jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot("ValidateBody")
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
				typ := gocode.ParamType(m.Type, "")
				if m.In == ir.InBody {
					typ = gocode.ElemType(m.Type, "")
				}
				if m.Required || (m.In == ir.InBody && gocode.IsInterfaceType(m.Type)) || (m.In != ir.InBody && gocode.OptionalByValue(m.Type)) {
					g.Id(m.FieldName).Add(typ)
				} else {
					g.Id(m.FieldName).Op("*").Add(typ)
				}
			}
		})
		f.Line()
	}
	return f
}
