package golang

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// isFileParam reports whether p is a formData file or array of files.
func isFileParam(p *ir.Parameter) bool {
	return p.Type.IsFile() || (p.Type.Kind == ir.KindArray && p.Type.Elem.IsFile())
}

// optionalParamType is an optional parameter's options field type: the file interface (or
// slice) itself for formData files, where nil means absent, a pointer otherwise.
func optionalParamType(p *ir.Parameter) jen.Code {
	if isFileParam(p) {
		return paramType(p.Type)
	}
	return jen.Op("*").Add(paramType(p.Type))
}

// formParams are the operation's formData parameters (constants and client fields, arguments,
// then options), in order.
func (v *opView) formParams() []*paramView {
	var out []*paramView
	for _, list := range [][]*paramView{v.client, v.args, v.optional} {
		for _, pv := range list {
			if pv.p.In == ir.InFormData {
				out = append(out, pv)
			}
		}
	}
	return out
}

// isMultipart reports whether the form is sent as multipart/form-data: when the operation
// consumes it first, or when a field is a file; otherwise the form is
// application/x-www-form-urlencoded.
func (v *opView) isMultipart() bool {
	if len(v.op.Consumes) > 0 && v.op.Consumes[0] == "multipart/form-data" {
		return true
	}
	for _, pv := range v.formParams() {
		if pv.p.Type.IsFile() || (pv.p.Type.Kind == ir.KindArray && pv.p.Type.Elem.IsFile()) {
			return true
		}
	}
	return false
}

// formBody writes the formData parameters as the request body and returns true; it
// returns false when the operation has none. Files are streamed as multipart parts named
// after the field; other values travel as their text form. An absent optional field is left
// out.
func formBody(g *jen.Group, v *opView) bool {
	params := v.formParams()
	if len(params) == 0 {
		return false
	}
	multipart := v.isMultipart()
	if multipart {
		g.Id("formParts").Op(":=").Map(jen.String()).Any().Values()
	} else {
		g.Id("formValues").Op(":=").Qual("net/url", "Values").Values()
	}
	for _, pv := range params {
		set := func(val jen.Code) jen.Code {
			t := pv.p.Type
			switch {
			case multipart && isFileParam(pv.p):
				return jen.Id("formParts").Index(jen.Lit(pv.p.Name)).Op("=").Add(val)
			case multipart:
				return jen.Id("formParts").Index(jen.Lit(pv.p.Name)).Op("=").Add(formatParamOf(pv.p, val))
			case pv.p.CollectionFormat == "multi":
				return jen.For(jen.List(jen.Id("_"), jen.Id("fv")).Op(":=").Range().Add(val)).Block(
					jen.Id("formValues").Dot("Add").Call(jen.Lit(pv.p.Name), formatParam(t.Elem, jen.Id("fv"))),
				)
			}
			return jen.Id("formValues").Dot("Set").Call(jen.Lit(pv.p.Name), formatParamOf(pv.p, val))
		}
		if isOptional(v, pv) {
			val := jen.Op("*").Id("options").Dot(pv.id)
			if isFileParam(pv.p) {
				val = jen.Id("options").Dot(pv.id)
			}
			g.If(jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot(pv.id).Op("!=").Nil()).Block(set(val))
			continue
		}
		g.Add(set(paramValue(pv)))
	}
	if multipart {
		g.If(jen.Err().Op(":=").Qual(runtimePkg, "SetMultipartFormData").Call(jen.Id("req"), jen.Id("formParts")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
	} else {
		g.If(jen.Err().Op(":=").Id("req").Dot("SetBody").Call(
			jen.Qual(streamingPkg, "NopCloser").Call(jen.Qual("strings", "NewReader").Call(jen.Id("formValues").Dot("Encode").Call())),
			jen.Lit("application/x-www-form-urlencoded"),
		), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
	}
	g.Return(jen.Id("req"), jen.Nil())
	return true
}
