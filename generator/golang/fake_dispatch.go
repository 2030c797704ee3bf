package golang

import (
	"net/http"

	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// dispatch writes the function that serves one client method from the server's function:
// it parses the request back into the method's parameters, calls the function, and turns
// its responder into the HTTP response (the next one, for pollers and pagers).
func (fk *fakeGen) dispatch(f *jen.File, tr string, v *opView) error {
	parts, err := v.pathParts()
	if err != nil {
		return err
	}
	name := "dispatch" + v.method
	field := jen.Id("t").Dot("srv").Dot(v.method)
	notImplemented := jen.If(field.Clone().Op("==").Nil()).Block(
		jen.Return(jen.Nil(), jen.Op("&").Id("nonRetriableError").Values(jen.Qual("errors", "New").Call(jen.Lit("fake for method "+v.method+" not implemented")))),
	)
	f.Comment(name + " serves " + v.op.ClientName() + "." + v.method + ".")
	f.Func().Params(jen.Id("t").Op("*").Id(tr)).Id(name).Params(jen.Id("req").Op("*").Qual("net/http", "Request")).Params(jen.Op("*").Qual("net/http", "Response"), jen.Error()).BlockFunc(func(g *jen.Group) {
		g.Add(notImplemented)
		switch {
		case v.op.IsLRO() || v.op.IsPager():
			tracker := jen.Id("t").Dot(lowerFirst(v.method))
			g.Id("responder").Op(":=").Add(tracker.Clone()).Dot("get").Call(jen.Id("req"))
			g.If(jen.Id("responder").Op("==").Nil()).BlockFunc(func(g *jen.Group) {
				fk.parseRequest(g, v, parts)
				if v.op.IsPager() {
					g.Id("resp").Op(":=").Add(field.Clone()).CallFunc(func(g *jen.Group) { fk.callArgs(g, v, false) })
					g.Id("responder").Op("=").Op("&").Id("resp")
				} else {
					g.List(jen.Id("resp"), jen.Id("errResp")).Op(":=").Add(field.Clone()).CallFunc(func(g *jen.Group) { fk.callArgs(g, v, true) })
					g.If(jen.Err().Op(":=").Qual(serverPkg, "GetError").Call(jen.Id("errResp"), jen.Id("req")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
					g.Id("responder").Op("=").Op("&").Id("resp")
				}
				g.Add(tracker.Clone()).Dot("add").Call(jen.Id("req"), jen.Id("responder"))
				if v.op.IsPager() && v.nextLink != "" {
					g.Qual(serverPkg, "PagerResponderInjectNextLinks").Call(jen.Id("responder"), jen.Id("req"), jen.Func().Params(
						jen.Id("page").Op("*").Add(fk.q(v.response)), jen.Id("createLink").Func().Params().String(),
					).Block(
						jen.Id("page").Dot(v.nextLink).Op("=").Qual(toPkg, "Ptr").Call(jen.Id("createLink").Call()),
					))
				}
			})
			next, more := "PollerResponderNext", "PollerResponderMore"
			if v.op.IsPager() {
				next, more = "PagerResponderNext", "PagerResponderMore"
			}
			g.List(jen.Id("resp"), jen.Err()).Op(":=").Qual(serverPkg, next).Call(jen.Id("responder"), jen.Id("req"))
			g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
			g.If(jen.Op("!").Id("contains").Call(jen.Index().Int().Values(statusCodes(v.success)...), jen.Id("resp").Dot("StatusCode"))).Block(
				tracker.Clone().Dot("remove").Call(jen.Id("req")),
				jen.Return(jen.Nil(), jen.Op("&").Id("nonRetriableError").Values(jen.Qual("fmt", "Errorf").Call(jen.Lit("unexpected status code %d. acceptable values are "+statusList(v.success)), jen.Id("resp").Dot("StatusCode")))),
			)
			g.If(jen.Op("!").Qual(serverPkg, more).Call(jen.Id("responder"))).Block(tracker.Clone().Dot("remove").Call(jen.Id("req")))
			g.Return(jen.Id("resp"), jen.Nil())
		default:
			fk.parseRequest(g, v, parts)
			g.List(jen.Id("respr"), jen.Id("errRespr")).Op(":=").Add(field.Clone()).CallFunc(func(g *jen.Group) { fk.callArgs(g, v, true) })
			g.If(jen.Err().Op(":=").Qual(serverPkg, "GetError").Call(jen.Id("errRespr"), jen.Id("req")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
			g.Id("respContent").Op(":=").Qual(serverPkg, "GetResponseContent").Call(jen.Id("respr"))
			g.If(jen.Op("!").Id("contains").Call(jen.Index().Int().Values(statusCodes(v.success)...), jen.Id("respContent").Dot("HTTPStatus"))).Block(
				jen.Return(jen.Nil(), jen.Op("&").Id("nonRetriableError").Values(jen.Qual("fmt", "Errorf").Call(jen.Lit("unexpected status code %d. acceptable values are "+statusList(v.success)), jen.Id("respContent").Dot("HTTPStatus")))),
			)
			if v.result != nil && hasStatus(v.success, http.StatusNoContent) {
				// A 204 carries no body, whatever schema the spec gives it.
				g.If(jen.Id("respContent").Dot("HTTPStatus").Op("==").Qual("net/http", "StatusNoContent")).Block(
					jen.Return(jen.Qual(serverPkg, "NewResponse").Call(jen.Id("respContent"), jen.Id("req"), jen.Nil())),
				)
			}
			if fk.rawResponse(g, v) {
				return
			}
			if v.result != nil {
				g.Return(fk.fakeResponseEncode(v))
			} else {
				g.Return(jen.Qual(serverPkg, "NewResponse").Call(jen.Id("respContent"), jen.Id("req"), jen.Nil()))
			}
		}
	})
	f.Line()
	return nil
}

// callArgs passes the parsed parameters to a server function.
func (fk *fakeGen) callArgs(g *jen.Group, v *opView, withCtx bool) {
	if withCtx {
		g.Id("req").Dot("Context").Call()
	}
	for _, pv := range v.args {
		g.Id(pv.id + "Param")
	}
	for _, ga := range v.groups {
		g.Id(ga.id + "Param")
	}
	if v.body != nil && v.body.p.Required {
		g.Id("body")
	}
	g.Id("options")
}

// parseRequest declares the method's parameters from the request: path parameters from the
// escaped path, query and header parameters, the JSON body, and the options.
func (fk *fakeGen) parseRequest(g *jen.Group, v *opView, parts []pathPart) {
	hasPath := false
	for _, p := range parts {
		if p.param != nil {
			hasPath = true
		}
	}
	if hasPath {
		g.Id("matches").Op(":=").Qual("regexp", "MustCompile").Call(jen.Lit(pathRegexp(parts))).Dot("FindStringSubmatch").Call(
			jen.Qual(serverPkg, "SanitizePagerPollerPath").Call(jen.Id("req").Dot("URL").Dot("EscapedPath").Call()))
		g.If(jen.Id("matches").Op("==").Nil()).Block(
			jen.Return(jen.Nil(), jen.Op("&").Id("nonRetriableError").Values(jen.Qual("fmt", "Errorf").Call(jen.Lit("failed to parse path %s"), jen.Id("req").Dot("URL").Dot("Path")))),
		)
	}
	needQuery := false
	for _, list := range [][]*paramView{v.args, v.optional} {
		for _, pv := range list {
			if pv.p.In == ir.InQuery {
				needQuery = true
			}
		}
	}
	if needQuery {
		g.Id("qp").Op(":=").Id("req").Dot("URL").Dot("Query").Call()
	}
	fk.parseForm(g, v)
	group := 0
	index := map[*paramView]int{}
	for _, p := range parts {
		if p.param != nil {
			group++
			index[p.param] = group
		}
	}
	for _, pv := range v.args {
		var raw jen.Code
		switch pv.p.In {
		case ir.InPath:
			m := jen.Id("matches").Index(jen.Lit(index[pv]))
			if pv.p.SkipURLEncoding {
				raw = m
				break
			}
			target := pv.id + "Unescaped"
			if isString(pv.p.Type) {
				target = pv.id + "Param"
			}
			g.List(jen.Id(target), jen.Err()).Op(":=").Qual("net/url", "PathUnescape").Call(m)
			g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
			if isString(pv.p.Type) {
				continue
			}
			raw = jen.Id(target)
		case ir.InFormData:
			fk.formValue(g, pv.id+"Param", pv)
			continue
		case ir.InQuery:
			if pv.p.CollectionFormat == "multi" {
				fk.multiInto(g, pv.id+"Param", pv.p)
				continue
			}
			raw = jen.Id("qp").Dot("Get").Call(jen.Lit(pv.p.Name))
		case ir.InHost:
			// A host parameter filled part of the URL's scheme and host, which a template
			// cannot be undone from: the fake receives the empty string.
			raw = jen.Lit("")
		default:
			raw = headerValue(pv.p.Name)
		}
		fk.parseInto(g, pv.id+"Param", pv.p, raw)
	}
	fk.fakeGroupParams(g, v, index)
	if v.body != nil && v.body.p.Required && !fk.readRawBody(g, v, true, nil) {
		g.List(jen.Id("body"), jen.Err()).Op(":=").Add(fk.fakeBodyDecode(v, v.body.p.Type))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
	}
	g.Var().Id("options").Op("*").Add(fk.q(v.options))
	ensure := jen.If(jen.Id("options").Op("==").Nil()).Block(jen.Id("options").Op("=").Op("&").Add(fk.q(v.options)).Values())
	for _, pv := range v.optional {
		if pv.p.In == ir.InFormData {
			g.If(formFieldPresent(pv)).BlockFunc(func(g *jen.Group) {
				fk.formValue(g, "v", pv)
				g.Add(ensure)
				if isFileParam(pv.p) {
					g.Id("options").Dot(pv.id).Op("=").Id("v")
				} else {
					g.Id("options").Dot(pv.id).Op("=").Op("&").Id("v")
				}
			})
			continue
		}
		var present, raw jen.Code
		if pv.p.In == ir.InQuery {
			present = jen.Id("qp").Dot("Has").Call(jen.Lit(pv.p.Name))
			raw = jen.Id("qp").Dot("Get").Call(jen.Lit(pv.p.Name))
		} else {
			present = headerValue(pv.p.Name).Op("!=").Lit("")
			raw = headerValue(pv.p.Name)
		}
		g.If(present).BlockFunc(func(g *jen.Group) {
			if pv.p.CollectionFormat == "multi" {
				fk.multiInto(g, "v", pv.p)
			} else {
				fk.parseInto(g, "v", pv.p, raw)
			}
			g.Add(ensure)
			g.Id("options").Dot(pv.id).Op("=").Op("&").Id("v")
		})
	}
	if v.body != nil && !v.body.p.Required && !fk.readRawBody(g, v, false, ensure) {
		g.If(jen.Id("req").Dot("Body").Op("!=").Nil().Op("&&").Id("req").Dot("ContentLength").Op("!=").Lit(0)).Block(
			jen.List(jen.Id("body"), jen.Err()).Op(":=").Add(fk.fakeBodyDecode(v, v.body.p.Type)),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			ensure,
			jen.Id("options").Dot(v.body.id).Op("=").Add(optionalBodyAddr(v.body.p.Type, jen.Id("body"))),
		)
	}
}

// parseInto declares name as the value of parameter p parsed from the string expression
// raw, returning the error of a failed parse. An array is split by the separator of its
// collectionFormat.
func (fk *fakeGen) parseInto(g *jen.Group, name string, p *ir.Parameter, raw jen.Code) {
	t := p.Type
	decl := jen.Id(name).Op(":=")
	conv := func(fn jen.Code) {
		g.List(jen.Id(name+"Parsed"), jen.Err()).Op(":=").Add(fn)
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
	}
	switch t.Kind {
	case ir.KindEnum:
		if t.Enum.Base == ir.String {
			g.Add(decl).Add(fk.q(t.Enum.Name)).Parens(raw)
			return
		}
		conv(parsePrimitive(t.Enum.Base, raw))
		g.Add(decl).Add(fk.q(t.Enum.Name)).Parens(jen.Id(name + "Parsed"))
		return
	case ir.KindArray:
		split := jen.Qual("strings", "Split").Call(raw, jen.Lit(collectionSep(p.CollectionFormat)))
		if isString(t.Elem) || t.Elem.Kind != ir.KindPrimitive {
			g.Add(decl).Add(split)
			return
		}
		fk.parseItems(g, name, t.Elem, split)
		return
	case ir.KindPrimitive:
		if t.Primitive == ir.String || t.Primitive == ir.Any {
			g.Add(decl).Add(raw)
			return
		}
		g.List(jen.Id(name), jen.Err()).Op(":=").Add(parsePrimitive(t.Primitive, raw))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
		return
	}
	g.Add(decl).Add(raw)
}

// multiInto declares name as the value of a "multi" query parameter p, one item per
// repetition of its key in the query qp.
func (fk *fakeGen) multiInto(g *jen.Group, name string, p *ir.Parameter) {
	items := jen.Id("qp").Index(jen.Lit(p.Name))
	if isString(p.Type.Elem) || p.Type.Elem.Kind != ir.KindPrimitive {
		g.Id(name).Op(":=").Add(items)
		return
	}
	fk.parseItems(g, name, p.Type.Elem, items)
}

// parseItems declares name as a slice of elem parsed item by item from the []string
// expression items, returning the error of a failed parse.
func (fk *fakeGen) parseItems(g *jen.Group, name string, elem *ir.Type, items jen.Code) {
	g.Id(name).Op(":=").Index().Add(fk.typeOf(elem)).Values()
	g.For(jen.List(jen.Id("_"), jen.Id("item")).Op(":=").Range().Add(items)).Block(
		jen.List(jen.Id("parsed"), jen.Err()).Op(":=").Add(parsePrimitive(elem.Primitive, jen.Id("item"))),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Id(name).Op("=").Append(jen.Id(name), jen.Id("parsed")),
	)
}

// isString reports whether t is a plain string.
func isString(t *ir.Type) bool { return t.Kind == ir.KindPrimitive && t.Primitive == ir.String }

// parsePrimitive is a call returning (value, error) for a primitive's string form.
func parsePrimitive(p ir.Primitive, raw jen.Code) jen.Code {
	switch p {
	case ir.Bool:
		return jen.Qual("strconv", "ParseBool").Call(raw)
	case ir.Int32:
		return jen.Id("parseInt32").Call(raw)
	case ir.Int64:
		return jen.Qual("strconv", "ParseInt").Call(raw, jen.Lit(10), jen.Lit(64))
	case ir.Float32:
		return jen.Id("parseFloat32").Call(raw)
	case ir.Float64:
		return jen.Qual("strconv", "ParseFloat").Call(raw, jen.Lit(64))
	case ir.DateTime:
		return jen.Qual("time", "Parse").Call(jen.Qual("time", "RFC3339Nano"), raw)
	case ir.Bytes:
		return jen.Qual("encoding/base64", "StdEncoding").Dot("DecodeString").Call(raw)
	}
	return jen.Qual("strconv", "Unquote").Call(jen.Qual("strconv", "Quote").Call(raw))
}

// parseHelpers declares the parsers of 32-bit numbers the dispatchers call.
func parseHelpers(f *jen.File) {
	f.Comment("parseInt32 parses a decimal int32.")
	f.Func().Id("parseInt32").Params(jen.Id("s").String()).Params(jen.Int32(), jen.Error()).Block(
		jen.List(jen.Id("v"), jen.Err()).Op(":=").Qual("strconv", "ParseInt").Call(jen.Id("s"), jen.Lit(10), jen.Lit(32)),
		jen.Return(jen.Int32().Parens(jen.Id("v")), jen.Err()),
	)
	f.Line()
	f.Comment("parseFloat32 parses a float32.")
	f.Func().Id("parseFloat32").Params(jen.Id("s").String()).Params(jen.Float32(), jen.Error()).Block(
		jen.List(jen.Id("v"), jen.Err()).Op(":=").Qual("strconv", "ParseFloat").Call(jen.Id("s"), jen.Lit(32)),
		jen.Return(jen.Float32().Parens(jen.Id("v")), jen.Err()),
	)
}

// headerValue reads request header name in a fake server. The clients set headers under
// their wire names as the spec spells them, and the fake transport hands that map over as
// it is, so a name that is not in canonical form ("value", "x-ms-enum") is looked up as
// spelled (by the fake package's headerValue) rather than with Header.Get, which would
// only find the canonical key.
func headerValue(name string) *jen.Statement {
	if http.CanonicalHeaderKey(name) == name {
		return jen.Id("req").Dot("Header").Dot("Get").Call(jen.Lit(name))
	}
	return jen.Id("headerValue").Call(jen.Id("req").Dot("Header"), jen.Lit(name))
}

// needsHeaderValue reports whether a fake server of pkg reads a header whose name is not
// in canonical form, which needs the fake package's headerValue.
func needsHeaderValue(pkg *ir.Package) bool {
	for _, g := range pkg.Groups {
		for _, op := range g.Operations {
			for _, p := range op.Params {
				if p.In == ir.InHeader && !p.Client && http.CanonicalHeaderKey(p.Name) != p.Name {
					return true
				}
			}
		}
	}
	return false
}

// hasStatus reports whether code is one of codes.
func hasStatus(codes []int, code int) bool {
	for _, c := range codes {
		if c == code {
			return true
		}
	}
	return false
}
