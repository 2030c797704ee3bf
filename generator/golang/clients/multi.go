package clients

import (
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// multiQuery adds one key=value pair to the query (reqQP) for each item of val, the value of
// a query parameter with collectionFormat "multi". An empty array adds no key at all, which
// is how the wire tells an empty array from an array holding one empty string.
func multiQuery(p *ir.Parameter, val jen.Code) jen.Code {
	return jen.For(jen.List(jen.Id("_"), jen.Id("qv")).Op(":=").Range().Add(val)).Block(
		jen.Id("reqQP").Dot("Add").Call(jen.Lit(p.Name), multiItem(p, jen.Id("qv"))),
	)
}

// multiItem is one item of a "multi" query parameter in its string form: an inner array
// (an array parameter of arrays) joined by the items' collectionFormat.
func multiItem(p *ir.Parameter, item jen.Code) jen.Code {
	if p.Type.Elem.Kind == ir.KindArray {
		return joinScalars(p.Type.Elem.Elem, item, view.CollectionSep(p.ItemsCollectionFormat))
	}
	return formatParam(p.Type.Elem, item)
}
