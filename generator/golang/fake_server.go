package golang

import (
	"regexp"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// serverFile writes one group's fake server, its transport and a dispatcher per method.
func (fk *fakeGen) serverFile(gv *groupView) (*jen.File, error) {
	f := fk.file()
	srv, tr := gv.g.Name+"Server", gv.g.Name+"ServerTransport"
	f.Comment(srv + " holds one function per method of " + fk.pkg.Name + "." + gv.g.ClientName() + "; calling a method whose function is nil fails with a not-implemented error.")
	f.Type().Id(srv).StructFunc(func(g *jen.Group) {
		for i, v := range gv.ops {
			if i > 0 {
				g.Line()
			}
			g.Comment(v.method + " answers the calls of " + gv.g.ClientName() + "." + v.method + ".")
			g.Comment("Its responder may use the success statuses " + statusList(v.success) + ".")
			g.Id(v.method).Add(fk.fakeFuncType(v))
		}
	})
	f.Line()
	f.Comment("New" + tr + " returns a transport that answers requests with the functions set in srv.")
	f.Comment("Put it in arm.ClientOptions.Transport when creating a " + fk.pkg.Name + "." + gv.g.ClientName() + ".")
	f.Func().Id("New" + tr).Params(jen.Id("srv").Op("*").Id(srv)).Op("*").Id(tr).Block(
		jen.Return(jen.Op("&").Id(tr).Values(jen.DictFunc(func(d jen.Dict) {
			d[jen.Id("srv")] = jen.Id("srv")
			for _, v := range gv.ops {
				if v.op.IsLRO() || v.op.IsPager() {
					d[jen.Id(lowerFirst(v.method))] = jen.Id("newTracker").Types(fk.responderType(v)).Call()
				}
			}
		}))),
	)
	f.Line()
	f.Comment(tr + " is an HTTP transport that serves " + fk.pkg.Name + "." + gv.g.ClientName() + " from the functions of a " + srv + ".")
	f.Comment("Create it with New" + tr + ".")
	f.Type().Id(tr).StructFunc(func(g *jen.Group) {
		g.Id("srv").Op("*").Id(srv)
		for _, v := range gv.ops {
			if v.op.IsLRO() || v.op.IsPager() {
				g.Id(lowerFirst(v.method)).Op("*").Id("tracker").Types(fk.responderType(v))
			}
		}
	})
	f.Line()
	f.Comment("Do implements the policy.Transporter interface for " + tr + ".")
	f.Func().Params(jen.Id("t").Op("*").Id(tr)).Id("Do").Params(jen.Id("req").Op("*").Qual("net/http", "Request")).Params(jen.Op("*").Qual("net/http", "Response"), jen.Error()).Block(
		jen.List(jen.Id("method"), jen.Err()).Op(":=").Id("apiName").Call(jen.Id("req")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Switch(jen.Id("method")).BlockFunc(func(g *jen.Group) {
			for _, v := range gv.ops {
				g.Case(jen.Lit(gv.g.ClientName() + "." + v.method)).Block(jen.Return(jen.Id("t").Dot("dispatch" + v.method).Call(jen.Id("req"))))
			}
			g.Default().Block(jen.Return(jen.Nil(), jen.Qual("fmt", "Errorf").Call(jen.Lit("unhandled API %s"), jen.Id("method"))))
		}),
	)
	f.Line()
	for _, v := range gv.ops {
		if err := fk.dispatch(f, tr, v); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// responderType is the azcore/fake responder a method's fake returns.
func (fk *fakeGen) responderType(v *opView) *jen.Statement {
	switch {
	case v.op.IsLRO():
		return jen.Qual(azfakePkg, "PollerResponder").Types(fk.q(v.response))
	case v.op.IsPager():
		return jen.Qual(azfakePkg, "PagerResponder").Types(fk.q(v.response))
	}
	return jen.Qual(azfakePkg, "Responder").Types(fk.q(v.response))
}

// fakeFuncType is the type of a server's function field: the client method's parameters
// and a responder (and an error responder, except for pagers).
func (fk *fakeGen) fakeFuncType(v *opView) jen.Code { return fk.fakeFunc(v, false) }

// fakeFunc is fakeFuncType, with every parameter named _ when blank: an example's server
// function uses none of them, and a parameter named like the package (a body "disk" of
// package disk) would hide the package in the function's body.
func (fk *fakeGen) fakeFunc(v *opView, blank bool) jen.Code {
	name := func(id string) string {
		if blank {
			return "_"
		}
		return id
	}
	return jen.Func().ParamsFunc(func(g *jen.Group) {
		if !v.op.IsPager() {
			g.Id(name("ctx")).Qual("context", "Context")
		}
		fk.params(g, v, name)
	}).ParamsFunc(func(g *jen.Group) {
		g.Id("resp").Add(fk.responderType(v))
		if !v.op.IsPager() {
			g.Id("errResp").Qual(azfakePkg, "ErrorResponder")
		}
	})
}

// params declares the client method's parameters after ctx, with the generated package's types.
// name gives each parameter's name from its id.
func (fk *fakeGen) params(g *jen.Group, v *opView, name func(string) string) {
	for _, pv := range v.args {
		g.Id(name(pv.id)).Add(fk.typeOf(pv.p.Type))
	}
	for _, ga := range v.groups {
		g.Id(name(ga.id)).Add(groupArgType(ga, fk.path))
	}
	if v.body != nil && v.body.p.Required {
		g.Id(name(v.body.id)).Add(fk.bodyParamType(v.body.p))
	}
	g.Id(name("options")).Op("*").Add(fk.q(v.options))
}

// typeOf is elemType qualified with the generated package.
func (fk *fakeGen) typeOf(t *ir.Type) jen.Code { return ElemType(t, fk.path) }

// pathRegexp matches an operation's escaped path, capturing each path parameter.
func pathRegexp(parts []pathPart) string {
	var b strings.Builder
	b.WriteString("^")
	for _, p := range parts {
		if p.param == nil {
			b.WriteString(regexp.QuoteMeta(p.text))
			continue
		}
		if p.param.p.SkipURLEncoding {
			b.WriteString("(.+)")
		} else {
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
		if n := statusName(c); n != "" {
			names = append(names, "http."+n)
		} else {
			names = append(names, strings.TrimSpace(jen.Lit(c).GoString()))
		}
	}
	return strings.Join(names, ", ")
}
