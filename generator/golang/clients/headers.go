package clients

import (
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
	"github.com/dave/jennifer/jen"
)

// headerView is a declared response header and its field in the response type.
type headerView struct {
	h     *ir.ResponseHeader
	field string
}

// responseHeaders lists the headers the operation's success responses declare, each once
// (the first declaration of a name wins, names compared case-insensitively), sorted by
// lower-cased wire name. A long-running operation's result comes from its poller, which reads no
// headers, so it has none.
func responseHeaders(v *view.Op) []*headerView {
	if v.Op.IsLRO() {
		return nil
	}
	success := map[string]bool{}
	for _, c := range v.Success {
		success[view.StatusKey(c)] = true
	}
	seen := map[string]bool{}
	var out []*headerView
	for _, r := range v.Op.Responses {
		if !success[r.Status] {
			continue
		}
		for _, h := range r.HeaderTypes {
			key := strings.ToLower(h.Name)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, &headerView{h: h})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return strings.ToLower(out[i].h.Name) < strings.ToLower(out[j].h.Name) })
	// Field names must not collide with the response's other fields: Success, Value or the
	// embedded model (its name and promoted fields) and their methods.
	namer := naming.NewNamer()
	for _, m := range []string{"MarshalJSON", "UnmarshalJSON", "Validate"} {
		namer.Unique(m)
	}
	if v.HeadAsBool {
		namer.Unique("Success")
	}
	switch {
	case v.Result == nil:
	case v.ResultEmbedded() && !v.Result.Model.Polymorphic():
		namer.Unique(v.Result.Model.Name)
		for _, f := range v.Result.Model.Fields {
			namer.Unique(f.Name)
		}
	default:
		namer.Unique(v.ResultField())
	}
	for _, hv := range out {
		name := naming.Pascal(hv.h.Name)
		if name == "" || namer.Unique(name) != name {
			name = namer.Unique(name + "Header")
		}
		hv.field = name
	}
	return out
}

// headerFieldType is the Go type of a header field: a pointer to a scalar or enum, a []byte
// for base64 bytes.
func headerFieldType(t *ir.Type) jen.Code {
	if t.Kind == ir.KindPrimitive && t.Primitive == ir.Bytes {
		return gocode.ParamType(t, "")
	}
	return jen.Op("*").Add(gocode.ParamType(t, ""))
}

// headerFields declares the response type's header fields; they are not part of the JSON
// form of the response.
func headerFields(g *jen.Group, v *view.Op) {
	for _, hv := range responseHeaders(v) {
		g.Line()
		gocode.Comment(g, gocode.DocFor(hv.field, hv.h.Doc, "the "+hv.h.Name+" response header.")...)
		g.Id(hv.field).Add(headerFieldType(hv.h.Type)).Tag(map[string]string{"json": "-"})
	}
}

// parseResponseHeaders reads the declared headers of resp into result. An absent header
// leaves its field nil; a value that does not parse as the header's type is an error. An
// empty value counts as absent except for a plain string.
func parseResponseHeaders(g *jen.Group, v *view.Op) {
	for _, hv := range responseHeaders(v) {
		name := jen.Lit(hv.h.Name)
		field := jen.Id("result").Dot(hv.field)
		fail := jen.Return(jen.Id(v.Response).Values(), jen.Qual("fmt", "Errorf").Call(jen.Lit("response header "+hv.h.Name+": %w"), jen.Err()))
		t := hv.h.Type
		if t.Kind == ir.KindPrimitive && t.Primitive == ir.String {
			g.If(jen.Id("vals").Op(":=").Id("resp").Dot("Header").Dot("Values").Call(name), jen.Len(jen.Id("vals")).Op(">").Lit(0)).Block(
				field.Clone().Op("=").Op("&").Id("vals").Index(jen.Lit(0)),
			)
			continue
		}
		g.If(jen.Id("val").Op(":=").Id("resp").Dot("Header").Dot("Get").Call(name), jen.Id("val").Op("!=").Lit("")).BlockFunc(func(g *jen.Group) {
			parsed := func(call jen.Code, conv func(jen.Code) jen.Code) {
				g.List(jen.Id("parsed"), jen.Err()).Op(":=").Add(call)
				g.If(jen.Err().Op("!=").Nil()).Block(fail)
				g.Id("v").Op(":=").Add(conv(jen.Id("parsed")))
				if t.Kind == ir.KindPrimitive && t.Primitive == ir.Bytes {
					g.Add(field).Op("=").Id("v")
					return
				}
				g.Add(field).Op("=").Op("&").Id("v")
			}
			prim := t.Primitive
			wrap := func(c jen.Code) jen.Code { return c }
			if t.Kind == ir.KindEnum {
				prim = t.Enum.Base
				wrap = func(c jen.Code) jen.Code { return jen.Id(t.Enum.Name).Parens(c) }
				if prim == ir.String {
					g.Id("v").Op(":=").Add(wrap(jen.Id("val")))
					g.Add(field).Op("=").Op("&").Id("v")
					return
				}
			}
			switch prim {
			case ir.Bool:
				parsed(jen.Qual("strconv", "ParseBool").Call(jen.Id("val")), wrap)
			case ir.Int32:
				parsed(jen.Qual("strconv", "ParseInt").Call(jen.Id("val"), jen.Lit(10), jen.Lit(32)), func(c jen.Code) jen.Code { return wrap(jen.Int32().Parens(c)) })
			case ir.Int64:
				parsed(jen.Qual("strconv", "ParseInt").Call(jen.Id("val"), jen.Lit(10), jen.Lit(64)), func(c jen.Code) jen.Code { return wrap(jen.Int64().Parens(c)) })
			case ir.Float32:
				parsed(jen.Qual("strconv", "ParseFloat").Call(jen.Id("val"), jen.Lit(32)), func(c jen.Code) jen.Code { return wrap(jen.Float32().Parens(c)) })
			case ir.Float64:
				parsed(jen.Qual("strconv", "ParseFloat").Call(jen.Id("val"), jen.Lit(64)), wrap)
			case ir.DateTime:
				parsed(jen.Qual("time", "Parse").Call(jen.Qual("time", "RFC3339Nano"), jen.Id("val")), wrap)
			case ir.UnixTime:
				parsed(jen.Qual("strconv", "ParseInt").Call(jen.Id("val"), jen.Lit(10), jen.Lit(64)), func(c jen.Code) jen.Code { return wrap(jen.Qual("time", "Unix").Call(c, jen.Lit(0)).Dot("UTC").Call()) })
			case ir.Bytes:
				parsed(jen.Qual("encoding/base64", "StdEncoding").Dot("DecodeString").Call(jen.Id("val")), wrap)
			default:
				g.Id("v").Op(":=").Add(wrap(jen.Id("val")))
				g.Add(field).Op("=").Op("&").Id("v")
			}
		})
	}
}
