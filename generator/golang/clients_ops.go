package golang

import (
	"fmt"
	"net/url"

	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// finalStateVia maps x-ms-long-running-operation-options final-state-via to azcore's
// constant, or nil for the method's default.
func finalStateVia(fsv string) (jen.Code, error) {
	switch fsv {
	case "":
		return nil, nil
	case "azure-async-operation":
		return jen.Qual(runtimePkg, "FinalStateViaAzureAsyncOp"), nil
	case "location":
		return jen.Qual(runtimePkg, "FinalStateViaLocation"), nil
	case "original-uri":
		return jen.Qual(runtimePkg, "FinalStateViaOriginalURI"), nil
	case "operation-location":
		return jen.Qual(runtimePkg, "FinalStateViaOpLocation"), nil
	}
	return nil, fmt.Errorf("final-state-via %q is not one of azure-async-operation, location, original-uri, operation-location", fsv)
}

// lroMethods writes BeginXxx, which starts the operation (or resumes it from a token) and
// returns a poller, and the unexported method that sends the first request.
func lroMethods(f *jen.File, pkg *ir.Package, v *opView) error {
	fsv, err := finalStateVia(v.op.LongRunning.FinalStateVia)
	if err != nil {
		return fmt.Errorf("%s: %w", v.op.Source, err)
	}
	methodDoc(f, pkg, v, "starts "+v.op.ID+" and returns a poller for its result.")
	pollerOf := jen.Op("*").Qual(runtimePkg, "Poller").Types(jen.Id(v.response))
	f.Func().Params(jen.Id("client").Op("*").Id(v.op.ClientName())).Id(v.method).ParamsFunc(func(g *jen.Group) {
		g.Id("ctx").Qual("context", "Context")
		methodParams(g, v)
	}).Params(pollerOf, jen.Error()).Block(
		jen.If(jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot("ResumeToken").Op("!=").Lit("")).Block(
			jen.Return(jen.Qual(runtimePkg, "NewPollerFromResumeToken").Call(
				jen.Id("options").Dot("ResumeToken"),
				jen.Id("client").Dot("internal").Dot("Pipeline").Call(),
				jen.Op("&").Qual(runtimePkg, "NewPollerFromResumeTokenOptions").Types(jen.Id(v.response)).Values(jen.Dict{
					jen.Id("Tracer"): jen.Id("client").Dot("internal").Dot("Tracer").Call(),
				}),
			)),
		),
		jen.List(jen.Id("resp"), jen.Err()).Op(":=").Id("client").Dot(v.initial).CallFunc(func(g *jen.Group) { callArgs(g, v) }),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		settleInitial(v),
		jen.Return(jen.Qual(runtimePkg, "NewPoller").Call(
			jen.Id("resp"),
			jen.Id("client").Dot("internal").Dot("Pipeline").Call(),
			jen.Op("&").Qual(runtimePkg, "NewPollerOptions").Types(jen.Id(v.response)).ValuesFunc(func(g *jen.Group) {
				if fsv != nil {
					g.Id("FinalStateVia").Op(":").Add(fsv)
				}
				g.Id("Tracer").Op(":").Id("client").Dot("internal").Dot("Tracer").Call()
			}),
		)),
	)
	f.Line()
	f.Comment(v.initial + " sends the first request of " + v.op.ID + ".")
	f.Func().Params(jen.Id("client").Op("*").Id(v.op.ClientName())).Id(v.initial).ParamsFunc(func(g *jen.Group) {
		g.Id("ctx").Qual("context", "Context")
		methodParams(g, v)
	}).Params(jen.Op("*").Qual("net/http", "Response"), jen.Error()).BlockFunc(func(g *jen.Group) {
		spanStart(g, v)
		g.List(jen.Id("req"), jen.Err()).Op(":=").Id("client").Dot(v.createRequest).CallFunc(func(g *jen.Group) { callArgs(g, v) })
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
		g.List(jen.Id("httpResp"), jen.Err()).Op(":=").Id("client").Dot("internal").Dot("Pipeline").Call().Dot("Do").Call(jen.Id("req"))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
		g.If(jen.Op("!").Qual(runtimePkg, "HasStatusCode").Call(append([]jen.Code{jen.Id("httpResp")}, statusCodes(v.success)...)...)).Block(
			jen.Err().Op("=").Qual(runtimePkg, "NewResponseError").Call(jen.Id("httpResp")),
			jen.Return(jen.Nil(), jen.Err()),
		)
		g.Return(jen.Id("httpResp"), jen.Nil())
	})
	f.Line()
	return nil
}

// pagerMethod writes NewXxxPager, which returns a pager over the operation's pages. With no
// next link the result is one page.
func pagerMethod(f *jen.File, pkg *ir.Package, v *opView) {
	if v.next != nil {
		nextPagerMethod(f, pkg, v)
		return
	}
	methodDoc(f, pkg, v, "returns a pager over the pages of "+v.op.ID+".")
	resp := jen.Id(v.response)
	f.Func().Params(jen.Id("client").Op("*").Id(v.op.ClientName())).Id(v.method).ParamsFunc(func(g *jen.Group) {
		methodParams(g, v)
	}).Params(jen.Op("*").Qual(runtimePkg, "Pager").Types(resp)).BlockFunc(func(g *jen.Group) {
		if v.nextLink != "" {
			g.Comment("pageURL is the URL of the request that returned the last page: a relative next link")
			g.Comment("is resolved against it.")
			g.Var().Id("pageURL").Op("*").Qual("net/url", "URL")
		}
		g.Return(jen.Qual(runtimePkg, "NewPager").Call(jen.Qual(runtimePkg, "PagingHandler").Types(jen.Id(v.response)).Values(jen.Dict{
			jen.Id("More"): jen.Func().Params(jen.Id("page").Id(v.response)).Bool().BlockFunc(func(g *jen.Group) {
				if v.nextLink == "" {
					g.Return(jen.False())
					return
				}
				g.Return(jen.Id("page").Dot(v.nextLink).Op("!=").Nil().Op("&&").Len(jen.Op("*").Id("page").Dot(v.nextLink)).Op(">").Lit(0))
			}),
			jen.Id("Fetcher"): jen.Func().Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("page").Op("*").Id(v.response)).Params(jen.Id(v.response), jen.Error()).BlockFunc(func(g *jen.Group) {
				g.Id("ctx").Op("=").Qual("context", "WithValue").Call(jen.Id("ctx"), jen.Qual(runtimePkg, "CtxAPINameKey").Values(), jen.Lit(v.op.ClientName()+"."+v.method))
				g.Id("nextLink").Op(":=").Lit("")
				if v.nextLink != "" {
					link := jen.Id("resolveNextLink").Call(jen.Id("pageURL"), jen.Op("*").Id("page").Dot(v.nextLink))
					if av := v.apiVersion(); av != "" {
						link = jen.Id("nextLinkWithAPIVersion").Call(link, jen.Lit(av))
					}
					g.If(jen.Id("page").Op("!=").Nil()).Block(jen.Id("nextLink").Op("=").Add(link))
				}
				var extra jen.Code = jen.Nil()
				if other := otherThan200(v.success); len(other) > 0 {
					extra = jen.Op("&").Qual(runtimePkg, "FetcherForNextLinkOptions").Values(jen.Dict{
						jen.Id("StatusCodes"): jen.Index().Int().Values(statusCodes(other)...),
					})
				}
				g.List(jen.Id("resp"), jen.Err()).Op(":=").Qual(runtimePkg, "FetcherForNextLink").Call(
					jen.Id("ctx"),
					jen.Id("client").Dot("internal").Dot("Pipeline").Call(),
					jen.Id("nextLink"),
					jen.Func().Params(jen.Id("ctx").Qual("context", "Context")).Params(jen.Op("*").Qual(policyPkg, "Request"), jen.Error()).Block(
						jen.Return(jen.Id("client").Dot(v.createRequest).CallFunc(func(g *jen.Group) { callArgs(g, v) })),
					),
					extra,
				)
				g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Id(v.response).Values(), jen.Err()))
				if v.nextLink != "" {
					g.If(jen.Id("resp").Dot("Request").Op("!=").Nil()).Block(jen.Id("pageURL").Op("=").Id("resp").Dot("Request").Dot("URL"))
				}
				g.Return(jen.Id("client").Dot(v.handleResponse).Call(jen.Id("resp")))
			}),
			jen.Id("Tracer"): jen.Id("client").Dot("internal").Dot("Tracer").Call(),
		})))
	})
	f.Line()
}

func otherThan200(codes []int) []int {
	var out []int
	for _, c := range codes {
		if c != 200 {
			out = append(out, c)
		}
	}
	return out
}

// createRequest writes the request builder: path parameters checked and escaped, the
// api-version and other query parameters, headers, and the validated JSON body.
func createRequest(f *jen.File, v *opView) error {
	parts, err := v.pathParts()
	if err != nil {
		return err
	}
	f.Comment(v.createRequest + " creates the " + v.op.ID + " request.")
	var bodyRef jen.Code
	f.Func().Params(jen.Id("client").Op("*").Id(v.op.ClientName())).Id(v.createRequest).ParamsFunc(func(g *jen.Group) {
		g.Id("ctx").Qual("context", "Context")
		methodParams(g, v)
	}).Params(jen.Op("*").Qual(policyPkg, "Request"), jen.Error()).BlockFunc(func(g *jen.Group) {
		// Path parameters: checked, then escaped into the path.
		var checks []jen.Code
		var path []jen.Code
		text := "" // literal path text not yet added to path
		for _, p := range parts {
			if p.param == nil {
				text += p.text
				continue
			}
			if c := p.param.p.Constant; c != "" {
				if !p.param.p.SkipURLEncoding {
					c = url.PathEscape(c)
				}
				text += c // a constant needs no check
				continue
			}
			if text != "" {
				path, text = append(path, jen.Lit(text)), ""
			}
			val := formatParamOf(p.param.p, paramValue(p.param))
			d := jen.Dict{jen.Id("name"): jen.Lit(p.param.p.Name), jen.Id("value"): val}
			if p.param.p.SkipURLEncoding {
				d[jen.Id("raw")] = jen.True()
				path = append(path, val)
			} else {
				path = append(path, jen.Qual("net/url", "PathEscape").Call(val))
			}
			checks = append(checks, jen.Line().Id("clientPathParam").Values(d))
		}
		if text != "" {
			path = append(path, jen.Lit(text))
		}
		if len(checks) > 0 {
			checks = append(checks, jen.Line())
			g.If(jen.Err().Op(":=").Id("checkClientPathParams").Call(checks...), jen.Err().Op("!=").Nil()).Block(
				jen.Return(jen.Nil(), jen.Err()),
			)
		}
		g.Id("urlPath").Op(":=").Add(joinPlus(path))
		host := endpoint(g, v)
		reqURL := jen.Qual(runtimePkg, "JoinPaths").Call(host, jen.Id("urlPath"))
		if link := wholePathParam(parts); link != nil {
			// A path that is one unescaped parameter ("/{nextLink}", the next operation of a
			// pager): a next link is usually absolute, and is then the URL itself.
			g.Id("reqURL").Op(":=").Add(reqURL)
			g.If(jen.List(jen.Id("u"), jen.Err()).Op(":=").Qual("net/url", "Parse").Call(paramValue(link)), jen.Err().Op("==").Nil().Op("&&").Id("u").Dot("IsAbs").Call()).Block(
				jen.Id("reqURL").Op("=").Add(paramValue(link)),
			)
			reqURL = jen.Id("reqURL")
		}
		g.List(jen.Id("req"), jen.Err()).Op(":=").Qual(runtimePkg, "NewRequest").Call(
			jen.Id("ctx"), jen.Qual("net/http", httpMethodConst(v.op.Method)), reqURL,
		)
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
		queryParams(g, v)
		fixedQuery(g, v)
		headerParams(g, v)
		g.Id("req").Dot("Raw").Call().Dot("Header").Index(jen.Lit("Accept")).Op("=").Index().String().Values(jen.Lit(acceptValue(v)))
		skipBodyDownload(g, v)
		if formBody(g, v) {
			return
		}
		if v.groupBody != nil {
			groupBodyRequest(g, v)
		}
		if v.body == nil {
			g.Return(jen.Id("req"), jen.Nil())
			return
		}
		if rawBody(g, v) {
			return
		}
		name := jen.Lit(v.body.p.Name)
		skip := jen.Id("options").Op("==").Nil().Op("||").Op("!").Id("options").Dot("SkipValidation")
		if v.body.p.Required {
			bodyRef = jen.Id(v.body.id)
			g.If(skip).Block(
				jen.If(jen.Err().Op(":=").Id("validateBody").Call(name, bodyToValidate(v.body.p.Type, bodyRef, false)), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			)
			g.If(jen.Err().Op(":=").Add(marshalBody(v, bodyRef)), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
			g.Return(jen.Id("req"), jen.Nil())
			return
		}
		opt := jen.Id("options").Dot(v.body.id)
		g.If(jen.Id("options").Op("!=").Nil().Op("&&").Add(opt).Op("!=").Nil()).Block(
			jen.If(jen.Op("!").Id("options").Dot("SkipValidation")).Block(
				jen.If(jen.Err().Op(":=").Id("validateBody").Call(name, bodyToValidate(v.body.p.Type, jen.Id("options").Dot(v.body.id), !isInterfaceType(v.body.p.Type))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			),
			jen.If(jen.Err().Op(":=").Add(marshalBody(v, optionalBodyRef(v.body.p.Type, jen.Id("options").Dot(v.body.id)))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		)
		g.Return(jen.Id("req"), jen.Nil())
	})
	f.Line()
	return nil
}

// wholePathParam returns the parameter of a path template that is "/" and one string
// parameter sent unescaped (x-ms-skip-url-encoding), such as "/{nextLink}", or nil.
func wholePathParam(parts []pathPart) *paramView {
	if len(parts) != 2 || parts[0].param != nil || parts[0].text != "/" {
		return nil
	}
	pv := parts[1].param
	if pv == nil || !pv.p.SkipURLEncoding || pv.p.Constant != "" || !isString(pv.p.Type) {
		return nil
	}
	return pv
}

// queryParams sets api-version and the other query parameters.
func queryParams(g *jen.Group, v *opView) {
	var query []*paramView
	for _, list := range [][]*paramView{v.client, v.args, v.grouped, v.optional} {
		for _, pv := range list {
			if pv.p.In == ir.InQuery {
				query = append(query, pv)
			}
		}
	}
	if len(query) == 0 {
		return
	}
	g.Id("reqQP").Op(":=").Id("req").Dot("Raw").Call().Dot("URL").Dot("Query").Call()
	// x-ms-skip-url-encoding query parameters are appended to the encoded query as they are.
	raw := false
	for _, pv := range query {
		raw = raw || pv.p.SkipURLEncoding
	}
	if raw {
		g.Id("unencodedParams").Op(":=").Index().String().Values()
	}
	for _, pv := range query {
		set := func(val jen.Code) jen.Code {
			if pv.p.CollectionFormat == "multi" {
				return multiQuery(pv.p, val)
			}
			if pv.p.SkipURLEncoding {
				return jen.Id("unencodedParams").Op("=").Append(jen.Id("unencodedParams"), jen.Lit(pv.p.Name+"=").Op("+").Add(formatParamOf(pv.p, val)))
			}
			return jen.Id("reqQP").Dot("Set").Call(jen.Lit(pv.p.Name), formatParamOf(pv.p, val))
		}
		if isOptional(v, pv) {
			g.If(optionalPresent(pv)).Block(
				set(optionalValue(pv)),
			)
			continue
		}
		g.Add(set(paramValue(pv)))
	}
	if raw {
		g.Id("req").Dot("Raw").Call().Dot("URL").Dot("RawQuery").Op("=").Qual("strings", "TrimPrefix").Call(
			jen.Qual("strings", "Join").Call(jen.Append(jen.Index().String().Values(jen.Id("reqQP").Dot("Encode").Call()), jen.Id("unencodedParams").Op("...")), jen.Lit("&")), jen.Lit("&"))
		return
	}
	g.Id("req").Dot("Raw").Call().Dot("URL").Dot("RawQuery").Op("=").Id("reqQP").Dot("Encode").Call()
}

// headerParams sets the header parameters.
func headerParams(g *jen.Group, v *opView) {
	for _, list := range [][]*paramView{v.client, v.args, v.grouped, v.optional} {
		for _, pv := range list {
			if pv.p.In != ir.InHeader {
				continue
			}
			set := func(val jen.Code) jen.Code {
				return jen.Id("req").Dot("Raw").Call().Dot("Header").Index(jen.Lit(pv.p.Name)).Op("=").Index().String().Values(formatParamOf(pv.p, val))
			}
			if isOptional(v, pv) {
				g.If(optionalPresent(pv)).Block(
					set(optionalValue(pv)),
				)
				continue
			}
			g.Add(set(paramValue(pv)))
		}
	}
}

func isOptional(v *opView, pv *paramView) bool {
	if pv.grp != nil {
		return !memberByValue(pv.p)
	}
	for _, o := range v.optional {
		if o == pv {
			return true
		}
	}
	return false
}

// paramValue is the expression holding a required parameter's value.
func paramValue(pv *paramView) jen.Code {
	switch {
	case pv.p.Constant != "":
		return jen.Lit(pv.p.Constant)
	case pv.p.Client:
		return jen.Id("client").Dot(pv.id)
	case pv.grp != nil:
		return jen.Id(pv.grp.id).Dot(pv.id)
	}
	return jen.Id(pv.id)
}

// formatParamOf converts parameter p's value to its string form on the wire: an array of
// strings is joined by the separator of its collectionFormat.
func formatParamOf(p *ir.Parameter, val jen.Code) jen.Code {
	if p.Constant != "" {
		return val // paramValue already spelled the constant in its wire form
	}
	if t := p.Type; t.Kind == ir.KindArray && t.Elem.Kind == ir.KindPrimitive {
		sep := collectionSep(p.CollectionFormat)
		if t.Elem.Primitive == ir.String {
			return jen.Qual("strings", "Join").Call(val, jen.Lit(sep))
		}
		// Numbers and booleans: each item in its string form, then joined.
		return jen.Func().Params().String().Block(
			jen.Id("items").Op(":=").Make(jen.Index().String(), jen.Lit(0), jen.Len(val)),
			jen.For(jen.List(jen.Id("_"), jen.Id("item")).Op(":=").Range().Add(val)).Block(
				jen.Id("items").Op("=").Append(jen.Id("items"), formatParam(t.Elem, jen.Id("item"))),
			),
			jen.Return(jen.Qual("strings", "Join").Call(jen.Id("items"), jen.Lit(sep))),
		).Call()
	}
	return formatParam(p.Type, val)
}

// collectionSep is the separator of an array parameter's collectionFormat (csv when empty).
func collectionSep(format string) string {
	if sep := map[string]string{"ssv": " ", "tsv": "\t", "pipes": "|"}[format]; sep != "" {
		return sep
	}
	return ","
}

// formatParam converts a parameter value to its string form on the wire.
func formatParam(t *ir.Type, val jen.Code) jen.Code {
	switch t.Kind {
	case ir.KindEnum:
		if t.Enum.Base == ir.String {
			return jen.String().Parens(val)
		}
		return jen.Qual("fmt", "Sprint").Call(val)
	case ir.KindArray:
		if t.Elem.Kind == ir.KindPrimitive && t.Elem.Primitive == ir.String {
			return jen.Qual("strings", "Join").Call(val, jen.Lit(","))
		}
		return jen.Qual("strings", "Trim").Call(jen.Qual("fmt", "Sprint").Call(val), jen.Lit("[]"))
	case ir.KindPrimitive:
	default:
		return jen.Qual("fmt", "Sprint").Call(val)
	}
	switch t.Primitive {
	case ir.String:
		return val
	case ir.Bool:
		return jen.Qual("strconv", "FormatBool").Call(val)
	case ir.Int32:
		return jen.Qual("strconv", "FormatInt").Call(jen.Int64().Parens(val), jen.Lit(10))
	case ir.Int64:
		return jen.Qual("strconv", "FormatInt").Call(val, jen.Lit(10))
	case ir.Float32:
		return jen.Qual("strconv", "FormatFloat").Call(jen.Float64().Parens(val), jen.LitRune('f'), jen.Lit(-1), jen.Lit(32))
	case ir.Float64:
		return jen.Qual("strconv", "FormatFloat").Call(val, jen.LitRune('f'), jen.Lit(-1), jen.Lit(64))
	case ir.DateTime:
		return jen.Parens(val).Dot("Format").Call(jen.Qual("time", "RFC3339Nano"))
	case ir.Bytes:
		return jen.Qual(runtimePkg, "EncodeByteArray").Call(val, jen.Qual(runtimePkg, "Base64StdFormat"))
	}
	return jen.Qual("fmt", "Sprint").Call(val)
}

// joinPlus concatenates expressions with +.
func joinPlus(parts []jen.Code) jen.Code {
	s := jen.Null()
	for i, p := range parts {
		if i > 0 {
			s.Op("+")
		}
		s.Add(p)
	}
	return s
}

// httpMethodConst is net/http's constant for an HTTP method.
func httpMethodConst(m string) string {
	switch m {
	case "GET":
		return "MethodGet"
	case "PUT":
		return "MethodPut"
	case "POST":
		return "MethodPost"
	case "PATCH":
		return "MethodPatch"
	case "DELETE":
		return "MethodDelete"
	case "HEAD":
		return "MethodHead"
	case "OPTIONS":
		return "MethodOptions"
	}
	return "MethodGet"
}
