package golang

import (
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

const streamingPkg = "github.com/Azure/azure-sdk-for-go/sdk/azcore/streaming"

// bodyFormat is how the operation's body parameter travels (JSON when there is none).
func (v *opView) bodyFormat() ir.BodyFormat {
	if v.body == nil {
		return ir.BodyJSON
	}
	return v.body.p.BodyFormat
}

// resultFormat is how the body of the first success response with a body travels.
func (v *opView) resultFormat() ir.BodyFormat {
	for _, c := range v.success {
		for _, r := range v.op.Responses {
			if r.Status == itoa(c) && r.Type != nil {
				return r.BodyFormat
			}
		}
	}
	return ir.BodyJSON
}

// streamsResult reports whether the response hands the caller the body as an io.ReadCloser.
func (v *opView) streamsResult() bool {
	return v.result != nil && v.resultFormat() == ir.BodyBinary && !v.op.IsLRO() && !v.op.IsPager()
}

// bodyArgType is the Go type of a required body argument: an io.ReadSeekCloser for a binary
// body, the body's type otherwise.
func bodyArgType(p *ir.Parameter) jen.Code {
	if p.BodyFormat == ir.BodyBinary {
		return jen.Qual("io", "ReadSeekCloser")
	}
	return elemType(p.Type)
}

// optionalBodyType is the options field type of an optional body: an io.ReadSeekCloser for
// a binary body and the interface itself for a body held by an interface (nil: no body), a
// pointer to the body's type otherwise.
func optionalBodyType(p *ir.Parameter) jen.Code {
	if p.BodyFormat == ir.BodyBinary {
		return jen.Qual("io", "ReadSeekCloser")
	}
	if isInterfaceType(p.Type) {
		return elemType(p.Type)
	}
	return jen.Op("*").Add(elemType(p.Type))
}

// isInterfaceType reports whether Go holds a value of t in an interface: a polymorphic
// model (its AnyXxx interface) or a value of no fixed schema (any). An optional body of
// such a type is the interface itself, nil when absent, never a pointer to it.
func isInterfaceType(t *ir.Type) bool {
	return t.Polymorphic() || (t.Kind == ir.KindPrimitive && t.Primitive == ir.Any && !t.IsFile())
}

// optionalBodyRef is the value of an optional body field ref that was found set: ref itself
// for an interface, *ref otherwise.
func optionalBodyRef(t *ir.Type, ref jen.Code) *jen.Statement {
	if isInterfaceType(t) {
		return jen.Add(ref)
	}
	return jen.Op("*").Add(ref)
}

// hasContentTypeOption reports whether the options carry ContentType: a binary or text body
// of an operation that consumes more than one media type.
func (v *opView) hasContentTypeOption() bool {
	return v.bodyFormat() != ir.BodyJSON && len(v.op.Consumes) > 1
}

// contentTypeOption declares the ContentType options field.
func contentTypeOption(g *jen.Group, v *opView) {
	comment(g, "ContentType is the Content-Type of the request body, one of "+strings.Join(quoteAll(v.op.Consumes), ", ")+";",
		"nil means "+quote(defaultContentType(v))+".")
	g.Id("ContentType").Op("*").String()
}

func quoteAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = quote(s)
	}
	return out
}

// defaultContentType is the Content-Type of a binary or text body: the first media type
// the operation consumes that suits it, else application/octet-stream (binary) or
// text/plain (text).
func defaultContentType(v *opView) string {
	if v.bodyFormat() == ir.BodyText {
		for _, mt := range v.op.Consumes {
			if ir.IsTextMediaType(mt) {
				return mt
			}
		}
		return "text/plain"
	}
	for _, mt := range v.op.Consumes {
		if !ir.IsJSONMediaType(mt) && !ir.IsTextMediaType(mt) {
			return mt
		}
	}
	if len(v.op.Consumes) > 0 {
		return v.op.Consumes[0]
	}
	return "application/octet-stream"
}

// acceptValue is the request's Accept header: the media types the operation produces for
// a binary or text result, else what acceptOf says (XML or JSON).
func acceptValue(v *opView) string {
	if f := v.resultFormat(); v.result != nil && f != ir.BodyJSON && len(v.op.Produces) > 0 {
		return strings.Join(v.op.Produces, ", ")
	}
	return acceptOf(v)
}

// skipBodyDownload keeps azcore from reading a streamed result into memory.
func skipBodyDownload(g *jen.Group, v *opView) {
	if v.streamsResult() {
		g.Qual(runtimePkg, "SkipBodyDownload").Call(jen.Id("req"))
	}
}

// rawBody writes a binary or text body into the request and returns true; it returns false
// for a JSON body, which the caller writes.
func rawBody(g *jen.Group, v *opView) bool {
	f := v.bodyFormat()
	if f == ir.BodyJSON {
		return false
	}
	ct := jen.Lit(defaultContentType(v))
	if v.hasContentTypeOption() {
		g.Id("contentType").Op(":=").Add(ct)
		g.If(jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot("ContentType").Op("!=").Nil()).Block(
			jen.Id("contentType").Op("=").Op("*").Id("options").Dot("ContentType"),
		)
		ct = jen.Id("contentType")
	}
	set := func(val jen.Code) jen.Code {
		if f == ir.BodyText {
			val = jen.Qual(streamingPkg, "NopCloser").Call(jen.Qual("strings", "NewReader").Call(val))
		}
		return jen.If(jen.Err().Op(":=").Id("req").Dot("SetBody").Call(val, ct), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
	}
	switch {
	case v.body.p.Required:
		g.Add(set(jen.Id(v.body.id)))
	case f == ir.BodyBinary:
		g.If(jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot(v.body.id).Op("!=").Nil()).Block(set(jen.Id("options").Dot(v.body.id)))
	default:
		g.If(jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot(v.body.id).Op("!=").Nil()).Block(set(jen.Op("*").Id("options").Dot(v.body.id)))
	}
	g.Return(jen.Id("req"), jen.Nil())
	return true
}

// streamResultField declares the Body field of a response that streams its body.
func streamResultField(g *jen.Group) {
	comment(g, "Body is the response body as the service sends it. The caller must close it.")
	g.Id("Body").Qual("io", "ReadCloser")
}

// rawResult reads a binary or text result into result and returns true; it returns false
// for a JSON result, which the caller decodes.
func rawResult(g *jen.Group, v *opView) bool {
	switch {
	case v.streamsResult():
		g.Id("result").Dot("Body").Op("=").Id("resp").Dot("Body")
		return true
	case v.result != nil && v.resultFormat() == ir.BodyText:
		g.List(jen.Id("body"), jen.Err()).Op(":=").Qual(runtimePkg, "Payload").Call(jen.Id("resp"))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Id(v.response).Values(), jen.Err()))
		g.Id("result").Dot("Value").Op("=").Add(elemType(v.result)).Parens(jen.Id("body"))
		return true
	}
	return false
}

// optionalBodyAddr is what an optional body field is set to from the decoded body: the
// interface value itself, else its address.
func optionalBodyAddr(t *ir.Type, body jen.Code) *jen.Statement {
	if isInterfaceType(t) {
		return jen.Add(body)
	}
	return jen.Op("&").Add(body)
}
