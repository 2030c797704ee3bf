package golang

import (
	"fmt"

	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// linkNextViews points every pager whose spec names a next operation (x-ms-pageable
// operationName) at that operation's view, and checks that the next operation returns the
// same model, since its pages go through the first operation's response handler.
func linkNextViews(ops []*opView) error {
	byOp := map[*ir.Operation]*opView{}
	for _, v := range ops {
		byOp[v.op] = v
	}
	for _, v := range ops {
		if !v.op.IsPager() || v.op.Pageable.Next == nil || v.nextLink == "" {
			continue
		}
		nv := byOp[v.op.Pageable.Next]
		if nv == nil {
			return fmt.Errorf("%s: next operation %s is not in group %s", v.op.Source, v.op.Pageable.Next.ID, v.op.Group)
		}
		if nv.result == nil || v.result == nil || nv.result.Model != v.result.Model {
			return fmt.Errorf("%s: next operation %s of %s does not return the same model", v.op.Source, nv.op.ID, v.op.ID)
		}
		for _, np := range nv.args {
			if ir.IsNextLinkParam(np.p) {
				continue
			}
			if pv := v.paramByName(np.p.Name, np.p.In); pv == nil || isOptional(v, pv) || !sameGoType(pv.p.Type, np.p.Type) {
				return fmt.Errorf("%s: next operation %s needs parameter %q, which %s does not take as a required argument of the same type", v.op.Source, nv.op.ID, np.p.Name, v.op.ID)
			}
		}
		for _, ng := range nv.groups {
			if v.groupOf(ng) == nil && ng.u.Required {
				return fmt.Errorf("%s: next operation %s needs parameter group %s, which %s does not take", v.op.Source, nv.op.ID, ng.u.Group.Name, v.op.ID)
			}
		}
		v.next = nv
	}
	return nil
}

// groupOf returns the operation's argument for the parameter group of ng (another
// operation's group argument) when both are values or both pointers, or nil.
func (v *opView) groupOf(ng *groupArg) *groupArg {
	for _, ga := range v.groups {
		if ga.u.Group == ng.u.Group && ga.u.Required == ng.u.Required {
			return ga
		}
	}
	return nil
}

// apiVersion is the api-version the operation sends as a constant, or "".
func (v *opView) apiVersion() string {
	for _, pv := range v.client {
		if pv.p.In == ir.InQuery && pv.p.Name == "api-version" && pv.p.Constant != "" {
			return pv.p.Constant
		}
	}
	return ""
}

// needsAPIVersionOnNextLinks reports whether a pager of groups follows next links as they
// are and has an api-version to put on them.
func needsAPIVersionOnNextLinks(groups []*groupView) bool {
	for _, gv := range groups {
		for _, v := range gv.ops {
			if v.op.IsPager() && v.nextLink != "" && v.next == nil && v.apiVersion() != "" {
				return true
			}
		}
	}
	return false
}

// pagerHelpers adds to the helper file what the pagers of groups share.
func pagerHelpers(f *jen.File, groups []*groupView) {
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
func nextPagerMethod(f *jen.File, pkg *ir.Package, v *opView) {
	nv := v.next
	methodDoc(f, pkg, v, "returns a pager over the pages of "+v.op.ID+"; the pages after the first come from "+nv.op.ID+".")
	resp := jen.Id(v.response)
	f.Func().Params(jen.Id("client").Op("*").Id(v.op.ClientName())).Id(v.method).ParamsFunc(func(g *jen.Group) {
		methodParams(g, v)
	}).Params(jen.Op("*").Qual(runtimePkg, "Pager").Types(resp)).BlockFunc(func(g *jen.Group) {
		g.Return(jen.Qual(runtimePkg, "NewPager").Call(jen.Qual(runtimePkg, "PagingHandler").Types(jen.Id(v.response)).Values(jen.Dict{
			jen.Id("More"): jen.Func().Params(jen.Id("page").Id(v.response)).Bool().Block(
				jen.Return(jen.Id("page").Dot(v.nextLink).Op("!=").Nil().Op("&&").Len(jen.Op("*").Id("page").Dot(v.nextLink)).Op(">").Lit(0)),
			),
			jen.Id("Fetcher"): jen.Func().Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("page").Op("*").Id(v.response)).Params(jen.Id(v.response), jen.Error()).BlockFunc(func(g *jen.Group) {
				g.Id("ctx").Op("=").Qual("context", "WithValue").Call(jen.Id("ctx"), jen.Qual(runtimePkg, "CtxAPINameKey").Values(), jen.Lit(v.op.ClientName()+"."+v.method))
				g.Var().Id("req").Op("*").Qual(policyPkg, "Request")
				g.Var().Err().Error()
				g.If(jen.Id("page").Op("==").Nil()).Block(
					jen.List(jen.Id("req"), jen.Err()).Op("=").Id("client").Dot(v.createRequest).CallFunc(func(g *jen.Group) { callArgs(g, v) }),
				).Else().BlockFunc(func(g *jen.Group) {
					nextOptions(g, v)
					g.List(jen.Id("req"), jen.Err()).Op("=").Id("client").Dot(nv.createRequest).CallFunc(func(g *jen.Group) { nextCallArgs(g, v) })
				})
				g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Id(v.response).Values(), jen.Err()))
				g.List(jen.Id("resp"), jen.Err()).Op(":=").Id("client").Dot("internal").Dot("Pipeline").Call().Dot("Do").Call(jen.Id("req"))
				g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Id(v.response).Values(), jen.Err()))
				g.If(jen.Op("!").Qual(runtimePkg, "HasStatusCode").Call(append([]jen.Code{jen.Id("resp")}, statusCodes(v.success)...)...)).Block(
					jen.Return(jen.Id(v.response).Values(), jen.Qual(runtimePkg, "NewResponseError").Call(jen.Id("resp"))),
				)
				g.Return(jen.Id("client").Dot(v.handleResponse).Call(jen.Id("resp")))
			}),
			jen.Id("Tracer"): jen.Id("client").Dot("internal").Dot("Tracer").Call(),
		})))
	})
	f.Line()
}

// nextOptions declares nextOptions, the next operation's options, carrying the optional
// arguments it shares with the first operation.
func nextOptions(g *jen.Group, v *opView) {
	nv := v.next
	var shared []jen.Code
	for _, np := range nv.optional {
		if pv := v.paramByName(np.p.Name, np.p.In); pv != nil && isOptional(v, pv) && sameGoType(pv.p.Type, np.p.Type) {
			shared = append(shared, jen.Id(np.id).Op(":").Id("options").Dot(pv.id))
		}
	}
	g.Var().Id("nextOptions").Op("*").Id(nv.options)
	if len(shared) == 0 {
		return
	}
	g.If(jen.Id("options").Op("!=").Nil()).Block(
		jen.Id("nextOptions").Op("=").Op("&").Id(nv.options).Values(shared...),
	)
}

// sameGoType reports whether two parameter types are the same Go type.
func sameGoType(a, b *ir.Type) bool {
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case ir.KindPrimitive:
		return a.Primitive == b.Primitive
	case ir.KindEnum:
		return a.Enum == b.Enum
	case ir.KindModel:
		return a.Model == b.Model
	case ir.KindArray:
		return sameGoType(a.Elem, b.Elem)
	}
	return false
}

// nextCallArgs passes the next operation's arguments: the next link, and the first
// operation's arguments of the same name.
func nextCallArgs(g *jen.Group, v *opView) {
	g.Id("ctx")
	for _, np := range v.next.args {
		if ir.IsNextLinkParam(np.p) {
			g.Op("*").Id("page").Dot(v.nextLink)
			continue
		}
		g.Id(v.paramByName(np.p.Name, np.p.In).id)
	}
	for _, ng := range v.next.groups {
		if ga := v.groupOf(ng); ga != nil {
			g.Id(ga.id)
		} else {
			g.Nil() // an optional group the first operation does not have
		}
	}
	g.Id("nextOptions")
}
