package clients

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// factoryFile declares ClientFactory, as the Azure SDK's ARM packages do: one constructor,
// NewClientFactory, that takes every client parameter of the package (each once, in the
// order the clients first take them), the credential and the options, and builds one ARM
// pipeline that every client it makes (NewXClient, no arguments) shares. Nil for a package
// with no clients or with a parameterized host, whose clients build their own pipelines.
func factoryFile(pkg *ir.Package, groups []*view.Client) *jen.File {
	if len(groups) == 0 || pkg.HostTemplate != nil {
		return nil
	}
	var params []*view.Param
	seen := map[string]bool{}
	for _, gv := range groups {
		for _, pv := range gv.Fields {
			if !seen[pv.ID] {
				seen[pv.ID] = true
				params = append(params, pv)
			}
		}
	}
	f := gocode.NewFile(pkg)
	f.Comment("ClientFactory makes every client of the package; its clients share one pipeline.")
	f.Comment("Create it with NewClientFactory.")
	f.Type().Id("ClientFactory").StructFunc(func(g *jen.Group) {
		for _, pv := range params {
			g.Id(pv.ID).Add(paramType(pv.Param.Type))
		}
		g.Id("internal").Op("*").Qual(gocode.ARMPkg, "Client")
	})
	f.Line()
	f.Comment("NewClientFactory returns a ClientFactory whose clients send their requests through one")
	f.Comment("ARM pipeline.")
	for _, pv := range params {
		f.Comment(paramDoc(pv))
	}
	f.Comment("  - credential - authorizes each request; azidentity provides the usual ones.")
	f.Comment("  - options - retries, transport, cloud and logging settings; nil means the defaults.")
	f.Func().Id("NewClientFactory").ParamsFunc(func(g *jen.Group) {
		for _, pv := range params {
			g.Id(pv.ID).Add(paramType(pv.Param.Type))
		}
		g.Id("credential").Qual(gocode.AzcorePkg, "TokenCredential")
		g.Id("options").Op("*").Qual(gocode.ARMPkg, "ClientOptions")
	}).Params(jen.Op("*").Id("ClientFactory"), jen.Error()).Block(
		jen.List(jen.Id("cl"), jen.Err()).Op(":=").Qual(gocode.ARMPkg, "NewClient").Call(jen.Id("moduleName"), jen.Id("moduleVersion"), jen.Id("credential"), jen.Id("options")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Return(jen.Op("&").Id("ClientFactory").ValuesFunc(func(g *jen.Group) {
			for _, pv := range params {
				g.Id(pv.ID).Op(":").Id(pv.ID)
			}
			g.Id("internal").Op(":").Id("cl")
		}), jen.Nil()),
	)
	for _, gv := range groups {
		name := gv.Group.ClientName()
		f.Line()
		f.Comment("New" + name + " returns " + gocode.Article(name) + " that shares the factory's pipeline.")
		f.Func().Params(jen.Id("c").Op("*").Id("ClientFactory")).Id("New" + name).Params().Op("*").Id(name).Block(
			jen.Return(jen.Op("&").Id(name).ValuesFunc(func(g *jen.Group) {
				g.Id("internal").Op(":").Id("c").Dot("internal")
				for _, pv := range gv.Fields {
					g.Id(pv.ID).Op(":").Id("c").Dot(pv.ID)
				}
			})),
		)
	}
	return f
}
