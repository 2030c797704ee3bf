package fake

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
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
func (fk *fakeGen) readRawBody(g *jen.Group, v *view.Op, required bool, ensure jen.Code) bool {
	f := v.BodyFormat()
	if f == ir.BodyJSON {
		return false
	}
	read := []jen.Code{
		jen.List(jen.Id("raw"), jen.Err()).Op(":=").Qual("io", "ReadAll").Call(jen.Id("req").Dot("Body")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
	}
	value := jen.Qual(gocode.StreamingPkg, "NopCloser").Call(jen.Qual("bytes", "NewReader").Call(jen.Id("raw")))
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
	set := jen.Id("options").Dot(v.Body.ID).Op("=").Id("body")
	if f == ir.BodyText {
		set = jen.Id("options").Dot(v.Body.ID).Op("=").Op("&").Id("body")
	}
	g.If(jen.Id("req").Dot("Body").Op("!=").Nil().Op("&&").Id("req").Dot("ContentLength").Op("!=").Lit(0)).Block(
		append(read, jen.Id("body").Op(":=").Add(value), ensure, set)...,
	)
	return true
}

// rawResponse writes a streamed or text result as it is and returns true; it returns false
// for a JSON result.
func (fk *fakeGen) rawResponse(g *jen.Group, v *view.Op) bool {
	resp := jen.Qual(gocode.ServerPkg, "GetResponse").Call(jen.Id("respr"))
	switch {
	case v.StreamsResult():
		g.Return(jen.Qual(gocode.ServerPkg, "NewResponse").Call(jen.Id("respContent"), jen.Id("req"),
			jen.Op("&").Qual(gocode.ServerPkg, "ResponseOptions").Values(jen.Dict{jen.Id("Body"): resp.Dot("Body")})))
		return true
	case v.Result != nil && v.ResultFormat() == ir.BodyText:
		if v.ResultPtr() {
			g.Var().Id("text").String()
			g.If(jen.Id("p").Op(":=").Add(resp).Dot(v.ResultField()), jen.Id("p").Op("!=").Nil()).Block(
				jen.Id("text").Op("=").String().Parens(jen.Op("*").Id("p")),
			)
		} else {
			g.Id("text").Op(":=").String().Parens(resp.Dot(v.ResultField()))
		}
		g.Return(jen.Qual(gocode.ServerPkg, "MarshalResponseAsText").Call(jen.Id("respContent"), jen.Op("&").Id("text"), jen.Id("req")))
		return true
	}
	return false
}

// hasFormData reports whether the operation has formData parameters.
func hasFormData(v *view.Op) bool { return len(v.FormParams()) > 0 }

// hasFormFiles reports whether any operation of groups has a formData file.
func hasFormFiles(groups []*view.Client) bool {
	for _, gv := range groups {
		for _, v := range gv.Ops {
			for _, pv := range v.FormParams() {
				if t := pv.Param.Type; t.IsFile() || (t.Kind == ir.KindArray && t.Elem.IsFile()) {
					return true
				}
			}
		}
	}
	return false
}

// parseForm parses the request's form (urlencoded or multipart) before its fields are read.
func (fk *fakeGen) parseForm(g *jen.Group, v *view.Op) {
	if !hasFormData(v) {
		return
	}
	g.If(jen.Err().Op(":=").Id("req").Dot("ParseMultipartForm").Call(jen.Lit(32).Op("<<").Lit(20)),
		jen.Err().Op("!=").Nil().Op("&&").Op("!").Qual("errors", "Is").Call(jen.Err(), jen.Qual("net/http", "ErrNotMultipart"))).Block(
		jen.Return(jen.Nil(), jen.Err()),
	)
}

// formValue declares name as the value of formData parameter pv read from the parsed form.
func (fk *fakeGen) formValue(g *jen.Group, name string, pv *view.Param) {
	t := pv.Param.Type
	field := jen.Lit(pv.Param.Name)
	switch {
	case t.IsFile() || (t.Kind == ir.KindArray && t.Elem.IsFile()):
		fn := "formFiles"
		if t.IsFile() {
			fn = "formFile"
		}
		g.List(jen.Id(name), jen.Err()).Op(":=").Id(fn).Call(jen.Id("req"), field)
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
	case pv.Param.CollectionFormat == "multi":
		g.Id(name).Op(":=").Id("req").Dot("PostForm").Index(field)
	default:
		fk.parseInto(g, name, pv.Param, jen.Id("req").Dot("PostForm").Dot("Get").Call(field))
	}
}

// formFieldPresent is the condition under which an optional formData field was sent.
func formFieldPresent(pv *view.Param) jen.Code {
	t := pv.Param.Type
	if t.IsFile() || (t.Kind == ir.KindArray && t.Elem.IsFile()) {
		return jen.Id("req").Dot("MultipartForm").Op("!=").Nil().Op("&&").Len(jen.Id("req").Dot("MultipartForm").Dot("File").Index(jen.Lit(pv.Param.Name))).Op(">").Lit(0)
	}
	return jen.Id("req").Dot("PostForm").Dot("Has").Call(jen.Lit(pv.Param.Name))
}

// formDataFile declares the helpers that read multipart files, or returns nil when no
// operation has a formData file.
func (fk *fakeGen) formDataFile(groups []*view.Client) *jen.File {
	if !hasFormFiles(groups) {
		return nil
	}
	f := fk.file()
	rsc := jen.Qual("io", "ReadSeekCloser")
	f.Comment("formFiles returns the files sent in a multipart field, each read into memory.")
	f.Func().Id("formFiles").Params(jen.Id("req").Op("*").Qual("net/http", "Request"), jen.Id("name").String()).Params(jen.Index().Add(rsc), jen.Error()).Block(
		jen.If(jen.Id("req").Dot("MultipartForm").Op("==").Nil()).Block(jen.Return(jen.Nil(), jen.Nil())),
		jen.Var().Id("out").Index().Add(rsc),
		jen.For(jen.List(jen.Id("_"), jen.Id("fh")).Op(":=").Range().Id("req").Dot("MultipartForm").Dot("File").Index(jen.Id("name"))).Block(
			jen.List(jen.Id("file"), jen.Err()).Op(":=").Id("fh").Dot("Open").Call(),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			jen.List(jen.Id("data"), jen.Err()).Op(":=").Qual("io", "ReadAll").Call(jen.Id("file")),
			jen.Id("file").Dot("Close").Call(),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			jen.Id("out").Op("=").Append(jen.Id("out"), jen.Qual(gocode.StreamingPkg, "NopCloser").Call(jen.Qual("bytes", "NewReader").Call(jen.Id("data")))),
		),
		jen.Return(jen.Id("out"), jen.Nil()),
	)
	f.Line()
	f.Comment("formFile returns the first file sent in a multipart field, or nil.")
	f.Func().Id("formFile").Params(jen.Id("req").Op("*").Qual("net/http", "Request"), jen.Id("name").String()).Params(rsc, jen.Error()).Block(
		jen.List(jen.Id("files"), jen.Err()).Op(":=").Id("formFiles").Call(jen.Id("req"), jen.Id("name")),
		jen.If(jen.Err().Op("!=").Nil().Op("||").Len(jen.Id("files")).Op("==").Lit(0)).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Return(jen.Id("files").Index(jen.Lit(0)), jen.Nil()),
	)
	return f
}

// optionalBodyAddr is what an optional body field is set to from the decoded body: the
// interface value itself, else its address.
func optionalBodyAddr(t *ir.Type, body jen.Code) *jen.Statement {
	if gocode.IsInterfaceType(t) {
		return jen.Add(body)
	}
	return jen.Op("&").Add(body)
}
