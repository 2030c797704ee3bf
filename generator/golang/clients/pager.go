package clients

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// apiVersion is the api-version the operation sends as a constant, or "".
func apiVersion(v *view.Op) string {
	for _, pv := range v.ClientParams {
		if pv.Param.In == ir.InQuery && pv.Param.Name == "api-version" && pv.Param.Constant != "" {
			return pv.Param.Constant
		}
	}
	return ""
}

// needsAPIVersionOnNextLinks reports whether a pager of groups follows next links as they
// are and has an api-version to put on them.
func needsAPIVersionOnNextLinks(groups []*view.Client) bool {
	for _, gv := range groups {
		for _, v := range gv.Ops {
			if v.Op.IsPager() && v.NextLink != "" && v.Next == nil && apiVersion(v) != "" {
				return true
			}
		}
	}
	return false
}

// pagerHelpers adds to the helper file what the pagers of groups share.
func pagerHelpers(f *jen.File, groups []*view.Client) {
	if !needsAPIVersionOnNextLinks(groups) {
		return
	}
	f.Line()
	f.Comment("nextLinkWithAPIVersion sets the api-version query parameter of a next link to the client's,")
	f.Comment("replacing any the service put there (whatever its case), as the Azure SDKs do. The rest of")
	f.Comment("the link, including the encoding of its other query parameters, is kept as it is.")
	f.Func().Id("nextLinkWithAPIVersion").Params(jen.Id("nextLink"), jen.Id("apiVersion").String()).String().Block(
		jen.List(jen.Id("u"), jen.Err()).Op(":=").Qual("net/url", "Parse").Call(jen.Id("nextLink")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Id("nextLink"))),
		jen.Var().Id("kept").Index().String(),
		jen.For(jen.List(jen.Id("_"), jen.Id("kv")).Op(":=").Range().Qual("strings", "Split").Call(jen.Id("u").Dot("RawQuery"), jen.Lit("&"))).Block(
			jen.List(jen.Id("k"), jen.Id("_"), jen.Id("_")).Op(":=").Qual("strings", "Cut").Call(jen.Id("kv"), jen.Lit("=")),
			jen.If(jen.List(jen.Id("name"), jen.Err()).Op(":=").Qual("net/url", "QueryUnescape").Call(jen.Id("k")), jen.Id("kv").Op("==").Lit("").Op("||").Parens(jen.Err().Op("==").Nil().Op("&&").Qual("strings", "EqualFold").Call(jen.Id("name"), jen.Lit("api-version")))).Block(
				jen.Continue(),
			),
			jen.Id("kept").Op("=").Append(jen.Id("kept"), jen.Id("kv")),
		),
		jen.Id("u").Dot("RawQuery").Op("=").Qual("strings", "Join").Call(jen.Append(jen.Id("kept"), jen.Lit("api-version=").Op("+").Qual("net/url", "QueryEscape").Call(jen.Id("apiVersion"))), jen.Lit("&")),
		jen.Return(jen.Id("u").Dot("String").Call()),
	)
}

// nextPagerMethod writes NewXxxPager for a pager whose later pages come from its next
// operation: the first page from the operation itself, then each page from the next
// operation, given the next link and the arguments the two share.
func nextPagerMethod(f *jen.File, pkg *ir.Package, v *view.Op) {
	nv := v.Next
	methodDoc(f, pkg, v, "returns a pager over the pages of "+v.Op.ID+"; the pages after the first come from "+nv.Op.ID+".")
	resp := jen.Id(v.Response)
	f.Func().Params(jen.Id("client").Op("*").Id(v.Op.ClientName())).Id(v.Method).ParamsFunc(func(g *jen.Group) {
		methodParams(g, v)
	}).Params(jen.Op("*").Qual(gocode.RuntimePkg, "Pager").Types(resp)).BlockFunc(func(g *jen.Group) {
		g.Return(jen.Qual(gocode.RuntimePkg, "NewPager").Call(jen.Qual(gocode.RuntimePkg, "PagingHandler").Types(jen.Id(v.Response)).Values(jen.Dict{
			jen.Id("More"): jen.Func().Params(jen.Id("page").Id(v.Response)).Bool().Block(
				jen.Return(jen.Id("page").Dot(v.NextLink).Op("!=").Nil().Op("&&").Len(jen.Op("*").Id("page").Dot(v.NextLink)).Op(">").Lit(0)),
			),
			jen.Id("Fetcher"): jen.Func().Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("page").Op("*").Id(v.Response)).Params(jen.Id(v.Response), jen.Error()).BlockFunc(func(g *jen.Group) {
				g.Id("ctx").Op("=").Qual("context", "WithValue").Call(jen.Id("ctx"), jen.Qual(gocode.RuntimePkg, "CtxAPINameKey").Values(), jen.Lit(v.Op.ClientName()+"."+v.Method))
				g.Var().Id("req").Op("*").Qual(gocode.PolicyPkg, "Request")
				g.Var().Err().Error()
				g.If(jen.Id("page").Op("==").Nil()).Block(
					jen.List(jen.Id("req"), jen.Err()).Op("=").Id("client").Dot(v.CreateRequest).CallFunc(func(g *jen.Group) { callArgs(g, v) }),
				).Else().BlockFunc(func(g *jen.Group) {
					nextOptions(g, v)
					g.List(jen.Id("req"), jen.Err()).Op("=").Id("client").Dot(nv.CreateRequest).CallFunc(func(g *jen.Group) { nextCallArgs(g, v) })
				})
				g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Id(v.Response).Values(), jen.Err()))
				g.List(jen.Id("resp"), jen.Err()).Op(":=").Id("client").Dot("internal").Dot("Pipeline").Call().Dot("Do").Call(jen.Id("req"))
				g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Id(v.Response).Values(), jen.Err()))
				g.If(jen.Op("!").Qual(gocode.RuntimePkg, "HasStatusCode").Call(append([]jen.Code{jen.Id("resp")}, view.StatusCodes(v.Success)...)...)).Block(
					jen.Return(jen.Id(v.Response).Values(), jen.Qual(gocode.RuntimePkg, "NewResponseError").Call(jen.Id("resp"))),
				)
				g.Return(jen.Id("client").Dot(v.HandleResponse).Call(jen.Id("resp")))
			}),
			jen.Id("Tracer"): jen.Id("client").Dot("internal").Dot("Tracer").Call(),
		})))
	})
	f.Line()
}

// nextOptions declares nextOptions, the next operation's options, carrying the optional
// arguments it shares with the first operation.
func nextOptions(g *jen.Group, v *view.Op) {
	nv := v.Next
	var shared []jen.Code
	for _, np := range nv.Optional {
		if pv := v.ParamByName(np.Param.Name, np.Param.In); pv != nil && view.IsOptional(v, pv) && view.SameGoType(pv.Param.Type, np.Param.Type) {
			shared = append(shared, jen.Id(np.ID).Op(":").Id("options").Dot(pv.ID))
		}
	}
	g.Var().Id("nextOptions").Op("*").Id(nv.Options)
	if len(shared) == 0 {
		return
	}
	g.If(jen.Id("options").Op("!=").Nil()).Block(
		jen.Id("nextOptions").Op("=").Op("&").Id(nv.Options).Values(shared...),
	)
}

// nextCallArgs passes the next operation's arguments: the next link, and the first
// operation's arguments of the same name.
func nextCallArgs(g *jen.Group, v *view.Op) {
	g.Id("ctx")
	for _, np := range v.Next.Args {
		if ir.IsNextLinkParam(np.Param) {
			g.Op("*").Id("page").Dot(v.NextLink)
			continue
		}
		g.Id(v.ParamByName(np.Param.Name, np.Param.In).ID)
	}
	for _, ng := range v.Next.Groups {
		if ga := v.GroupOf(ng); ga != nil {
			g.Id(ga.ID)
		} else {
			g.Nil() // an optional group the first operation does not have
		}
	}
	g.Id("nextOptions")
}
