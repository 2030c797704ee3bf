package clients

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// optionsFile declares each method's options struct: the optional parameters, ResumeToken
// for long-running operations and ValidateBody for operations with a body.
func optionsFile(pkg *ir.Package, groups []*view.Client) *jen.File {
	f := gocode.NewFile(pkg)
	for _, gv := range groups {
		for _, v := range gv.Ops {
			f.Comment(v.Options + " holds the optional arguments of " + v.Op.ClientName() + "." + v.Method + ".")
			f.Type().Id(v.Options).StructFunc(func(g *jen.Group) {
				first := true
				sep := func() {
					if !first {
						g.Line()
					}
					first = false
				}
				for _, pv := range v.Optional {
					sep()
					doc := gocode.DocFor(pv.ID, pv.Param.Doc, "the "+pv.Param.Name+" "+string(pv.Param.In)+" parameter.")
					gocode.Comment(g, doc...)
					g.Id(pv.ID).Add(optionalParamType(pv.Param))
				}
				if v.Body != nil && !v.Body.Param.Required {
					sep()
					gocode.Comment(g, gocode.DocFor(v.Body.ID, v.Body.Param.Doc, "the request body.")...)
					g.Id(v.Body.ID).Add(optionalBodyType(v.Body.Param))
				}
				if hasContentTypeOption(v) {
					sep()
					contentTypeOption(g, v)
				}
				if (v.Body != nil && v.BodyFormat() == ir.BodyJSON) || v.GroupBody != nil {
					sep()
					gocode.Comment(g, "ValidateBody, when true, calls the request body's Validate method first and returns its", "error instead of sending a body the service would reject.")
					g.Id("ValidateBody").Bool()
				}
				if v.Op.IsLRO() {
					sep()
					gocode.Comment(g, "ResumeToken resumes the long-running operation from a poller's ResumeToken(); the other", "parameters of the call are then ignored.")
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
// embedded, so its fields are the response's; a polymorphic result's interface is embedded
// too; any other result is a field named as the Azure SDK names it (view.Op.ResultField:
// Value, a pointer for a scalar or an enum, or StringArray for a []*string).
func responsesFile(pkg *ir.Package, groups []*view.Client) *jen.File {
	f := gocode.NewFile(pkg)
	for _, gv := range groups {
		for _, v := range gv.Ops {
			what := "method " + v.Op.ClientName() + "." + v.Method
			if v.Op.IsLRO() {
				what = "the poller of " + what
			} else if v.Op.IsPager() {
				what = "one page of " + what
			}
			f.Comment(v.Response + " is what " + what + " returns.")
			embedded := v.ResultEmbedded() && !v.Result.Model.Polymorphic()
			field := v.ResultField()
			f.Type().Id(v.Response).StructFunc(func(g *jen.Group) {
				if v.HeadAsBool {
					gocode.Comment(g, "Success is true when the service answered 2xx and false when it answered 404 (not found).")
					g.Id("Success").Bool()
					if v.Result != nil {
						g.Line()
					}
				}
				switch {
				case v.Result == nil && v.HeadAsBool:
				case v.Result == nil:
					g.Comment("the operation returns no body")
				case v.StreamsResult():
					streamResultField(g)
				case embedded:
					gocode.Comment(g, gocode.DocFor(v.Result.Model.Name, v.Result.Model.Doc, "the response body.")...)
					g.Id(v.Result.Model.Name)
				case v.Result.Polymorphic():
					gocode.Comment(g, field+" is the response body, one of the types that implement it.")
					g.Id(field)
				default:
					gocode.Comment(g, field+" is the response body.")
					g.Id(field).Add(gocode.ElemOf(v.Result, ""))
				}
				headerFields(g, v)
			})
			f.Line()
			if v.Result != nil && !embedded && !v.StreamsResult() {
				f.Comment("MarshalJSON encodes the response body, " + field + ".")
				f.Func().Params(jen.Id("r").Id(v.Response)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
					jen.Return(jen.Qual("encoding/json", "Marshal").Call(responseValue(v.Result, field))),
				)
				f.Line()
				f.Comment("UnmarshalJSON decodes the response body into " + field + ".")
				f.Func().Params(jen.Id("r").Op("*").Id(v.Response)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
					jen.Return(gocode.UnmarshalValuePtr(v.Result, jen.Id("data"), jen.Id("r").Dot(field), v.ResultPtr())),
				)
				f.Line()
			}
		}
	}
	return f
}

// responseValue is the result field r.<field> as encoding/json is to write it: a unixtime
// (Value *time.Time) as a *serde.UnixSeconds, seconds since the epoch (nil: null).
func responseValue(t *ir.Type, field string) jen.Code {
	if t.Kind == ir.KindPrimitive && t.Primitive == ir.UnixTime {
		return jen.Parens(jen.Op("*").Qual(gocode.SerdePkg, "UnixSeconds")).Call(jen.Id("r").Dot(field))
	}
	return jen.Id("r").Dot(field)
}
