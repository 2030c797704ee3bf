package clients

import (
	"fmt"
	"net/url"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
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
		return jen.Qual(gocode.RuntimePkg, "FinalStateViaAzureAsyncOp"), nil
	case "location":
		return jen.Qual(gocode.RuntimePkg, "FinalStateViaLocation"), nil
	case "original-uri":
		return jen.Qual(gocode.RuntimePkg, "FinalStateViaOriginalURI"), nil
	case "operation-location":
		return jen.Qual(gocode.RuntimePkg, "FinalStateViaOpLocation"), nil
	}
	return nil, fmt.Errorf("final-state-via %q is not one of azure-async-operation, location, original-uri, operation-location", fsv)
}

// lroMethods writes BeginXxx, which starts the operation (or resumes it from a token) and
// returns a poller, and the unexported method that sends the first request.
func lroMethods(f *jen.File, pkg *ir.Package, v *view.Op) error {
	fsv, err := finalStateVia(v.Op.LongRunning.FinalStateVia)
	if err != nil {
		return fmt.Errorf("%s: %w", v.Op.Source, err)
	}
	methodDoc(f, pkg, v, "starts "+v.Op.ID+" and returns a poller for its result.")
	pollerOf := jen.Op("*").Qual(gocode.RuntimePkg, "Poller").Types(jen.Id(v.Response))
	f.Func().Params(jen.Id("client").Op("*").Id(v.Op.ClientName())).Id(v.Method).ParamsFunc(func(g *jen.Group) {
		g.Id("ctx").Qual("context", "Context")
		methodParams(g, v)
	}).Params(pollerOf, jen.Error()).Block(
		jen.If(jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot("ResumeToken").Op("!=").Lit("")).Block(
			jen.Return(jen.Qual(gocode.RuntimePkg, "NewPollerFromResumeToken").Call(
				jen.Id("options").Dot("ResumeToken"),
				jen.Id("client").Dot("internal").Dot("Pipeline").Call(),
				jen.Op("&").Qual(gocode.RuntimePkg, "NewPollerFromResumeTokenOptions").Types(jen.Id(v.Response)).Values(jen.Dict{
					jen.Id("Tracer"): jen.Id("client").Dot("internal").Dot("Tracer").Call(),
				}),
			)),
		),
		jen.List(jen.Id("resp"), jen.Err()).Op(":=").Id("client").Dot(v.Initial).CallFunc(func(g *jen.Group) { callArgs(g, v) }),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		settleInitial(v),
		jen.Return(jen.Qual(gocode.RuntimePkg, "NewPoller").Call(
			jen.Id("resp"),
			jen.Id("client").Dot("internal").Dot("Pipeline").Call(),
			jen.Op("&").Qual(gocode.RuntimePkg, "NewPollerOptions").Types(jen.Id(v.Response)).ValuesFunc(func(g *jen.Group) {
				if fsv != nil {
					g.Id("FinalStateVia").Op(":").Add(fsv)
				}
				g.Id("Tracer").Op(":").Id("client").Dot("internal").Dot("Tracer").Call()
			}),
		)),
	)
	f.Line()
	f.Comment(v.Initial + " sends the first request of " + v.Op.ID + ".")
	f.Func().Params(jen.Id("client").Op("*").Id(v.Op.ClientName())).Id(v.Initial).ParamsFunc(func(g *jen.Group) {
		g.Id("ctx").Qual("context", "Context")
		methodParams(g, v)
	}).Params(jen.Op("*").Qual("net/http", "Response"), jen.Error()).BlockFunc(func(g *jen.Group) {
		spanStart(g, v)
		g.List(jen.Id("req"), jen.Err()).Op(":=").Id("client").Dot(v.CreateRequest).CallFunc(func(g *jen.Group) { callArgs(g, v) })
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
		g.List(jen.Id("httpResp"), jen.Err()).Op(":=").Id("client").Dot("internal").Dot("Pipeline").Call().Dot("Do").Call(jen.Id("req"))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
		g.If(jen.Op("!").Qual(gocode.RuntimePkg, "HasStatusCode").Call(append([]jen.Code{jen.Id("httpResp")}, view.StatusCodes(v.Success)...)...)).Block(
			jen.Err().Op("=").Qual(gocode.RuntimePkg, "NewResponseError").Call(jen.Id("httpResp")),
			jen.Return(jen.Nil(), jen.Err()),
		)
		g.Return(jen.Id("httpResp"), jen.Nil())
	})
	f.Line()
	return nil
}

// pagerMethod writes NewXxxPager, which returns a pager over the operation's pages. With no
// next link the result is one page.
func pagerMethod(f *jen.File, pkg *ir.Package, v *view.Op) {
	if v.Next != nil {
		nextPagerMethod(f, pkg, v)
		return
	}
	methodDoc(f, pkg, v, "returns a pager over the pages of "+v.Op.ID+".")
	resp := jen.Id(v.Response)
	f.Func().Params(jen.Id("client").Op("*").Id(v.Op.ClientName())).Id(v.Method).ParamsFunc(func(g *jen.Group) {
		methodParams(g, v)
	}).Params(jen.Op("*").Qual(gocode.RuntimePkg, "Pager").Types(resp)).BlockFunc(func(g *jen.Group) {
		if v.NextLink != "" {
			g.Comment("pageURL is the URL of the request that returned the last page: a relative next link")
			g.Comment("is resolved against it.")
			g.Var().Id("pageURL").Op("*").Qual("net/url", "URL")
		}
		g.Return(jen.Qual(gocode.RuntimePkg, "NewPager").Call(jen.Qual(gocode.RuntimePkg, "PagingHandler").Types(jen.Id(v.Response)).Values(jen.Dict{
			jen.Id("More"): jen.Func().Params(jen.Id("page").Id(v.Response)).Bool().BlockFunc(func(g *jen.Group) {
				if v.NextLink == "" {
					g.Return(jen.False())
					return
				}
				g.Return(jen.Id("page").Dot(v.NextLink).Op("!=").Nil().Op("&&").Len(jen.Op("*").Id("page").Dot(v.NextLink)).Op(">").Lit(0))
			}),
			jen.Id("Fetcher"): jen.Func().Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("page").Op("*").Id(v.Response)).Params(jen.Id(v.Response), jen.Error()).BlockFunc(func(g *jen.Group) {
				g.Id("ctx").Op("=").Qual("context", "WithValue").Call(jen.Id("ctx"), jen.Qual(gocode.RuntimePkg, "CtxAPINameKey").Values(), jen.Lit(v.Op.ClientName()+"."+v.Method))
				g.Id("nextLink").Op(":=").Lit("")
				if v.NextLink != "" {
					link := jen.Id("resolveNextLink").Call(jen.Id("pageURL"), jen.Op("*").Id("page").Dot(v.NextLink))
					if av := apiVersion(v); av != "" {
						link = jen.Id("nextLinkWithAPIVersion").Call(link, jen.Lit(av))
					}
					g.If(jen.Id("page").Op("!=").Nil()).Block(jen.Id("nextLink").Op("=").Add(link))
				}
				var extra jen.Code = jen.Nil()
				if other := otherThan200(v.Success); len(other) > 0 {
					extra = jen.Op("&").Qual(gocode.RuntimePkg, "FetcherForNextLinkOptions").Values(jen.Dict{
						jen.Id("StatusCodes"): jen.Index().Int().Values(view.StatusCodes(other)...),
					})
				}
				g.List(jen.Id("resp"), jen.Err()).Op(":=").Qual(gocode.RuntimePkg, "FetcherForNextLink").Call(
					jen.Id("ctx"),
					jen.Id("client").Dot("internal").Dot("Pipeline").Call(),
					jen.Id("nextLink"),
					jen.Func().Params(jen.Id("ctx").Qual("context", "Context")).Params(jen.Op("*").Qual(gocode.PolicyPkg, "Request"), jen.Error()).Block(
						jen.Return(jen.Id("client").Dot(v.CreateRequest).CallFunc(func(g *jen.Group) { callArgs(g, v) })),
					),
					extra,
				)
				g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Id(v.Response).Values(), jen.Err()))
				if v.NextLink != "" {
					g.If(jen.Id("resp").Dot("Request").Op("!=").Nil()).Block(jen.Id("pageURL").Op("=").Id("resp").Dot("Request").Dot("URL"))
				}
				g.Return(jen.Id("client").Dot(v.HandleResponse).Call(jen.Id("resp")))
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
func createRequest(f *jen.File, v *view.Op) error {
	parts, err := v.PathParts()
	if err != nil {
		return err
	}
	f.Comment(v.CreateRequest + " creates the " + v.Op.ID + " request.")
	var bodyRef jen.Code
	f.Func().Params(jen.Id("client").Op("*").Id(v.Op.ClientName())).Id(v.CreateRequest).ParamsFunc(func(g *jen.Group) {
		g.Id("ctx").Qual("context", "Context")
		methodParams(g, v)
	}).Params(jen.Op("*").Qual(gocode.PolicyPkg, "Request"), jen.Error()).BlockFunc(func(g *jen.Group) {
		// Path parameters: checked, then escaped into the path.
		var checks []jen.Code
		var path []jen.Code
		text := "" // literal path text not yet added to path
		for _, p := range parts {
			if p.Param == nil {
				text += p.Text
				continue
			}
			if c := p.Param.Param.Constant; c != "" {
				if !p.Param.Param.SkipURLEncoding {
					c = url.PathEscape(c)
				}
				text += c // a constant needs no check
				continue
			}
			if text != "" {
				path, text = append(path, jen.Lit(text)), ""
			}
			val := formatParamOf(p.Param.Param, paramValue(p.Param))
			d := jen.Dict{jen.Id("name"): jen.Lit(p.Param.Param.Name), jen.Id("value"): val}
			if p.Param.Param.SkipURLEncoding {
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
		reqURL := jen.Qual(gocode.RuntimePkg, "JoinPaths").Call(host, jen.Id("urlPath"))
		if link := wholePathParam(parts); link != nil {
			// A path that is one unescaped parameter ("/{nextLink}", the next operation of a
			// pager): a next link is usually absolute, and is then the URL itself.
			g.Id("reqURL").Op(":=").Add(reqURL)
			g.If(jen.List(jen.Id("u"), jen.Err()).Op(":=").Qual("net/url", "Parse").Call(paramValue(link)), jen.Err().Op("==").Nil().Op("&&").Id("u").Dot("IsAbs").Call()).Block(
				jen.Id("reqURL").Op("=").Add(paramValue(link)),
			)
			reqURL = jen.Id("reqURL")
		}
		g.List(jen.Id("req"), jen.Err()).Op(":=").Qual(gocode.RuntimePkg, "NewRequest").Call(
			jen.Id("ctx"), jen.Qual("net/http", httpMethodConst(v.Op.Method)), reqURL,
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
		if v.GroupBody != nil {
			groupBodyRequest(g, v)
		}
		if v.Body == nil {
			g.Return(jen.Id("req"), jen.Nil())
			return
		}
		if rawBody(g, v) {
			return
		}
		name := jen.Lit(v.Body.Param.Name)
		check := jen.Id("options").Op("!=").Nil().Op("&&").Id("options").Dot("ValidateBody")
		if v.Body.Param.Required {
			bodyRef = jen.Id(v.Body.ID)
			g.If(check).Block(
				jen.If(jen.Err().Op(":=").Id("validateBody").Call(name, bodyToValidate(v.Body.Param.Type, bodyRef, false)), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			)
			g.If(jen.Err().Op(":=").Add(marshalBody(v, bodyRef)), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
			g.Return(jen.Id("req"), jen.Nil())
			return
		}
		opt := jen.Id("options").Dot(v.Body.ID)
		g.If(jen.Id("options").Op("!=").Nil().Op("&&").Add(opt).Op("!=").Nil()).Block(
			jen.If(jen.Id("options").Dot("ValidateBody")).Block(
				jen.If(jen.Err().Op(":=").Id("validateBody").Call(name, bodyToValidate(v.Body.Param.Type, jen.Id("options").Dot(v.Body.ID), !gocode.IsInterfaceType(v.Body.Param.Type))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			),
			jen.If(jen.Err().Op(":=").Add(marshalBody(v, optionalBodyRef(v.Body.Param.Type, jen.Id("options").Dot(v.Body.ID)))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		)
		g.Return(jen.Id("req"), jen.Nil())
	})
	f.Line()
	return nil
}

// wholePathParam returns the parameter of a path template that is "/" and one string
// parameter sent unescaped (x-ms-skip-url-encoding), such as "/{nextLink}", or nil.
func wholePathParam(parts []view.PathPart) *view.Param {
	if len(parts) != 2 || parts[0].Param != nil || parts[0].Text != "/" {
		return nil
	}
	pv := parts[1].Param
	if pv == nil || !pv.Param.SkipURLEncoding || pv.Param.Constant != "" || !gocode.IsString(pv.Param.Type) {
		return nil
	}
	return pv
}

// queryParams sets api-version and the other query parameters.
func queryParams(g *jen.Group, v *view.Op) {
	var query []*view.Param
	for _, list := range [][]*view.Param{v.ClientParams, v.Args, v.Grouped, v.Optional} {
		for _, pv := range list {
			if pv.Param.In == ir.InQuery {
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
		raw = raw || pv.Param.SkipURLEncoding
	}
	if raw {
		g.Id("unencodedParams").Op(":=").Index().String().Values()
	}
	for _, pv := range query {
		set := func(val jen.Code) jen.Code {
			if pv.Param.CollectionFormat == "multi" {
				return multiQuery(pv.Param, val)
			}
			if pv.Param.SkipURLEncoding {
				return jen.Id("unencodedParams").Op("=").Append(jen.Id("unencodedParams"), jen.Lit(pv.Param.Name+"=").Op("+").Add(formatParamOf(pv.Param, val)))
			}
			return jen.Id("reqQP").Dot("Set").Call(jen.Lit(pv.Param.Name), formatParamOf(pv.Param, val))
		}
		if view.IsOptional(v, pv) {
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
func headerParams(g *jen.Group, v *view.Op) {
	for _, list := range [][]*view.Param{v.ClientParams, v.Args, v.Grouped, v.Optional} {
		for _, pv := range list {
			if pv.Param.In != ir.InHeader {
				continue
			}
			set := func(val jen.Code) jen.Code {
				return jen.Id("req").Dot("Raw").Call().Dot("Header").Index(jen.Lit(pv.Param.Name)).Op("=").Index().String().Values(formatParamOf(pv.Param, val))
			}
			if view.IsOptional(v, pv) {
				g.If(optionalPresent(pv)).Block(
					set(optionalValue(pv)),
				)
				continue
			}
			g.Add(set(paramValue(pv)))
		}
	}
}

// paramValue is the expression holding a required parameter's value.
func paramValue(pv *view.Param) jen.Code {
	switch {
	case pv.Param.Constant != "":
		return jen.Lit(pv.Param.Constant)
	case pv.Param.Client:
		return jen.Id("client").Dot(pv.ID)
	case pv.GroupArg != nil:
		return jen.Id(pv.GroupArg.ID).Dot(pv.ID)
	}
	return jen.Id(pv.ID)
}

// formatParamOf converts parameter p's value to its string form on the wire: an array of
// strings is joined by the separator of its collectionFormat.
func formatParamOf(p *ir.Parameter, val jen.Code) jen.Code {
	if p.Constant != "" {
		return val // paramValue already spelled the constant in its wire form
	}
	if t := p.Type; t.Kind == ir.KindArray && t.Elem.Kind == ir.KindArray {
		// An array of arrays: each item joined by the items' collectionFormat, then the items.
		return joinItems(jen.Index().String(), val, view.CollectionSep(p.CollectionFormat), func(item jen.Code) jen.Code {
			return joinScalars(t.Elem.Elem, item, view.CollectionSep(p.ItemsCollectionFormat))
		})
	}
	if t := p.Type; t.Kind == ir.KindArray && (t.Elem.Kind == ir.KindPrimitive || t.Elem.Kind == ir.KindEnum) {
		return joinScalars(t.Elem, val, view.CollectionSep(p.CollectionFormat))
	}
	return formatParam(p.Type, val)
}

// joinScalars joins val, a slice of elem (a primitive or an enum), by sep, each item in its
// string form.
func joinScalars(elem *ir.Type, val jen.Code, sep string) jen.Code {
	if elem.Kind == ir.KindPrimitive && elem.Primitive == ir.String {
		return jen.Qual("strings", "Join").Call(val, jen.Lit(sep))
	}
	// Numbers and booleans: each item in its string form, then joined.
	return joinItems(jen.Index().String(), val, sep, func(item jen.Code) jen.Code { return formatParam(elem, item) })
}

// joinItems is a call of a function literal that formats each item of val with format
// and joins the results by sep.
func joinItems(items *jen.Statement, val jen.Code, sep string, format func(jen.Code) jen.Code) jen.Code {
	return jen.Func().Params().String().Block(
		jen.Id("items").Op(":=").Make(items, jen.Lit(0), jen.Len(val)),
		jen.For(jen.List(jen.Id("_"), jen.Id("item")).Op(":=").Range().Add(val)).Block(
			jen.Id("items").Op("=").Append(jen.Id("items"), format(jen.Id("item"))),
		),
		jen.Return(jen.Qual("strings", "Join").Call(jen.Id("items"), jen.Lit(sep))),
	).Call()
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
	case ir.UnixTime:
		return jen.Qual("strconv", "FormatInt").Call(jen.Parens(val).Dot("Unix").Call(), jen.Lit(10))
	case ir.Bytes:
		return jen.Qual(gocode.RuntimePkg, "EncodeByteArray").Call(val, jen.Qual(gocode.RuntimePkg, "Base64StdFormat"))
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

// bodyToValidate is the argument a client passes to validateBody for a request body ref
// of type t (ptr: ref is a pointer to it, as an optional body in the options is): a
// pointer to the value, whose methods include Validate, or, for a polymorphic model, the
// interface value itself, whose dynamic type has them.
func bodyToValidate(t *ir.Type, ref jen.Code, ptr bool) jen.Code {
	switch {
	case t.Polymorphic() && ptr:
		return jen.Op("*").Add(ref)
	case t.Polymorphic(), ptr:
		return ref
	}
	return jen.Op("&").Add(ref)
}
