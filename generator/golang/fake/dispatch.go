package fake

import (
	"net/http"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// dispatch writes the function that serves one client method from the server's function:
// it parses the request back into the method's parameters, calls the function, and turns
// its responder into the HTTP response (the next one, for pollers and pagers).
func (fk *fakeGen) dispatch(f *jen.File, tr string, v *view.Op) error {
	parts, err := v.PathParts()
	if err != nil {
		return err
	}
	name := "dispatch" + v.Method
	field := jen.Id("t").Dot("srv").Dot(v.Method)
	notImplemented := jen.If(field.Clone().Op("==").Nil()).Block(
		jen.Return(jen.Nil(), jen.Op("&").Id("nonRetriableError").Values(jen.Qual("errors", "New").Call(jen.Lit("fake for method "+v.Method+" not implemented")))),
	)
	f.Comment(name + " serves " + v.Op.ClientName() + "." + v.Method + ".")
	f.Func().Params(jen.Id("t").Op("*").Id(tr)).Id(name).Params(jen.Id("req").Op("*").Qual("net/http", "Request")).Params(jen.Op("*").Qual("net/http", "Response"), jen.Error()).BlockFunc(func(g *jen.Group) {
		g.Add(notImplemented)
		switch {
		case v.Op.IsLRO() || v.Op.IsPager():
			tracker := jen.Id("t").Dot(view.LowerFirst(v.Method))
			g.Id("responder").Op(":=").Add(tracker.Clone()).Dot("get").Call(jen.Id("req"))
			g.If(jen.Id("responder").Op("==").Nil()).BlockFunc(func(g *jen.Group) {
				fk.parseRequest(g, v, parts)
				if v.Op.IsPager() {
					g.Id("resp").Op(":=").Add(field.Clone()).CallFunc(func(g *jen.Group) { fk.callArgs(g, v, false) })
					g.Id("responder").Op("=").Op("&").Id("resp")
				} else {
					g.List(jen.Id("resp"), jen.Id("errResp")).Op(":=").Add(field.Clone()).CallFunc(func(g *jen.Group) { fk.callArgs(g, v, true) })
					g.If(jen.Err().Op(":=").Qual(gocode.ServerPkg, "GetError").Call(jen.Id("errResp"), jen.Id("req")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
					g.Id("responder").Op("=").Op("&").Id("resp")
				}
				g.Add(tracker.Clone()).Dot("add").Call(jen.Id("req"), jen.Id("responder"))
				if v.Op.IsPager() && v.NextLink != "" {
					g.Qual(gocode.ServerPkg, "PagerResponderInjectNextLinks").Call(jen.Id("responder"), jen.Id("req"), jen.Func().Params(
						jen.Id("page").Op("*").Add(fk.q(v.Response)), jen.Id("createLink").Func().Params().String(),
					).Block(
						jen.Id("page").Dot(v.NextLink).Op("=").Qual(gocode.ToPkg, "Ptr").Call(jen.Id("createLink").Call()),
					))
				}
			})
			next, more := "PollerResponderNext", "PollerResponderMore"
			if v.Op.IsPager() {
				next, more = "PagerResponderNext", "PagerResponderMore"
			}
			g.List(jen.Id("resp"), jen.Err()).Op(":=").Qual(gocode.ServerPkg, next).Call(jen.Id("responder"), jen.Id("req"))
			g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
			g.If(jen.Op("!").Id("contains").Call(jen.Index().Int().Values(view.StatusCodes(v.Success)...), jen.Id("resp").Dot("StatusCode"))).Block(
				tracker.Clone().Dot("remove").Call(jen.Id("req")),
				jen.Return(jen.Nil(), jen.Op("&").Id("nonRetriableError").Values(jen.Qual("fmt", "Errorf").Call(jen.Lit("unexpected status code %d. acceptable values are "+statusList(v.Success)), jen.Id("resp").Dot("StatusCode")))),
			)
			g.If(jen.Op("!").Qual(gocode.ServerPkg, more).Call(jen.Id("responder"))).Block(tracker.Clone().Dot("remove").Call(jen.Id("req")))
			g.Return(jen.Id("resp"), jen.Nil())
		default:
			fk.parseRequest(g, v, parts)
			g.List(jen.Id("respr"), jen.Id("errRespr")).Op(":=").Add(field.Clone()).CallFunc(func(g *jen.Group) { fk.callArgs(g, v, true) })
			g.If(jen.Err().Op(":=").Qual(gocode.ServerPkg, "GetError").Call(jen.Id("errRespr"), jen.Id("req")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
			g.Id("respContent").Op(":=").Qual(gocode.ServerPkg, "GetResponseContent").Call(jen.Id("respr"))
			g.If(jen.Op("!").Id("contains").Call(jen.Index().Int().Values(view.StatusCodes(v.Success)...), jen.Id("respContent").Dot("HTTPStatus"))).Block(
				jen.Return(jen.Nil(), jen.Op("&").Id("nonRetriableError").Values(jen.Qual("fmt", "Errorf").Call(jen.Lit("unexpected status code %d. acceptable values are "+statusList(v.Success)), jen.Id("respContent").Dot("HTTPStatus")))),
			)
			if v.Result != nil && hasStatus(v.Success, http.StatusNoContent) {
				// A 204 carries no body, whatever schema the spec gives it.
				g.If(jen.Id("respContent").Dot("HTTPStatus").Op("==").Qual("net/http", "StatusNoContent")).Block(
					jen.Return(jen.Qual(gocode.ServerPkg, "NewResponse").Call(jen.Id("respContent"), jen.Id("req"), jen.Nil())),
				)
			}
			if fk.rawResponse(g, v) {
				return
			}
			if v.Result != nil {
				g.Return(fk.fakeResponseEncode(v))
			} else {
				g.Return(jen.Qual(gocode.ServerPkg, "NewResponse").Call(jen.Id("respContent"), jen.Id("req"), jen.Nil()))
			}
		}
	})
	f.Line()
	return nil
}

// callArgs passes the parsed parameters to a server function.
func (fk *fakeGen) callArgs(g *jen.Group, v *view.Op, withCtx bool) {
	if withCtx {
		g.Id("req").Dot("Context").Call()
	}
	for _, pv := range v.Args {
		g.Id(pv.ID + "Param")
	}
	for _, ga := range v.Groups {
		g.Id(ga.ID + "Param")
	}
	if v.Body != nil && v.Body.Param.Required {
		g.Id("body")
	}
	g.Id("options")
}

// parseRequest declares the method's parameters from the request: path parameters from the
// escaped path, query and header parameters, the JSON body, and the options.
func (fk *fakeGen) parseRequest(g *jen.Group, v *view.Op, parts []view.PathPart) {
	hasPath := false
	for _, p := range parts {
		if p.Param != nil {
			hasPath = true
		}
	}
	if hasPath {
		g.Id("matches").Op(":=").Qual("regexp", "MustCompile").Call(jen.Lit(pathRegexp(parts, v.HostTemplate))).Dot("FindStringSubmatch").Call(
			jen.Qual(gocode.ServerPkg, "SanitizePagerPollerPath").Call(jen.Id("req").Dot("URL").Dot("EscapedPath").Call()))
		g.If(jen.Id("matches").Op("==").Nil()).Block(
			jen.Return(jen.Nil(), jen.Op("&").Id("nonRetriableError").Values(jen.Qual("fmt", "Errorf").Call(jen.Lit("failed to parse path %s"), jen.Id("req").Dot("URL").Dot("Path")))),
		)
	}
	needQuery := false
	for _, list := range [][]*view.Param{v.Args, v.Optional} {
		for _, pv := range list {
			if pv.Param.In == ir.InQuery {
				needQuery = true
			}
		}
	}
	if needQuery {
		g.Id("qp").Op(":=").Id("req").Dot("URL").Dot("Query").Call()
	}
	fk.parseForm(g, v)
	group := 0
	index := map[*view.Param]int{}
	for _, p := range parts {
		if p.Param != nil {
			group++
			index[p.Param] = group
		}
	}
	for _, pv := range v.Args {
		var raw jen.Code
		switch pv.Param.In {
		case ir.InPath:
			m := jen.Id("matches").Index(jen.Lit(index[pv]))
			if pv.Param.SkipURLEncoding {
				raw = m
				break
			}
			target := pv.ID + "Unescaped"
			if gocode.IsString(pv.Param.Type) {
				target = pv.ID + "Param"
			}
			g.List(jen.Id(target), jen.Err()).Op(":=").Qual("net/url", "PathUnescape").Call(m)
			g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
			if gocode.IsString(pv.Param.Type) {
				continue
			}
			raw = jen.Id(target)
		case ir.InFormData:
			fk.formValue(g, pv.ID+"Param", pv)
			continue
		case ir.InQuery:
			if pv.Param.CollectionFormat == "multi" {
				fk.multiInto(g, pv.ID+"Param", pv.Param)
				continue
			}
			raw = jen.Id("qp").Dot("Get").Call(jen.Lit(pv.Param.Name))
		case ir.InHost:
			// A host parameter filled part of the URL's scheme and host, which a template
			// cannot be undone from: the fake receives the empty string.
			raw = jen.Lit("")
		default:
			raw = headerValue(pv.Param.Name)
		}
		fk.parseInto(g, pv.ID+"Param", pv.Param, raw)
	}
	fk.fakeGroupParams(g, v, index)
	if v.Body != nil && v.Body.Param.Required && !fk.readRawBody(g, v, true, nil) {
		g.List(jen.Id("body"), jen.Err()).Op(":=").Add(fk.fakeBodyDecode(v, v.Body.Param.Type))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
	}
	g.Var().Id("options").Op("*").Add(fk.q(v.Options))
	ensure := jen.If(jen.Id("options").Op("==").Nil()).Block(jen.Id("options").Op("=").Op("&").Add(fk.q(v.Options)).Values())
	for _, pv := range v.Optional {
		if pv.Param.In == ir.InFormData {
			g.If(formFieldPresent(pv)).BlockFunc(func(g *jen.Group) {
				fk.formValue(g, "v", pv)
				g.Add(ensure)
				if gocode.IsFileParam(pv.Param) || gocode.OptionalByValue(pv.Param.Type) {
					g.Id("options").Dot(pv.ID).Op("=").Id("v")
				} else {
					g.Id("options").Dot(pv.ID).Op("=").Op("&").Id("v")
				}
			})
			continue
		}
		var present, raw jen.Code
		if pv.Param.In == ir.InQuery {
			present = jen.Id("qp").Dot("Has").Call(jen.Lit(pv.Param.Name))
			raw = jen.Id("qp").Dot("Get").Call(jen.Lit(pv.Param.Name))
		} else {
			present = headerValue(pv.Param.Name).Op("!=").Lit("")
			raw = headerValue(pv.Param.Name)
		}
		g.If(present).BlockFunc(func(g *jen.Group) {
			if pv.Param.CollectionFormat == "multi" {
				fk.multiInto(g, "v", pv.Param)
			} else {
				fk.parseInto(g, "v", pv.Param, raw)
			}
			g.Add(ensure)
			if gocode.OptionalByValue(pv.Param.Type) {
				g.Id("options").Dot(pv.ID).Op("=").Id("v")
			} else {
				g.Id("options").Dot(pv.ID).Op("=").Op("&").Id("v")
			}
		})
	}
	if v.Body != nil && !v.Body.Param.Required && !fk.readRawBody(g, v, false, ensure) {
		g.If(jen.Id("req").Dot("Body").Op("!=").Nil().Op("&&").Id("req").Dot("ContentLength").Op("!=").Lit(0)).Block(
			jen.List(jen.Id("body"), jen.Err()).Op(":=").Add(fk.fakeBodyDecode(v, v.Body.Param.Type)),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			ensure,
			jen.Id("options").Dot(v.Body.ID).Op("=").Add(optionalBodyAddr(v.Body.Param.Type, jen.Id("body"))),
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
		split := jen.Qual("strings", "Split").Call(raw, jen.Lit(view.CollectionSep(p.CollectionFormat)))
		if t.Elem.Kind == ir.KindArray {
			fk.parseNested(g, name, p, split)
			return
		}
		if gocode.IsString(t.Elem) || (t.Elem.Kind != ir.KindPrimitive && t.Elem.Kind != ir.KindEnum) {
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
	if p.Type.Elem.Kind == ir.KindArray {
		fk.parseNested(g, name, p, items)
		return
	}
	if gocode.IsString(p.Type.Elem) || (p.Type.Elem.Kind != ir.KindPrimitive && p.Type.Elem.Kind != ir.KindEnum) {
		g.Id(name).Op(":=").Add(items)
		return
	}
	fk.parseItems(g, name, p.Type.Elem, items)
}

// parseItems declares name as a slice of elem parsed item by item from the []string
// expression items, returning the error of a failed parse.
func (fk *fakeGen) parseItems(g *jen.Group, name string, elem *ir.Type, items jen.Code) {
	g.Id(name).Op(":=").Index().Add(fk.paramTypeOf(elem)).Values()
	if elem.Kind == ir.KindEnum {
		// Items of an enum: its string values as they are, or its numbers parsed.
		if elem.Enum.Base == ir.String {
			g.For(jen.List(jen.Id("_"), jen.Id("item")).Op(":=").Range().Add(items)).Block(
				jen.Id(name).Op("=").Append(jen.Id(name), fk.q(elem.Enum.Name).Parens(jen.Id("item"))),
			)
			return
		}
		g.For(jen.List(jen.Id("_"), jen.Id("item")).Op(":=").Range().Add(items)).Block(
			jen.List(jen.Id("parsed"), jen.Err()).Op(":=").Add(parsePrimitive(elem.Enum.Base, jen.Id("item"))),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			jen.Id(name).Op("=").Append(jen.Id(name), fk.q(elem.Enum.Name).Parens(jen.Id("parsed"))),
		)
		return
	}
	g.For(jen.List(jen.Id("_"), jen.Id("item")).Op(":=").Range().Add(items)).Block(
		jen.List(jen.Id("parsed"), jen.Err()).Op(":=").Add(parsePrimitive(elem.Primitive, jen.Id("item"))),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Id(name).Op("=").Append(jen.Id(name), jen.Id("parsed")),
	)
}

// parseNested declares name as the value of an array parameter of arrays p from the []string
// expression items, one inner array per item, split by the items' collectionFormat.
func (fk *fakeGen) parseNested(g *jen.Group, name string, p *ir.Parameter, items jen.Code) {
	elem := p.Type.Elem.Elem
	g.Id(name).Op(":=").Index().Add(fk.paramTypeOf(p.Type.Elem)).Values()
	g.For(jen.List(jen.Id("_"), jen.Id("raw")).Op(":=").Range().Add(items)).BlockFunc(func(g *jen.Group) {
		split := jen.Qual("strings", "Split").Call(jen.Id("raw"), jen.Lit(view.CollectionSep(p.ItemsCollectionFormat)))
		if gocode.IsString(elem) {
			g.Id(name).Op("=").Append(jen.Id(name), split)
			return
		}
		fk.parseItems(g, "inner", elem, split)
		g.Id(name).Op("=").Append(jen.Id(name), jen.Id("inner"))
	})
}

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
	case ir.UnixTime:
		return jen.Id("parseUnixTime").Call(raw)
	case ir.Bytes:
		return jen.Qual("encoding/base64", "StdEncoding").Dot("DecodeString").Call(raw)
	}
	return jen.Qual("strconv", "Unquote").Call(jen.Qual("strconv", "Quote").Call(raw))
}

// parseHelpers declares the parsers of 32-bit numbers and unixtimes the dispatchers call.
func parseHelpers(f *jen.File, unixTime bool) {
	if unixTime {
		f.Comment("parseUnixTime parses a unixtime: decimal seconds since the epoch, as a time in UTC.")
		f.Func().Id("parseUnixTime").Params(jen.Id("s").String()).Params(jen.Qual("time", "Time"), jen.Error()).Block(
			jen.List(jen.Id("v"), jen.Err()).Op(":=").Qual("strconv", "ParseInt").Call(jen.Id("s"), jen.Lit(10), jen.Lit(64)),
			jen.Return(jen.Qual("time", "Unix").Call(jen.Id("v"), jen.Lit(0)).Dot("UTC").Call(), jen.Err()),
		)
		f.Line()
	}
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
