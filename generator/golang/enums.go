package golang

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// emitEnums writes a typed string (or number) per enum, its constants, and a
// PossibleXxxValues function listing them.
func emitEnums(pkg *ir.Package) (*jen.File, error) {
	if len(pkg.Enums) == 0 {
		return nil, nil
	}
	f := gocode.NewFile(pkg)
	for _, e := range pkg.Enums {
		kind := "a closed set: other values are invalid."
		if e.ModelAsString {
			kind = "an open set (x-ms-enum modelAsString): the service may add values."
		}
		lines := gocode.DocFor(e.Name, e.Doc, "the allowed values of "+e.Source.String()+".")
		lines = append(lines, "", e.Name+" is "+kind)
		f.Add(jen.CustomFunc(jen.Options{Multi: true}, func(g *jen.Group) {
			gocode.Comment(g, lines...)
			g.Type().Id(e.Name).Add(gocode.Primitive(e.Base))
		}))
		f.Line()
		f.Const().DefsFunc(func(g *jen.Group) {
			for i, v := range e.Values {
				if i > 0 {
					g.Line()
				}
				doc := gocode.DocLines(v.Doc)
				if len(doc) == 0 {
					doc = gocode.DocLines("the value " + gocode.Quote(v.Value) + ".")
				}
				doc[0] = v.Name + " - " + doc[0]
				gocode.Comment(g, doc...)
				g.Id(v.Name).Id(e.Name).Op("=").Add(enumLit(e, v))
			}
		})
		f.Line()
		fn := "Possible" + e.Name + "Values"
		f.Comment(fn + " returns the values of " + e.Name + " that this API version defines.")
		f.Func().Id(fn).Params().Index().Id(e.Name).Block(
			jen.Return(jen.Index().Id(e.Name).ValuesFunc(func(g *jen.Group) {
				for _, v := range e.Values {
					g.Line().Id(v.Name)
				}
				g.Line()
			})),
		)
		f.Line()
	}
	return f, nil
}

func enumLit(e *ir.Enum, v *ir.EnumValue) jen.Code {
	if e.Base == ir.String {
		return jen.Lit(v.Value)
	}
	return jen.Op(v.Value)
}
