package clients

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// jsonBodyMediaType is the media type of an operation's JSON request body when it is not
// application/json: the first JSON type of its consumes (application/merge-patch+json,
// text/json) when application/json is not among them; "" otherwise.
func jsonBodyMediaType(op *ir.Operation) string {
	first := ""
	for _, mt := range op.Consumes {
		if !ir.IsJSONMediaType(mt) {
			continue
		}
		if mt == "application/json" {
			return ""
		}
		if first == "" {
			first = mt
		}
	}
	return first
}

// marshalJSON is the call that encodes a JSON request body: azcore's MarshalAsJSON, which
// says application/json, or marshalJSONAs for an operation that consumes another JSON type.
func marshalJSON(v *view.Op, body jen.Code) *jen.Statement {
	if b := v.Op.Body; b != nil && b.Type.Kind == ir.KindPrimitive && b.Type.Primitive == ir.UnixTime {
		body = jen.Qual(gocode.SerdePkg, "UnixSeconds").Call(body) // seconds since the epoch
	}
	if mt := jsonBodyMediaType(v.Op); mt != "" {
		return jen.Id("marshalJSONAs").Call(jen.Id("req"), body, jen.Lit(mt))
	}
	return jen.Qual(gocode.RuntimePkg, "MarshalAsJSON").Call(jen.Id("req"), body)
}

// clientJSONFile declares marshalJSONAs when an operation of pkg sends JSON under another
// media type than application/json, or returns nil.
func clientJSONFile(pkg *ir.Package) *jen.File {
	needed := false
	for _, g := range pkg.Groups {
		for _, op := range g.Operations {
			needed = needed || (op.Body != nil && op.XMLRequest == nil && jsonBodyMediaType(op) != "")
		}
	}
	if !needed {
		return nil
	}
	f := gocode.NewFile(pkg)
	f.Comment("marshalJSONAs sets the request body to v as JSON, with contentType as its media type")
	f.Comment("(application/merge-patch+json and the like, which azcore's MarshalAsJSON does not set).")
	f.Func().Id("marshalJSONAs").Params(
		jen.Id("req").Op("*").Qual(gocode.PolicyPkg, "Request"), jen.Id("v").Any(), jen.Id("contentType").String(),
	).Error().Block(
		jen.List(jen.Id("b"), jen.Err()).Op(":=").Qual("encoding/json", "Marshal").Call(jen.Id("v")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Return(jen.Id("req").Dot("SetBody").Call(
			jen.Qual(gocode.AzcorePkg+"/streaming", "NopCloser").Call(jen.Qual("bytes", "NewReader").Call(jen.Id("b"))),
			jen.Id("contentType"),
		)),
	)
	return f
}
