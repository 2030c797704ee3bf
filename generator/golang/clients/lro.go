package clients

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/dave/jennifer/jen"
)

// settleInitial writes the statement that prepares a long-running operation's first
// response for azcore's poller (see lroHelpers).
func settleInitial(v *view.Op) jen.Code {
	return jen.Id("resp").Op("=").Id("pollerResponse").Call(jen.Id("resp"))
}

// lroHelpers adds pollerResponse to the helper file when a group has a long-running
// operation.
func lroHelpers(f *jen.File, groups []*view.Client) {
	need := false
	for _, gv := range groups {
		for _, v := range gv.Ops {
			need = need || v.Op.IsLRO()
		}
	}
	if !need {
		return
	}
	f.Line()
	f.Comment("pollingHeaders are the response headers that point a poller at the operation's status.")
	f.Var().Id("pollingHeaders").Op("=").Index().String().Values(jen.Lit("Azure-AsyncOperation"), jen.Lit("Location"), jen.Lit("Operation-Location"))
	f.Line()
	f.Comment("pollerResponse prepares the first response of a long-running operation for azcore's poller,")
	f.Comment("which needs absolute polling URLs and polls whenever a polling header is present:")
	f.Comment("  - a relative polling header is resolved against the URL of the request (RFC 3986), as a")
	f.Comment("    service on a parameterized host may send one;")
	f.Comment("  - a PUT or PATCH answered 200 with a terminal provisioningState (Succeeded, Failed or")
	f.Comment("    Canceled) ended in that response, as ARM's rules say: its polling headers are dropped,")
	f.Comment("    so the poller neither polls nor fetches a final result.")
	f.Comment("  - a 202 (Accepted) with a polling header has not ended, whatever provisioningState its")
	f.Comment("    body states: the body is dropped so that the poller polls.")
	f.Comment("resp itself is not modified; a changed response is a copy with its own headers.")
	f.Func().Id("pollerResponse").Params(jen.Id("resp").Op("*").Qual("net/http", "Response")).Op("*").Qual("net/http", "Response").Block(
		jen.Id("out").Op(":=").Op("*").Id("resp"),
		jen.Id("out").Dot("Header").Op("=").Id("resp").Dot("Header").Dot("Clone").Call(),
		jen.Id("changed").Op(":=").False(),
		jen.If(jen.Id("resp").Dot("Request").Op("!=").Nil().Op("&&").Id("resp").Dot("Request").Dot("URL").Op("!=").Nil()).Block(
			jen.For(jen.List(jen.Id("_"), jen.Id("h")).Op(":=").Range().Id("pollingHeaders")).Block(
				jen.Id("v").Op(":=").Id("out").Dot("Header").Dot("Get").Call(jen.Id("h")),
				jen.List(jen.Id("u"), jen.Err()).Op(":=").Qual("net/url", "Parse").Call(jen.Id("v")),
				jen.If(jen.Id("v").Op("==").Lit("").Op("||").Err().Op("!=").Nil().Op("||").Id("u").Dot("IsAbs").Call()).Block(jen.Continue()),
				jen.Id("out").Dot("Header").Dot("Set").Call(jen.Id("h"), jen.Id("resp").Dot("Request").Dot("URL").Dot("ResolveReference").Call(jen.Id("u")).Dot("String").Call()),
				jen.Id("changed").Op("=").True(),
			),
		),
		jen.If(jen.Id("resp").Dot("StatusCode").Op("==").Qual("net/http", "StatusAccepted").Op("&&").Id("hasPollingHeader").Call(jen.Id("resp"))).Block(
			jen.Id("_").Op("=").Id("resp").Dot("Body").Dot("Close").Call(),
			jen.Id("out").Dot("Body").Op(",").Id("out").Dot("ContentLength").Op("=").Qual("net/http", "NoBody").Op(",").Lit(0),
			jen.Id("changed").Op("=").True(),
		),
		jen.If(jen.Id("settled").Call(jen.Id("resp"))).Block(
			jen.For(jen.List(jen.Id("_"), jen.Id("h")).Op(":=").Range().Id("pollingHeaders")).Block(
				jen.Id("out").Dot("Header").Dot("Del").Call(jen.Id("h")),
			),
			jen.Id("changed").Op("=").True(),
		),
		jen.If(jen.Op("!").Id("changed")).Block(jen.Return(jen.Id("resp"))),
		jen.Return(jen.Op("&").Id("out")),
	)
	f.Line()
	f.Comment("hasPollingHeader reports whether resp carries a polling header.")
	f.Func().Id("hasPollingHeader").Params(jen.Id("resp").Op("*").Qual("net/http", "Response")).Bool().Block(
		jen.For(jen.List(jen.Id("_"), jen.Id("h")).Op(":=").Range().Id("pollingHeaders")).Block(
			jen.If(jen.Id("resp").Dot("Header").Dot("Get").Call(jen.Id("h")).Op("!=").Lit("")).Block(jen.Return(jen.True())),
		),
		jen.Return(jen.False()),
	)
	f.Line()
	f.Comment("settled reports whether resp is a PUT or PATCH answered 200 whose body carries a terminal")
	f.Comment("provisioningState, at the top level or in properties.")
	state := jen.Struct(jen.Id("ProvisioningState").Op("*").String().Tag(map[string]string{"json": "provisioningState"}))
	f.Func().Id("settled").Params(jen.Id("resp").Op("*").Qual("net/http", "Response")).Bool().Block(
		jen.If(jen.Id("resp").Dot("StatusCode").Op("!=").Qual("net/http", "StatusOK").Op("||").Id("resp").Dot("Request").Op("==").Nil()).Block(jen.Return(jen.False())),
		jen.If(jen.Id("m").Op(":=").Id("resp").Dot("Request").Dot("Method"), jen.Id("m").Op("!=").Qual("net/http", "MethodPut").Op("&&").Id("m").Op("!=").Qual("net/http", "MethodPatch")).Block(jen.Return(jen.False())),
		jen.List(jen.Id("body"), jen.Err()).Op(":=").Qual(gocode.RuntimePkg, "Payload").Call(jen.Id("resp")),
		jen.If(jen.Err().Op("!=").Nil().Op("||").Len(jen.Id("body")).Op("==").Lit(0)).Block(jen.Return(jen.False())),
		jen.Var().Id("v").Struct(
			jen.Id("ProvisioningState").Op("*").String().Tag(map[string]string{"json": "provisioningState"}),
			jen.Id("Properties").Op("*").Add(state).Tag(map[string]string{"json": "properties"}),
		),
		jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("body"), jen.Op("&").Id("v")).Op("!=").Nil()).Block(jen.Return(jen.False())),
		jen.Id("s").Op(":=").Id("v").Dot("ProvisioningState"),
		jen.If(jen.Id("v").Dot("Properties").Op("!=").Nil().Op("&&").Id("v").Dot("Properties").Dot("ProvisioningState").Op("!=").Nil()).Block(
			jen.Id("s").Op("=").Id("v").Dot("Properties").Dot("ProvisioningState"),
		),
		jen.If(jen.Id("s").Op("==").Nil()).Block(jen.Return(jen.False())),
		jen.Switch(jen.Qual("strings", "ToLower").Call(jen.Op("*").Id("s"))).Block(
			jen.Case(jen.Lit("succeeded"), jen.Lit("failed"), jen.Lit("canceled")).Block(jen.Return(jen.True())),
		),
		jen.Return(jen.False()),
	)
}
