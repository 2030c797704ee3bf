// Package fake emits the fake-server package of a generated package (its "fake"
// sub-folder), in the style of the Azure SDK's fakes: a server of functions per operation
// group, the transport that serves a client from it, and the dispatchers that parse each
// request back into the client method's parameters.
package fake

import (
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/output"
	"github.com/dave/jennifer/jen"
)

// Emit renders package fake beside the generated package, in the style of the Azure
// SDK's fakes: per operation group a <Group>Server struct of functions that users fill in
// with azcore/fake responders, a <Group>ServerTransport that serves a client from it when
// plugged into arm.ClientOptions.Transport, and a ServerFactory for all groups at once.
// It needs the package's import path and is skipped without one.
func Emit(pkg *ir.Package, importPath string) ([]gocode.File, error) {
	if importPath == "" || len(pkg.Groups) == 0 {
		return nil, nil
	}
	groups, err := view.Clients(pkg)
	if err != nil {
		return nil, err
	}
	fk := &fakeGen{pkg: pkg, path: importPath}
	files := []gocode.File{{Name: "fake/internal.go", File: fk.internalFile()}, {Name: "fake/server_factory.go", File: fk.factoryFile(groups)}}
	for _, gv := range groups {
		f, err := fk.serverFile(gv)
		if err != nil {
			return nil, err
		}
		files = append(files, gocode.File{Name: "fake/" + view.GroupFileName(gv.Group.Name, "_server.go"), File: f})
	}
	if f := fk.formDataFile(groups); f != nil {
		files = append(files, gocode.File{Name: "fake/formdata.go", File: f})
	}
	return files, nil
}

// fakeGen emits the fake package.
type fakeGen struct {
	pkg  *ir.Package
	path string
}

// file starts a file of package fake.
func (fk *fakeGen) file() *jen.File {
	f := jen.NewFile("fake")
	f.HeaderComment(strings.TrimPrefix(output.GeneratedHeader, "// "))
	f.ImportAlias(fk.path, fk.pkg.Name)
	f.ImportAlias(gocode.AzfakePkg, "azfake")
	return f
}

// q qualifies an identifier of the generated package.
func (fk *fakeGen) q(name string) *jen.Statement { return jen.Qual(fk.path, name) }

// internalFile holds the fakes' shared helpers: the tracker of in-flight pollers and
// pagers, the non-retriable error, and parameter parsing.
func (fk *fakeGen) internalFile() *jen.File {
	f := fk.file()
	f.PackageComment("Package fake provides fake servers for the clients of package " + fk.pkg.Name + ". Plug a")
	f.PackageComment("server's transport into arm.ClientOptions.Transport to test code that uses the clients")
	f.PackageComment("without Azure: fill in the functions of a <Group>Server (or of a ServerFactory) with")
	f.PackageComment("responders from github.com/Azure/azure-sdk-for-go/sdk/azcore/fake.")

	f.Comment("nonRetriableError is an error the client's retry policy does not retry.")
	f.Type().Id("nonRetriableError").Struct(jen.Error())
	f.Line()
	f.Comment("NonRetriable marks the error as not retriable.")
	f.Func().Params(jen.Id("nonRetriableError")).Id("NonRetriable").Params().Block()
	f.Line()
	f.Comment("contains reports whether codes holds code.")
	f.Func().Id("contains").Params(jen.Id("codes").Index().Int(), jen.Id("code").Int()).Bool().Block(
		jen.Return(jen.Qual("slices", "Contains").Call(jen.Id("codes"), jen.Id("code"))),
	)
	f.Line()
	if needsHeaderValue(fk.pkg) {
		f.Comment("headerValue is the value of header name as the client spelled it, else as Header.Get finds it.")
		f.Func().Id("headerValue").Params(jen.Id("h").Qual("net/http", "Header"), jen.Id("name").String()).String().Block(
			jen.If(jen.Id("v").Op(":=").Id("h").Index(jen.Id("name")), jen.Len(jen.Id("v")).Op(">").Lit(0)).Block(jen.Return(jen.Id("v").Index(jen.Lit(0)))),
			jen.Return(jen.Id("h").Dot("Get").Call(jen.Id("name"))),
		)
		f.Line()
	}
	f.Comment("tracker holds the responders of long-running operations and pagers in progress, by path.")
	f.Type().Id("tracker").Types(jen.Id("T").Any()).Struct(
		jen.Id("items").Map(jen.String()).Op("*").Id("T"),
		jen.Id("mu").Qual("sync", "Mutex"),
	)
	f.Line()
	f.Func().Id("newTracker").Types(jen.Id("T").Any()).Params().Op("*").Id("tracker").Types(jen.Id("T")).Block(
		jen.Return(jen.Op("&").Id("tracker").Types(jen.Id("T")).Values(jen.Dict{jen.Id("items"): jen.Map(jen.String()).Op("*").Id("T").Values()})),
	)
	f.Line()
	key := jen.Qual(gocode.ServerPkg, "SanitizePagerPollerPath").Call(jen.Id("req").Dot("URL").Dot("Path"))
	recv := jen.Id("p").Op("*").Id("tracker").Types(jen.Id("T"))
	lock := []jen.Code{jen.Id("p").Dot("mu").Dot("Lock").Call(), jen.Defer().Id("p").Dot("mu").Dot("Unlock").Call()}
	f.Func().Params(recv.Clone()).Id("get").Params(jen.Id("req").Op("*").Qual("net/http", "Request")).Op("*").Id("T").Block(
		append(lock, jen.Return(jen.Id("p").Dot("items").Index(key.Clone())))...,
	)
	f.Line()
	f.Func().Params(recv.Clone()).Id("add").Params(jen.Id("req").Op("*").Qual("net/http", "Request"), jen.Id("item").Op("*").Id("T")).Block(
		append(lock, jen.Id("p").Dot("items").Index(key.Clone()).Op("=").Id("item"))...,
	)
	f.Line()
	f.Func().Params(recv.Clone()).Id("remove").Params(jen.Id("req").Op("*").Qual("net/http", "Request")).Block(
		append(lock, jen.Delete(jen.Id("p").Dot("items"), key.Clone()))...,
	)
	f.Line()
	f.Comment("apiName returns the client method a request comes from, which azcore puts in its context.")
	f.Func().Id("apiName").Params(jen.Id("req").Op("*").Qual("net/http", "Request")).Params(jen.String(), jen.Error()).Block(
		jen.List(jen.Id("name"), jen.Id("ok")).Op(":=").Id("req").Dot("Context").Call().Dot("Value").Call(jen.Qual(gocode.RuntimePkg, "CtxAPINameKey").Values()).Assert(jen.String()),
		jen.If(jen.Op("!").Id("ok")).Block(
			jen.Return(jen.Lit(""), jen.Id("nonRetriableError").Values(jen.Qual("errors", "New").Call(jen.Lit("unable to dispatch request, missing value for CtxAPINameKey")))),
		),
		jen.Return(jen.Id("name"), jen.Nil()),
	)
	f.Line()
	parseHelpers(f, paramsHoldUnixTime(fk.pkg))
	fk.fakeXMLHelpers(f)
	return f
}

// factoryFile declares ServerFactory, one server per operation group, and its transport.
func (fk *fakeGen) factoryFile(groups []*view.Client) *jen.File {
	f := fk.file()
	f.Comment("ServerFactory is a fake server for all the clients of package " + fk.pkg.Name + ".")
	f.Type().Id("ServerFactory").StructFunc(func(g *jen.Group) {
		for i, gv := range groups {
			if i > 0 {
				g.Line()
			}
			g.Comment(gv.Group.Name + "Server answers the requests of " + gv.Group.ClientName() + ".")
			g.Id(gv.Group.ServerName()).Id(gv.Group.ServerName())
		}
	})
	f.Line()
	f.Comment("NewServerFactoryTransport returns a transport that routes each request to the fake server of its operation group.")
	f.Comment("Put it in arm.ClientOptions.Transport when creating any client of package " + fk.pkg.Name + ".")
	f.Func().Id("NewServerFactoryTransport").Params(jen.Id("srv").Op("*").Id("ServerFactory")).Op("*").Id("ServerFactoryTransport").Block(
		jen.Return(jen.Op("&").Id("ServerFactoryTransport").Values(jen.DictFunc(func(d jen.Dict) {
			d[jen.Id("srv")] = jen.Id("srv")
			for _, gv := range groups {
				d[jen.Id("tr"+gv.Group.Name)] = jen.Id("New" + gv.Group.ServerName() + "Transport").Call(jen.Op("&").Id("srv").Dot(gv.Group.ServerName()))
			}
		}))),
	)
	f.Line()
	f.Comment("ServerFactoryTransport is an HTTP transport that serves every client of package " + fk.pkg.Name + " from a ServerFactory.")
	f.Comment("Create it with NewServerFactoryTransport.")
	f.Type().Id("ServerFactoryTransport").StructFunc(func(g *jen.Group) {
		g.Id("srv").Op("*").Id("ServerFactory")
		for _, gv := range groups {
			g.Id("tr" + gv.Group.Name).Op("*").Id(gv.Group.ServerName() + "Transport")
		}
	})
	f.Line()
	f.Comment("Do implements the policy.Transporter interface for ServerFactoryTransport.")
	f.Func().Params(jen.Id("s").Op("*").Id("ServerFactoryTransport")).Id("Do").Params(jen.Id("req").Op("*").Qual("net/http", "Request")).Params(jen.Op("*").Qual("net/http", "Response"), jen.Error()).Block(
		jen.List(jen.Id("method"), jen.Err()).Op(":=").Id("apiName").Call(jen.Id("req")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.List(jen.Id("client"), jen.Id("_"), jen.Id("_")).Op(":=").Qual("strings", "Cut").Call(jen.Id("method"), jen.Lit(".")),
		jen.Switch(jen.Id("client")).BlockFunc(func(g *jen.Group) {
			for _, gv := range groups {
				g.Case(jen.Lit(gv.Group.ClientName())).Block(jen.Return(jen.Id("s").Dot("tr" + gv.Group.Name).Dot("Do").Call(jen.Id("req"))))
			}
			g.Default().Block(jen.Return(jen.Nil(), jen.Qual("fmt", "Errorf").Call(jen.Lit("unhandled client %s"), jen.Id("client"))))
		}),
	)
	return f
}

// paramsHoldUnixTime reports whether a non-body parameter of pkg is a unixtime, which the
// dispatchers parse with parseUnixTime.
func paramsHoldUnixTime(pkg *ir.Package) bool {
	for _, g := range pkg.Groups {
		for _, op := range g.Operations {
			for _, p := range op.Params {
				if p.Type.ContainsUnixTime() {
					return true
				}
			}
		}
	}
	return false
}
