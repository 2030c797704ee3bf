package fake

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
	"github.com/dave/jennifer/jen"
)

// fakeGroupParams declares, in a fake dispatcher, each group argument from the request:
// the members are parsed as the method's other parameters are, then set on the struct.
func (fk *fakeGen) fakeGroupParams(g *jen.Group, v *view.Op, index map[*view.Param]int) {
	for _, ga := range v.Groups {
		gid := ga.ID + "Param"
		if ga.Use.Required {
			g.Var().Id(gid).Add(fk.q(ga.Use.Group.Name))
		} else {
			g.Var().Id(gid).Op("*").Add(fk.q(ga.Use.Group.Name))
		}
		ensure := jen.Null()
		if !ga.Use.Required {
			ensure = jen.If(jen.Id(gid).Op("==").Nil()).Block(jen.Id(gid).Op("=").Op("&").Add(fk.q(ga.Use.Group.Name)).Values())
		}
		members := append([]*view.Param(nil), v.Grouped...)
		if v.GroupBody != nil {
			members = append(members, v.GroupBody)
		}
		for _, pv := range members {
			if pv.GroupArg != ga {
				continue
			}
			local := view.LowerFirst(naming.Pascal(ga.ID)) + pv.ID
			byValue := view.MemberByValue(pv.Param)
			var present, raw jen.Code
			switch pv.Param.In {
			case ir.InBody:
				present = jen.Id("req").Dot("Body").Op("!=").Nil().Op("&&").Id("req").Dot("ContentLength").Op("!=").Lit(0)
			case ir.InPath:
				raw = jen.Id("matches").Index(jen.Lit(index[pv]))
				if !pv.Param.SkipURLEncoding {
					g.List(jen.Id(local+"Unescaped"), jen.Err()).Op(":=").Qual("net/url", "PathUnescape").Call(raw)
					g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
					raw = jen.Id(local + "Unescaped")
				}
			case ir.InQuery:
				present = jen.Id("req").Dot("URL").Dot("Query").Call().Dot("Has").Call(jen.Lit(pv.Param.Name))
				raw = jen.Id("req").Dot("URL").Dot("Query").Call().Dot("Get").Call(jen.Lit(pv.Param.Name))
			default:
				// The client sets the header under the spec's spelling, which a fake transport
				// (no wire in between) does not canonicalize.
				hv := local + "Header"
				g.Id(hv).Op(":=").Id("req").Dot("Header").Index(jen.Lit(pv.Param.Name))
				g.If(jen.Len(jen.Id(hv)).Op("==").Lit(0)).Block(jen.Id(hv).Op("=").Id("req").Dot("Header").Dot("Values").Call(jen.Lit(pv.Param.Name)))
				present = jen.Len(jen.Id(hv)).Op(">").Lit(0)
				raw = jen.Id(hv).Index(jen.Lit(0))
			}
			parse := func(g *jen.Group) {
				if pv.Param.In == ir.InBody {
					g.List(jen.Id(local), jen.Err()).Op(":=").Add(fk.fakeBodyDecode(v, pv.Param.Type))
					g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
				} else {
					fk.parseInto(g, local, pv.Param, raw)
				}
				g.Add(ensure)
				if byValue || (pv.Param.In == ir.InBody && gocode.IsInterfaceType(pv.Param.Type)) {
					g.Id(gid).Dot(pv.ID).Op("=").Id(local)
				} else {
					g.Id(gid).Dot(pv.ID).Op("=").Op("&").Id(local)
				}
			}
			if pv.Param.In == ir.InPath {
				g.BlockFunc(parse)
				continue
			}
			// A missing member stays unset (the zero value of a required one).
			g.If(present).BlockFunc(parse)
		}
	}
}
