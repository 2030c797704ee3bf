package clients

import (
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// bodyArgType is the Go type of a required body argument: an io.ReadSeekCloser for a binary
// body, the body's type otherwise.
func bodyArgType(p *ir.Parameter) jen.Code {
	if p.BodyFormat == ir.BodyBinary {
		return jen.Qual("io", "ReadSeekCloser")
	}
	return gocode.ElemType(p.Type, "")
}

// optionalBodyType is the options field type of an optional body: an io.ReadSeekCloser for
// a binary body and the interface itself for a body held by an interface (nil: no body), a
// pointer to the body's type otherwise.
func optionalBodyType(p *ir.Parameter) jen.Code {
	if p.BodyFormat == ir.BodyBinary {
		return jen.Qual("io", "ReadSeekCloser")
	}
	if gocode.IsInterfaceType(p.Type) {
		return gocode.ElemType(p.Type, "")
	}
	return jen.Op("*").Add(gocode.ElemType(p.Type, ""))
}

// optionalBodyRef is the value of an optional body field ref that was found set: ref itself
// for an interface, *ref otherwise.
func optionalBodyRef(t *ir.Type, ref jen.Code) *jen.Statement {
	if gocode.IsInterfaceType(t) {
		return jen.Add(ref)
	}
	return jen.Op("*").Add(ref)
}

// hasContentTypeOption reports whether the options carry ContentType: a binary or text body
// of an operation that consumes more than one media type.
func hasContentTypeOption(v *view.Op) bool {
	return v.BodyFormat() != ir.BodyJSON && len(v.Op.Consumes) > 1
}

// contentTypeOption declares the ContentType options field.
func contentTypeOption(g *jen.Group, v *view.Op) {
	gocode.Comment(g, "ContentType is the Content-Type of the request body, one of "+strings.Join(quoteAll(v.Op.Consumes), ", ")+";",
		"nil means "+gocode.Quote(defaultContentType(v))+".")
	g.Id("ContentType").Op("*").String()
}

func quoteAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = gocode.Quote(s)
	}
	return out
}

// defaultContentType is the Content-Type of a binary or text body: the first media type
// the operation consumes that suits it, else application/octet-stream (binary) or
// text/plain (text).
func defaultContentType(v *view.Op) string {
	if v.BodyFormat() == ir.BodyText {
		for _, mt := range v.Op.Consumes {
			if ir.IsTextMediaType(mt) {
				return mt
			}
		}
		return "text/plain"
	}
	for _, mt := range v.Op.Consumes {
		if !ir.IsJSONMediaType(mt) && !ir.IsTextMediaType(mt) {
			return mt
		}
	}
	if len(v.Op.Consumes) > 0 {
		return v.Op.Consumes[0]
	}
	return "application/octet-stream"
}

// acceptValue is the request's Accept header: the media types the operation produces for
// a binary or text result, else what acceptOf says (XML or JSON).
func acceptValue(v *view.Op) string {
	if f := v.ResultFormat(); v.Result != nil && f != ir.BodyJSON && len(v.Op.Produces) > 0 {
		return strings.Join(v.Op.Produces, ", ")
	}
	return acceptOf(v)
}

// skipBodyDownload keeps azcore from reading a streamed result into memory.
func skipBodyDownload(g *jen.Group, v *view.Op) {
	if v.StreamsResult() {
		g.Qual(gocode.RuntimePkg, "SkipBodyDownload").Call(jen.Id("req"))
	}
}

// rawBody writes a binary or text body into the request and returns true; it returns false
// for a JSON body, which the caller writes.
func rawBody(g *jen.Group, v *view.Op) bool {
	f := v.BodyFormat()
	if f == ir.BodyJSON {
		return false
	}
	ct := jen.Lit(defaultContentType(v))
	if hasContentTypeOption(v) {
		g.Id("contentType").Op(":=").Add(ct)
		g.If(jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot("ContentType").Op("!=").Nil()).Block(
			jen.Id("contentType").Op("=").Op("*").Id("options").Dot("ContentType"),
		)
		ct = jen.Id("contentType")
	}
	set := func(val jen.Code) jen.Code {
		if f == ir.BodyText {
			val = jen.Qual(gocode.StreamingPkg, "NopCloser").Call(jen.Qual("strings", "NewReader").Call(val))
		}
		return jen.If(jen.Err().Op(":=").Id("req").Dot("SetBody").Call(val, ct), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
	}
	switch {
	case v.Body.Param.Required:
		g.Add(set(jen.Id(v.Body.ID)))
	case f == ir.BodyBinary:
		g.If(jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot(v.Body.ID).Op("!=").Nil()).Block(set(jen.Id("options").Dot(v.Body.ID)))
	default:
		g.If(jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot(v.Body.ID).Op("!=").Nil()).Block(set(jen.Op("*").Id("options").Dot(v.Body.ID)))
	}
	g.Return(jen.Id("req"), jen.Nil())
	return true
}

// streamResultField declares the Body field of a response that streams its body.
func streamResultField(g *jen.Group) {
	gocode.Comment(g, "Body is the response body as the service sends it. The caller must close it.")
	g.Id("Body").Qual("io", "ReadCloser")
}

// rawResult reads a binary or text result into result and returns true; it returns false
// for a JSON result, which the caller decodes.
func rawResult(g *jen.Group, v *view.Op) bool {
	switch {
	case v.StreamsResult():
		g.Id("result").Dot("Body").Op("=").Id("resp").Dot("Body")
		return true
	case v.Result != nil && v.ResultFormat() == ir.BodyText:
		g.List(jen.Id("body"), jen.Err()).Op(":=").Qual(gocode.RuntimePkg, "Payload").Call(jen.Id("resp"))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Id(v.Response).Values(), jen.Err()))
		if v.ResultPtr() {
			g.Id("text").Op(":=").Add(gocode.ElemType(v.Result, "")).Parens(jen.Id("body"))
			g.Id("result").Dot(v.ResultField()).Op("=").Op("&").Id("text")
		} else {
			g.Id("result").Dot(v.ResultField()).Op("=").Add(gocode.ElemType(v.Result, "")).Parens(jen.Id("body"))
		}
		return true
	}
	return false
}
