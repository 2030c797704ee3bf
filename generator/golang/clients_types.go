package golang

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// optionsFile declares each method's options struct: the optional parameters, ResumeToken
// for long-running operations and SkipValidation for operations with a body.
func optionsFile(pkg *ir.Package, groups []*groupView) *jen.File {
	f := newFile(pkg)
	for _, gv := range groups {
		for _, v := range gv.ops {
			f.Comment(v.options + " holds the optional arguments of " + v.op.ClientName() + "." + v.method + ".")
			f.Type().Id(v.options).StructFunc(func(g *jen.Group) {
				first := true
				sep := func() {
					if !first {
						g.Line()
					}
					first = false
				}
				for _, pv := range v.optional {
					sep()
					doc := docFor(pv.id, pv.p.Doc, "the "+pv.p.Name+" "+string(pv.p.In)+" parameter.")
					comment(g, doc...)
					g.Id(pv.id).Add(optionalParamType(pv.p))
				}
				if v.body != nil && !v.body.p.Required {
					sep()
					comment(g, docFor(v.body.id, v.body.p.Doc, "the request body.")...)
					g.Id(v.body.id).Add(optionalBodyType(v.body.p))
				}
				if v.hasContentTypeOption() {
					sep()
					contentTypeOption(g, v)
				}
				if (v.body != nil && v.bodyFormat() == ir.BodyJSON) || v.groupBody != nil {
					sep()
					comment(g, "SkipValidation, when true, sends the request body without calling its Validate method first.")
					g.Id("SkipValidation").Bool()
				}
				if v.op.IsLRO() {
					sep()
					comment(g, "ResumeToken resumes the long-running operation from a poller's ResumeToken(); the other", "parameters of the call are then ignored.")
					g.Id("ResumeToken").String()
				}
				if first {
					g.Comment("no optional arguments in this API version")
				}
			})
			f.Line()
		}
	}
	return f
}

// responsesFile declares each method's response type. A result that is an object model is
// embedded, so its fields are the response's; any other result is the Value field.
func responsesFile(pkg *ir.Package, groups []*groupView) *jen.File {
	f := newFile(pkg)
	for _, gv := range groups {
		for _, v := range gv.ops {
			what := "method " + v.op.ClientName() + "." + v.method
			if v.op.IsLRO() {
				what = "the poller of " + what
			} else if v.op.IsPager() {
				what = "one page of " + what
			}
			f.Comment(v.response + " is what " + what + " returns.")
			embedded := v.result != nil && v.result.Kind == ir.KindModel && !isMapModel(v.result.Model) && !v.result.Model.Polymorphic()
			f.Type().Id(v.response).StructFunc(func(g *jen.Group) {
				if v.headAsBool {
					comment(g, "Success is true when the service answered 2xx and false when it answered 404 (not found).")
					g.Id("Success").Bool()
					if v.result != nil {
						g.Line()
					}
				}
				switch {
				case v.result == nil && v.headAsBool:
				case v.result == nil:
					g.Comment("the operation returns no body")
				case v.streamsResult():
					streamResultField(g)
				case embedded:
					comment(g, docFor(v.result.Model.Name, v.result.Model.Doc, "the response body.")...)
					g.Id(v.result.Model.Name)
				default:
					comment(g, "Value is the response body.")
					g.Id("Value").Add(elemType(v.result))
				}
				headerFields(g, v)
			})
			f.Line()
			if v.result != nil && !embedded && !v.streamsResult() {
				f.Comment("MarshalJSON encodes the response body, Value.")
				f.Func().Params(jen.Id("r").Id(v.response)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
					jen.Return(jen.Qual("encoding/json", "Marshal").Call(jen.Id("r").Dot("Value"))),
				)
				f.Line()
				f.Comment("UnmarshalJSON decodes the response body into Value.")
				f.Func().Params(jen.Id("r").Op("*").Id(v.response)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
					jen.Return(UnmarshalValue(v.result, jen.Id("data"), jen.Id("r").Dot("Value"))),
				)
				f.Line()
			}
		}
	}
	return f
}
