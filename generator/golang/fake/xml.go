package fake

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// fakeBodyDecode is the call that reads a request body of type t in a fake dispatcher:
// JSON, or XML for an operation that consumes XML (a root array through the fake package's
// unmarshalXMLListRequest).
func (fk *fakeGen) fakeBodyDecode(v *view.Op, t *ir.Type) *jen.Statement {
	x := v.Op.XMLRequest
	switch {
	case x == nil && t.Polymorphic():
		return fakePolyBody(fk.q("Unmarshal"+t.Model.Interface), fk.typeOf(t))
	case x == nil && t.Kind == ir.KindPrimitive && t.Primitive == ir.UnixTime:
		// Seconds since the epoch, read as serde.UnixSeconds.
		return jen.Func().Params().Params(jen.Qual("time", "Time"), jen.Error()).Block(
			jen.List(jen.Id("v"), jen.Err()).Op(":=").Qual(gocode.ServerPkg, "UnmarshalRequestAsJSON").Types(jen.Qual(gocode.SerdePkg, "UnixSeconds")).Call(jen.Id("req")),
			jen.Return(jen.Qual("time", "Time").Call(jen.Id("v")), jen.Err()),
		).Call()
	case x == nil:
		return jen.Qual(gocode.ServerPkg, "UnmarshalRequestAsJSON").Types(fk.typeOf(t)).Call(jen.Id("req"))
	case x.ItemName != "" && t.Kind == ir.KindArray:
		return jen.Id("unmarshalXMLListRequest").Types(gocode.ElemOf(t.Elem, fk.path)).Call(jen.Id("req"), jen.Lit(x.ItemName))
	}
	return jen.Qual(gocode.ServerPkg, "UnmarshalRequestAsXML").Types(fk.typeOf(t)).Call(jen.Id("req"))
}

// fakeResponseEncode is the call that writes the response body in a fake dispatcher: JSON,
// or XML for an operation that produces XML (a root array under the spec's root and item
// names).
func (fk *fakeGen) fakeResponseEncode(v *view.Op) *jen.Statement {
	x := v.Op.XMLResponse
	content, resp := jen.Id("respContent"), jen.Qual(gocode.ServerPkg, "GetResponse").Call(jen.Id("respr"))
	switch {
	case x == nil:
		return jen.Qual(gocode.ServerPkg, "MarshalResponseAsJSON").Call(content, resp, jen.Id("req"))
	case x.ItemName != "" && v.Result.Kind == ir.KindArray:
		return jen.Id("marshalXMLListResponse").Call(content, jen.Lit(x.Root), jen.Lit(x.ItemName), resp.Dot(v.ResultField()), jen.Id("req"))
	}
	return jen.Qual(gocode.ServerPkg, "MarshalResponseAsXML").Call(content, resp, jen.Id("req"))
}

// fakeXMLHelpers declares the fake package's root-array XML helpers when pkg has XML
// operations.
func (fk *fakeGen) fakeXMLHelpers(f *jen.File) {
	if !view.HasXML(fk.pkg) {
		return
	}
	xmlQ := func(name string) *jen.Statement { return jen.Qual("encoding/xml", name) }
	start := func(name jen.Code) jen.Code {
		return xmlQ("StartElement").Values(jen.Id("Name").Op(":").Add(xmlQ("Name")).Values(jen.Id("Local").Op(":").Add(name)))
	}
	f.Line()
	f.Comment("unmarshalXMLListRequest reads the item elements under the request's root element.")
	f.Func().Id("unmarshalXMLListRequest").Types(jen.Id("T").Any()).Params(jen.Id("req").Op("*").Qual("net/http", "Request"), jen.Id("item").String()).Params(jen.Index().Id("T"), jen.Error()).Block(
		jen.Id("out").Op(":=").Index().Id("T").Values(),
		jen.If(jen.Id("req").Dot("Body").Op("==").Nil()).Block(jen.Return(jen.Id("out"), jen.Nil())),
		jen.Defer().Id("req").Dot("Body").Dot("Close").Call(),
		jen.Id("d").Op(":=").Add(xmlQ("NewDecoder")).Call(jen.Id("req").Dot("Body")),
		jen.Id("depth").Op(":=").Lit(0),
		jen.For().Block(
			jen.List(jen.Id("tok"), jen.Err()).Op(":=").Id("d").Dot("Token").Call(),
			jen.If(jen.Err().Op("==").Qual("io", "EOF")).Block(jen.Return(jen.Id("out"), jen.Nil())),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			jen.If(jen.List(jen.Id("t"), jen.Id("ok")).Op(":=").Id("tok").Assert(xmlQ("StartElement")), jen.Id("ok")).Block(
				jen.If(jen.Id("depth").Op("==").Lit(0)).Block(jen.Id("depth").Op("++"), jen.Continue()),
				jen.If(jen.Id("t").Dot("Name").Dot("Local").Op("!=").Id("item")).Block(
					jen.If(jen.Err().Op(":=").Id("d").Dot("Skip").Call(), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
					jen.Continue(),
				),
				jen.Var().Id("v").Id("T"),
				jen.If(jen.Err().Op(":=").Id("d").Dot("DecodeElement").Call(jen.Op("&").Id("v"), jen.Op("&").Id("t")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
				jen.Id("out").Op("=").Append(jen.Id("out"), jen.Id("v")),
			),
		),
	)
	f.Line()
	f.Comment("marshalXMLListResponse answers with a root element holding one item element per item.")
	f.Func().Id("marshalXMLListResponse").Types(jen.Id("T").Any()).Params(
		jen.Id("content").Qual(gocode.ServerPkg, "ResponseContent"), jen.List(jen.Id("root"), jen.Id("item")).String(), jen.Id("items").Index().Id("T"), jen.Id("req").Op("*").Qual("net/http", "Request"),
	).Params(jen.Op("*").Qual("net/http", "Response"), jen.Error()).Block(
		jen.Var().Id("buf").Qual("bytes", "Buffer"),
		jen.Id("enc").Op(":=").Add(xmlQ("NewEncoder")).Call(jen.Op("&").Id("buf")),
		jen.Id("rootStart").Op(":=").Add(start(jen.Id("root"))),
		jen.If(jen.Err().Op(":=").Id("enc").Dot("EncodeToken").Call(jen.Id("rootStart")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.For(jen.List(jen.Id("_"), jen.Id("it")).Op(":=").Range().Id("items")).Block(
			jen.If(jen.Err().Op(":=").Id("enc").Dot("EncodeElement").Call(jen.Id("it"), start(jen.Id("item"))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		),
		jen.If(jen.Err().Op(":=").Id("enc").Dot("EncodeToken").Call(jen.Id("rootStart").Dot("End").Call()), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.If(jen.Err().Op(":=").Id("enc").Dot("Flush").Call(), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Return(jen.Qual(gocode.ServerPkg, "NewResponse").Call(jen.Id("content"), jen.Id("req"), jen.Op("&").Qual(gocode.ServerPkg, "ResponseOptions").Values(jen.Dict{
			jen.Id("Body"):        jen.Qual("io", "NopCloser").Call(jen.Qual("bytes", "NewReader").Call(jen.Id("buf").Dot("Bytes").Call())),
			jen.Id("ContentType"): jen.Lit("application/xml"),
		}))),
	)
}

// fakePolyBody is a call, in a fake server's dispatch, that reads the request body and
// decodes it with the package's UnmarshalAnyXxx function (unmarshal), returning the
// polymorphic value (of Go type typ) and an error: encoding/json cannot decode into an
// interface.
func fakePolyBody(unmarshal, typ jen.Code) *jen.Statement {
	return jen.Func().Params().Params(typ, jen.Error()).Block(
		jen.List(jen.Id("raw"), jen.Err()).Op(":=").Qual("io", "ReadAll").Call(jen.Id("req").Dot("Body")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Return(jen.Add(unmarshal).Call(jen.Id("raw"))),
	).Call()
}
