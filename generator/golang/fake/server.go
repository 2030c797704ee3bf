package fake

import (
	"regexp"
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// serverFile writes one group's fake server, its transport and a dispatcher per method.
func (fk *fakeGen) serverFile(gv *view.Client) (*jen.File, error) {
	f := fk.file()
	srv, tr := gv.Group.ServerName(), gv.Group.ServerName()+"Transport"
	f.Comment(srv + " holds one function per method of " + fk.pkg.Name + "." + gv.Group.ClientName() + "; calling a method whose function is nil fails with a not-implemented error.")
	f.Type().Id(srv).StructFunc(func(g *jen.Group) {
		for i, v := range gv.Ops {
			if i > 0 {
				g.Line()
			}
			g.Comment(v.Method + " answers the calls of " + gv.Group.ClientName() + "." + v.Method + ".")
			g.Comment("Its responder may use the success statuses " + statusList(v.Success) + ".")
			g.Id(v.Method).Add(fk.fakeFuncType(v))
		}
	})
	f.Line()
	f.Comment("New" + tr + " returns a transport that answers requests with the functions set in srv.")
	f.Comment("Put it in arm.ClientOptions.Transport when creating a " + fk.pkg.Name + "." + gv.Group.ClientName() + ".")
	f.Func().Id("New" + tr).Params(jen.Id("srv").Op("*").Id(srv)).Op("*").Id(tr).Block(
		jen.Return(jen.Op("&").Id(tr).Values(jen.DictFunc(func(d jen.Dict) {
			d[jen.Id("srv")] = jen.Id("srv")
			for _, v := range gv.Ops {
				if v.Op.IsLRO() || v.Op.IsPager() {
					d[jen.Id(view.LowerFirst(v.Method))] = jen.Id("newTracker").Types(fk.responderType(v)).Call()
				}
			}
		}))),
	)
	f.Line()
	f.Comment(tr + " is an HTTP transport that serves " + fk.pkg.Name + "." + gv.Group.ClientName() + " from the functions of a " + srv + ".")
	f.Comment("Create it with New" + tr + ".")
	f.Type().Id(tr).StructFunc(func(g *jen.Group) {
		g.Id("srv").Op("*").Id(srv)
		for _, v := range gv.Ops {
			if v.Op.IsLRO() || v.Op.IsPager() {
				g.Id(view.LowerFirst(v.Method)).Op("*").Id("tracker").Types(fk.responderType(v))
			}
		}
	})
	f.Line()
	f.Comment("Do implements the policy.Transporter interface for " + tr + ".")
	f.Func().Params(jen.Id("t").Op("*").Id(tr)).Id("Do").Params(jen.Id("req").Op("*").Qual("net/http", "Request")).Params(jen.Op("*").Qual("net/http", "Response"), jen.Error()).Block(
		jen.List(jen.Id("method"), jen.Err()).Op(":=").Id("apiName").Call(jen.Id("req")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Switch(jen.Id("method")).BlockFunc(func(g *jen.Group) {
			for _, v := range gv.Ops {
				g.Case(jen.Lit(gv.Group.ClientName() + "." + v.Method)).Block(jen.Return(jen.Id("t").Dot("dispatch" + v.Method).Call(jen.Id("req"))))
			}
			g.Default().Block(jen.Return(jen.Nil(), jen.Qual("fmt", "Errorf").Call(jen.Lit("unhandled API %s"), jen.Id("method"))))
		}),
	)
	f.Line()
	for _, v := range gv.Ops {
		if err := fk.dispatch(f, tr, v); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// responderType is the azcore/fake responder a method's fake returns.
func (fk *fakeGen) responderType(v *view.Op) *jen.Statement {
	switch {
	case v.Op.IsLRO():
		return jen.Qual(gocode.AzfakePkg, "PollerResponder").Types(fk.q(v.Response))
	case v.Op.IsPager():
		return jen.Qual(gocode.AzfakePkg, "PagerResponder").Types(fk.q(v.Response))
	}
	return jen.Qual(gocode.AzfakePkg, "Responder").Types(fk.q(v.Response))
}

// fakeFuncType is the type of a server's function field: the client method's parameters
// and a responder (and an error responder, except for pagers).
func (fk *fakeGen) fakeFuncType(v *view.Op) jen.Code { return fk.fakeFunc(v, false) }

// fakeFunc is fakeFuncType, with every parameter named _ when blank: an example's server
// function uses none of them, and a parameter named like the package (a body "disk" of
// package disk) would hide the package in the function's body.
func (fk *fakeGen) fakeFunc(v *view.Op, blank bool) jen.Code {
	name := func(id string) string {
		if blank {
			return "_"
		}
		return id
	}
	return jen.Func().ParamsFunc(func(g *jen.Group) {
		if !v.Op.IsPager() {
			g.Id(name("ctx")).Qual("context", "Context")
		}
		fk.params(g, v, name)
	}).ParamsFunc(func(g *jen.Group) {
		g.Id("resp").Add(fk.responderType(v))
		if !v.Op.IsPager() {
			g.Id("errResp").Qual(gocode.AzfakePkg, "ErrorResponder")
		}
	})
}

// ServerFunc is the type of v's server function with every parameter named _ (see
// fakeFunc), for a function literal that uses none of them, as the example tests' do.
// importPath is the import path of pkg, the generated package.
func ServerFunc(pkg *ir.Package, importPath string, v *view.Op) jen.Code {
	fk := &fakeGen{pkg: pkg, path: importPath}
	return fk.fakeFunc(v, true)
}

// params declares the client method's parameters after ctx, with the generated package's types.
// name gives each parameter's name from its id.
func (fk *fakeGen) params(g *jen.Group, v *view.Op, name func(string) string) {
	for _, pv := range v.Args {
		g.Id(name(pv.ID)).Add(fk.paramTypeOf(pv.Param.Type))
	}
	for _, ga := range v.Groups {
		g.Id(name(ga.ID)).Add(view.GroupArgType(ga, fk.path))
	}
	if v.Body != nil && v.Body.Param.Required {
		g.Id(name(v.Body.ID)).Add(fk.bodyParamType(v.Body.Param))
	}
	g.Id(name("options")).Op("*").Add(fk.q(v.Options))
}

// typeOf is gocode.ElemType qualified with the generated package.
func (fk *fakeGen) typeOf(t *ir.Type) jen.Code { return gocode.ElemType(t, fk.path) }

// paramTypeOf is gocode.ParamType qualified with the generated package.
func (fk *fakeGen) paramTypeOf(t *ir.Type) jen.Code { return gocode.ParamType(t, fk.path) }

// pathRegexp matches an operation's escaped path, capturing each path parameter. With a
// host template h (x-ms-parameterized-host), the path follows the template's own path
// ("/text/analytics/v3.0" of "{Endpoint}/text/analytics/v3.0"), which may itself follow
// what the template's parameters put there.
//
// An x-ms-skip-url-encoding parameter between slashes may be missing from the path: the
// client joins the path with azcore's runtime.JoinPaths, which cleans it, so a scope of
// "/" (Key Vault's role definitions: "/{scope}/providers/...") leaves
// "/providers/Microsoft.Authorization/..." on the wire. It is then captured as "", as the
// other scopes are captured without their leading slash.
func pathRegexp(parts []view.PathPart, h *ir.HostTemplate) string {
	var b strings.Builder
	b.WriteString("^")
	if h != nil {
		b.WriteString(".*?")
		if i := strings.LastIndexByte(h.Template, '}'); i >= 0 && strings.HasPrefix(h.Template[i+1:], "/") {
			b.WriteString(regexp.QuoteMeta(strings.TrimSuffix(h.Template[i+1:], "/")))
		}
	}
	raw := func(i int) bool {
		return i < len(parts) && parts[i].Param != nil && parts[i].Param.Param.SkipURLEncoding
	}
	for i, p := range parts {
		if p.Param == nil {
			text := p.Text
			if raw(i+1) && strings.HasSuffix(text, "/") {
				text = strings.TrimSuffix(text, "/")
			}
			b.WriteString(regexp.QuoteMeta(text))
			continue
		}
		switch {
		case raw(i) && i > 0 && strings.HasSuffix(parts[i-1].Text, "/"):
			b.WriteString("(?:/(.+))?")
		case raw(i):
			b.WriteString("(.+)")
		default:
			b.WriteString("([^/]+)")
		}
	}
	b.WriteString("$")
	return b.String()
}

// statusList spells status codes as net/http constants, for comments and messages.
func statusList(codes []int) string {
	var names []string
	for _, c := range codes {
		if n := view.StatusName(c); n != "" {
			names = append(names, "http."+n)
		} else {
			names = append(names, strings.TrimSpace(jen.Lit(c).GoString()))
		}
	}
	return strings.Join(names, ", ")
}
