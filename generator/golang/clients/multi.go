package clients

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// multiQuery adds one key=value pair to the query (reqQP) for each item of val, the value of
// a query parameter with collectionFormat "multi". An empty array adds no key at all, which
// is how the wire tells an empty array from an array holding one empty string.
func multiQuery(p *ir.Parameter, val jen.Code) jen.Code {
	return jen.For(jen.List(jen.Id("_"), jen.Id("qv")).Op(":=").Range().Add(val)).Block(
		jen.Id("reqQP").Dot("Add").Call(jen.Lit(p.Name), formatParam(p.Type.Elem, jen.Id("qv"))),
	)
}
