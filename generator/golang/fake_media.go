package golang

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// bodyParamType is a required body's type in a fake server function: an io.ReadSeekCloser
// for a binary body, the body's type otherwise.
func (fk *fakeGen) bodyParamType(p *ir.Parameter) jen.Code {
	if p.BodyFormat == ir.BodyBinary {
		return jen.Qual("io", "ReadSeekCloser")
	}
	return fk.typeOf(p.Type)
}

// readRawBody reads a binary or text request body as it is into body (required) or the
// options (optional) and returns true; it returns false for a JSON body.
func (fk *fakeGen) readRawBody(g *jen.Group, v *opView, required bool, ensure jen.Code) bool {
	f := v.bodyFormat()
	if f == ir.BodyJSON {
		return false
	}
	read := []jen.Code{
		jen.List(jen.Id("raw"), jen.Err()).Op(":=").Qual("io", "ReadAll").Call(jen.Id("req").Dot("Body")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
	}
	value := jen.Qual(streamingPkg, "NopCloser").Call(jen.Qual("bytes", "NewReader").Call(jen.Id("raw")))
	if f == ir.BodyText {
		value = jen.String().Parens(jen.Id("raw"))
	}
	if required {
		for _, c := range read {
			g.Add(c)
		}
		g.Id("body").Op(":=").Add(value)
		return true
	}
	set := jen.Id("options").Dot(v.body.id).Op("=").Id("body")
	if f == ir.BodyText {
		set = jen.Id("options").Dot(v.body.id).Op("=").Op("&").Id("body")
	}
	g.If(jen.Id("req").Dot("Body").Op("!=").Nil().Op("&&").Id("req").Dot("ContentLength").Op("!=").Lit(0)).Block(
		append(read, jen.Id("body").Op(":=").Add(value), ensure, set)...,
	)
	return true
}

// rawResponse writes a streamed or text result as it is and returns true; it returns false
// for a JSON result.
func (fk *fakeGen) rawResponse(g *jen.Group, v *opView) bool {
	resp := jen.Qual(serverPkg, "GetResponse").Call(jen.Id("respr"))
	switch {
	case v.streamsResult():
		g.Return(jen.Qual(serverPkg, "NewResponse").Call(jen.Id("respContent"), jen.Id("req"),
			jen.Op("&").Qual(serverPkg, "ResponseOptions").Values(jen.Dict{jen.Id("Body"): resp.Dot("Body")})))
		return true
	case v.result != nil && v.resultFormat() == ir.BodyText:
		g.Id("text").Op(":=").String().Parens(resp.Dot("Value"))
		g.Return(jen.Qual(serverPkg, "MarshalResponseAsText").Call(jen.Id("respContent"), jen.Op("&").Id("text"), jen.Id("req")))
		return true
	}
	return false
}
