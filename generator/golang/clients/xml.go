package clients

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// acceptOf is the Accept header an operation sends: XML when it produces XML only.
func acceptOf(v *view.Op) string {
	if v.Op.XMLResponse != nil {
		return "application/xml"
	}
	return "application/json"
}

// marshalBody is the call that encodes body into req: JSON, or XML under the root element
// the spec names (an array's items as children named by the items' XML name).
func marshalBody(v *view.Op, body jen.Code) *jen.Statement {
	x := v.Op.XMLRequest
	if x == nil {
		return marshalJSON(v, body)
	}
	if x.ItemName != "" {
		return jen.Id("marshalXMLList").Call(jen.Id("req"), jen.Lit(x.Root), jen.Lit(x.ItemName), body)
	}
	return jen.Id("marshalXMLBody").Call(jen.Id("req"), jen.Lit(x.Root), body)
}

// unmarshalResult is the call that decodes the response body into result: JSON, or XML.
func unmarshalResult(v *view.Op) *jen.Statement {
	x := v.Op.XMLResponse
	if x == nil {
		return jen.Qual(gocode.RuntimePkg, "UnmarshalAsJSON").Call(jen.Id("resp"), jen.Op("&").Id("result"))
	}
	embedded := v.Result.Kind == ir.KindModel && !gocode.IsMapModel(v.Result.Model)
	switch {
	case embedded:
		return jen.Qual(gocode.RuntimePkg, "UnmarshalAsXML").Call(jen.Id("resp"), jen.Op("&").Id("result"))
	case x.ItemName != "" && v.Result.Kind == ir.KindArray:
		return jen.Id("unmarshalXMLList").Call(jen.Id("resp"), jen.Lit(x.ItemName), jen.Op("&").Id("result").Dot(v.ResultField()))
	}
	return jen.Qual(gocode.RuntimePkg, "UnmarshalAsXML").Call(jen.Id("resp"), jen.Op("&").Id("result").Dot(v.ResultField()))
}

// clientXMLFile declares the XML body helpers the clients of a package with XML
// operations call, or returns nil.
func clientXMLFile(pkg *ir.Package) *jen.File {
	if !view.HasXML(pkg) {
		return nil
	}
	xmlQ := func(name string) *jen.Statement { return jen.Qual("encoding/xml", name) }
	start := func(name jen.Code) jen.Code {
		return xmlQ("StartElement").Values(jen.Id("Name").Op(":").Add(xmlQ("Name")).Values(jen.Id("Local").Op(":").Add(name)))
	}
	setBody := []jen.Code{
		jen.If(jen.Err().Op(":=").Id("enc").Dot("Flush").Call(), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Return(jen.Id("req").Dot("SetBody").Call(
			jen.Qual(gocode.AzcorePkg+"/streaming", "NopCloser").Call(jen.Qual("bytes", "NewReader").Call(jen.Id("buf").Dot("Bytes").Call())),
			jen.Lit("application/xml"),
		)),
	}
	newEnc := []jen.Code{
		jen.Var().Id("buf").Qual("bytes", "Buffer"),
		jen.Id("buf").Dot("WriteString").Call(xmlQ("Header")),
		jen.Id("enc").Op(":=").Add(xmlQ("NewEncoder")).Call(jen.Op("&").Id("buf")),
	}
	f := gocode.NewFile(pkg)
	f.Comment("marshalXMLBody sets the request body to v as XML under the root element root.")
	f.Func().Id("marshalXMLBody").Params(jen.Id("req").Op("*").Qual(gocode.PolicyPkg, "Request"), jen.Id("root").String(), jen.Id("v").Any()).Error().Block(
		append(append(append([]jen.Code{}, newEnc...),
			jen.If(jen.Err().Op(":=").Id("enc").Dot("EncodeElement").Call(jen.Id("v"), start(jen.Id("root"))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		), setBody...)...,
	)
	f.Line()
	f.Comment("marshalXMLList sets the request body to a root element holding one item element per item.")
	f.Func().Id("marshalXMLList").Types(jen.Id("T").Any()).Params(jen.Id("req").Op("*").Qual(gocode.PolicyPkg, "Request"), jen.List(jen.Id("root"), jen.Id("item")).String(), jen.Id("items").Index().Id("T")).Error().Block(
		append(append(append([]jen.Code{}, newEnc...),
			jen.Id("rootStart").Op(":=").Add(start(jen.Id("root"))),
			jen.If(jen.Err().Op(":=").Id("enc").Dot("EncodeToken").Call(jen.Id("rootStart")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
			jen.For(jen.List(jen.Id("_"), jen.Id("it")).Op(":=").Range().Id("items")).Block(
				jen.If(jen.Err().Op(":=").Id("enc").Dot("EncodeElement").Call(jen.Id("it"), start(jen.Id("item"))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
			),
			jen.If(jen.Err().Op(":=").Id("enc").Dot("EncodeToken").Call(jen.Id("rootStart").Dot("End").Call()), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		), setBody...)...,
	)
	f.Line()
	f.Comment("unmarshalXMLList reads the item elements under the response's root element into items;")
	f.Comment("an empty root is an empty, non-nil slice. Other child elements are skipped.")
	f.Func().Id("unmarshalXMLList").Types(jen.Id("T").Any()).Params(jen.Id("resp").Op("*").Qual("net/http", "Response"), jen.Id("item").String(), jen.Id("items").Op("*").Index().Id("T")).Error().Block(
		jen.List(jen.Id("body"), jen.Err()).Op(":=").Qual(gocode.RuntimePkg, "Payload").Call(jen.Id("resp")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Id("out").Op(":=").Index().Id("T").Values(),
		jen.Id("d").Op(":=").Add(xmlQ("NewDecoder")).Call(jen.Qual("bytes", "NewReader").Call(jen.Id("body"))),
		jen.Id("depth").Op(":=").Lit(0),
		jen.For().Block(
			jen.List(jen.Id("tok"), jen.Err()).Op(":=").Id("d").Dot("Token").Call(),
			jen.If(jen.Err().Op("==").Qual("io", "EOF")).Block(jen.Break()),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
			jen.Switch(jen.Id("t").Op(":=").Id("tok").Assert(jen.Type())).Block(
				jen.Case(xmlQ("StartElement")).Block(
					jen.If(jen.Id("depth").Op("==").Lit(0)).Block(jen.Id("depth").Op("++"), jen.Continue()),
					jen.If(jen.Id("t").Dot("Name").Dot("Local").Op("!=").Id("item")).Block(
						jen.If(jen.Err().Op(":=").Id("d").Dot("Skip").Call(), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
						jen.Continue(),
					),
					jen.Var().Id("v").Id("T"),
					jen.If(jen.Err().Op(":=").Id("d").Dot("DecodeElement").Call(jen.Op("&").Id("v"), jen.Op("&").Id("t")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
					jen.Id("out").Op("=").Append(jen.Id("out"), jen.Id("v")),
				),
			),
		),
		jen.Op("*").Id("items").Op("=").Id("out"),
		jen.Return(jen.Nil()),
	)
	return f
}
