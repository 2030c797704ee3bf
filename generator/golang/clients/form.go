package clients

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// optionalParamType is an optional parameter's options field type: the file interface (or
// slice) itself for formData files, where nil means absent, a pointer otherwise.
func optionalParamType(p *ir.Parameter) jen.Code {
	if gocode.IsFileParam(p) || gocode.OptionalByValue(p.Type) {
		return paramType(p.Type)
	}
	return jen.Op("*").Add(paramType(p.Type))
}

// isMultipart reports whether the form is sent as multipart/form-data: when the operation
// consumes it first, or when a field is a file; otherwise the form is
// application/x-www-form-urlencoded.
func isMultipart(v *view.Op) bool {
	if len(v.Op.Consumes) > 0 && v.Op.Consumes[0] == "multipart/form-data" {
		return true
	}
	for _, pv := range v.FormParams() {
		if pv.Param.Type.IsFile() || (pv.Param.Type.Kind == ir.KindArray && pv.Param.Type.Elem.IsFile()) {
			return true
		}
	}
	return false
}

// formBody writes the formData parameters as the request body and returns true; it
// returns false when the operation has none. Files are streamed as multipart parts named
// after the field; other values travel as their text form. An absent optional field is left
// out.
func formBody(g *jen.Group, v *view.Op) bool {
	params := v.FormParams()
	if len(params) == 0 {
		return false
	}
	multipart := isMultipart(v)
	if multipart {
		g.Id("formParts").Op(":=").Map(jen.String()).Any().Values()
	} else {
		g.Id("formValues").Op(":=").Qual("net/url", "Values").Values()
	}
	for _, pv := range params {
		set := func(val jen.Code) jen.Code {
			t := pv.Param.Type
			switch {
			case multipart && gocode.IsFileParam(pv.Param):
				return jen.Id("formParts").Index(jen.Lit(pv.Param.Name)).Op("=").Add(val)
			case multipart:
				return jen.Id("formParts").Index(jen.Lit(pv.Param.Name)).Op("=").Add(formatParamOf(pv.Param, val))
			case pv.Param.CollectionFormat == "multi":
				return jen.For(jen.List(jen.Id("_"), jen.Id("fv")).Op(":=").Range().Add(val)).Block(
					jen.Id("formValues").Dot("Add").Call(jen.Lit(pv.Param.Name), formatParam(t.Elem, jen.Id("fv"))),
				)
			}
			return jen.Id("formValues").Dot("Set").Call(jen.Lit(pv.Param.Name), formatParamOf(pv.Param, val))
		}
		if view.IsOptional(v, pv) {
			val := jen.Op("*").Id("options").Dot(pv.ID)
			if gocode.IsFileParam(pv.Param) || gocode.OptionalByValue(pv.Param.Type) {
				val = jen.Id("options").Dot(pv.ID)
			}
			g.If(jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot(pv.ID).Op("!=").Nil()).Block(set(val))
			continue
		}
		g.Add(set(paramValue(pv)))
	}
	if multipart {
		g.If(jen.Err().Op(":=").Qual(gocode.RuntimePkg, "SetMultipartFormData").Call(jen.Id("req"), jen.Id("formParts")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
	} else {
		g.If(jen.Err().Op(":=").Id("req").Dot("SetBody").Call(
			jen.Qual(gocode.StreamingPkg, "NopCloser").Call(jen.Qual("strings", "NewReader").Call(jen.Id("formValues").Dot("Encode").Call())),
			jen.Lit("application/x-www-form-urlencoded"),
		), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
	}
	g.Return(jen.Id("req"), jen.Nil())
	return true
}
