// Package clients emits the clients of a generated package: per operation group a
// <Group>Client with its constructor and one method per operation (plain, long-running or
// pageable), the options and response type of every method, the x-ms-parameter-grouping
// structs, and the helpers the methods share.
package clients

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// Emit renders the clients: a helper file, one file per operation group, and the
// options and responses of every method.
func Emit(pkg *ir.Package, importPath string) ([]gocode.File, error) {
	if len(pkg.Groups) == 0 {
		return nil, nil
	}
	groups, err := view.Clients(pkg)
	if err != nil {
		return nil, err
	}
	files := []gocode.File{{Name: "client.go", File: clientHelpersFile(pkg, importPath, hasNextLinks(groups))}}
	pagerHelpers(files[0].File, groups)
	lroHelpers(files[0].File, groups)
	for _, gv := range groups {
		f := gocode.NewFile(pkg)
		if err := clientFile(f, pkg, gv); err != nil {
			return nil, err
		}
		files = append(files, gocode.File{Name: view.GroupFileName(gv.Group.Name, "_client.go"), File: f})
	}
	if ff := factoryFile(pkg, groups); ff != nil {
		files = append(files, gocode.File{Name: "client_factory.go", File: ff})
	}
	files = append(files, gocode.File{Name: "options.go", File: optionsFile(pkg, groups)}, gocode.File{Name: "responses.go", File: responsesFile(pkg, groups)})
	if pf := paramGroupsFile(pkg); pf != nil {
		files = append(files, gocode.File{Name: "parameter_groups.go", File: pf})
	}
	if xf := clientXMLFile(pkg); xf != nil {
		files = append(files, gocode.File{Name: "client_xml.go", File: xf})
	}
	if jf := clientJSONFile(pkg); jf != nil {
		files = append(files, gocode.File{Name: "client_json.go", File: jf})
	}
	return files, nil
}

// hasNextLinks reports whether a pager of groups follows next links.
func hasNextLinks(groups []*view.Client) bool {
	for _, gv := range groups {
		for _, v := range gv.Ops {
			if v.Op.IsPager() && v.NextLink != "" && v.Next == nil {
				return true
			}
		}
	}
	return false
}

// clientHelpersFile declares the module name and version the clients report to azcore and
// the helpers every client method shares; nextLinks adds the pagers' resolveNextLink.
func clientHelpersFile(pkg *ir.Package, importPath string, nextLinks bool) *jen.File {
	f := gocode.NewFile(pkg)
	module := importPath
	if module == "" {
		module = pkg.Name
	}
	f.Const().Defs(
		jen.Comment("moduleName identifies the clients to azcore's telemetry and tracing."),
		jen.Id("moduleName").Op("=").Lit(module),
		jen.Comment("moduleVersion is a semantic version carrying the API version the clients call."),
		jen.Id("moduleVersion").Op("=").Lit(moduleVersion(pkg.APIVersion)),
	)
	f.Line()
	f.Comment("clientPathParam is a path parameter's name and value, checked before a request is built.")
	f.Type().Id("clientPathParam").Struct(
		jen.Id("name").String(),
		jen.Id("value").String(),
		jen.Comment("raw is x-ms-skip-url-encoding: the value is inserted as it is, slashes included."),
		jen.Id("raw").Bool(),
	)
	f.Line()
	f.Comment("checkClientPathParams rejects, before any request is sent, an empty path parameter and")
	f.Comment("a value that is a dot segment (\".\" or \"..\"), which would change the request path. Other")
	f.Comment("values are safe: they are escaped with url.PathEscape.")
	f.Func().Id("checkClientPathParams").Params(jen.Id("params").Op("...").Id("clientPathParam")).Error().Block(
		jen.For(jen.List(jen.Id("_"), jen.Id("p")).Op(":=").Range().Id("params")).Block(
			jen.If(jen.Id("p").Dot("value").Op("==").Lit("")).Block(
				jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit("parameter %s cannot be empty"), jen.Id("p").Dot("name"))),
			),
			jen.Id("segments").Op(":=").Index().String().Values(jen.Id("p").Dot("value")),
			jen.If(jen.Id("p").Dot("raw")).Block(
				jen.Id("segments").Op("=").Qual("strings", "Split").Call(jen.Id("p").Dot("value"), jen.Lit("/")),
			),
			jen.For(jen.List(jen.Id("_"), jen.Id("s")).Op(":=").Range().Id("segments")).Block(
				jen.If(jen.Id("s").Op("==").Lit(".").Op("||").Id("s").Op("==").Lit("..")).Block(
					jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit("parameter %s cannot be %q: a dot segment would change the request path"), jen.Id("p").Dot("name"), jen.Id("p").Dot("value"))),
				),
			),
		),
		jen.Return(jen.Nil()),
	)
	f.Line()
	f.Comment("validateBody calls the body's Validate method, when its type has one, so that a request")
	f.Comment("the service would reject is not sent (when the options ask for it with ValidateBody).")
	f.Func().Id("validateBody").Params(jen.Id("name").String(), jen.Id("body").Any()).Error().Block(
		jen.If(jen.List(jen.Id("v"), jen.Id("ok")).Op(":=").Id("body").Assert(jen.Interface(jen.Id("Validate").Params().Error())), jen.Id("ok")).Block(
			jen.If(jen.Err().Op(":=").Id("v").Dot("Validate").Call(), jen.Err().Op("!=").Nil()).Block(
				jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit("parameter %s is invalid (ValidateBody is set in the options): %w"), jen.Id("name"), jen.Err())),
			),
		),
		jen.Return(jen.Nil()),
	)
	if nextLinks {
		f.Line()
		f.Comment("resolveNextLink resolves a relative next link against base, the URL of the request that")
		f.Comment("returned it (RFC 3986). An absolute link, or one that does not parse, is returned as it is.")
		f.Func().Id("resolveNextLink").Params(jen.Id("base").Op("*").Qual("net/url", "URL"), jen.Id("nextLink").String()).String().Block(
			jen.If(jen.Id("base").Op("==").Nil().Op("||").Id("nextLink").Op("==").Lit("")).Block(jen.Return(jen.Id("nextLink"))),
			jen.List(jen.Id("u"), jen.Err()).Op(":=").Qual("net/url", "Parse").Call(jen.Id("nextLink")),
			jen.If(jen.Err().Op("!=").Nil().Op("||").Id("u").Dot("IsAbs").Call()).Block(jen.Return(jen.Id("nextLink"))),
			jen.Return(jen.Id("base").Dot("ResolveReference").Call(jen.Id("u")).Dot("String").Call()),
		)
	}
	return f
}

// moduleVersion turns an API version into a semantic version azcore accepts, such as
// "v0.0.0-2022-01-01".
func moduleVersion(apiVersion string) string {
	clean := regexp.MustCompile(`[^a-zA-Z0-9_.-]+`).ReplaceAllString(apiVersion, ".")
	if clean == "" {
		return "v0.0.0"
	}
	return "v0.0.0-" + clean
}

// clientFile writes a group's client type, its constructor and its methods.
func clientFile(f *jen.File, pkg *ir.Package, gv *view.Client) error {
	name := gv.Group.ClientName()
	f.Comment(name + " calls the " + gv.Group.Name + " operations of the API.")
	f.Comment("Create it with New" + name + "; the zero value has no pipeline.")
	f.Type().Id(name).StructFunc(func(g *jen.Group) {
		g.Id("internal").Op("*").Qual(gocode.ARMPkg, "Client")
		for _, pv := range gv.Fields {
			g.Id(pv.ID).Add(paramType(pv.Param.Type))
		}
	})
	f.Line()
	ctor := "New" + name
	f.Comment(ctor + " returns " + gocode.Article(name) + " that sends its requests through an ARM pipeline.")
	for _, pv := range gv.Fields {
		f.Comment(paramDoc(pv))
	}
	f.Comment("  - credential - authorizes each request; azidentity provides the usual ones.")
	f.Comment("  - options - retries, transport, cloud and logging settings; nil means the defaults.")
	f.Func().Id(ctor).ParamsFunc(func(g *jen.Group) {
		for _, pv := range gv.Fields {
			g.Id(pv.ID).Add(paramType(pv.Param.Type))
		}
		g.Id("credential").Qual(gocode.AzcorePkg, "TokenCredential")
		g.Id("options").Op("*").Qual(gocode.ARMPkg, "ClientOptions")
	}).Params(jen.Op("*").Id(name), jen.Error()).Block(
		jen.List(jen.Id("cl"), jen.Err()).Op(":=").Qual(gocode.ARMPkg, "NewClient").Call(jen.Id("moduleName"), jen.Id("moduleVersion"), jen.Id("credential"), jen.Id("options")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Return(jen.Op("&").Id(name).ValuesFunc(func(g *jen.Group) {
			g.Id("internal").Op(":").Id("cl")
			for _, pv := range gv.Fields {
				g.Id(pv.ID).Op(":").Id(pv.ID)
			}
		}), jen.Nil()),
	)
	f.Line()
	for _, v := range gv.Ops {
		switch {
		case v.Op.IsLRO():
			if err := lroMethods(f, pkg, v); err != nil {
				return err
			}
		case v.Op.IsPager():
			pagerMethod(f, pkg, v)
		default:
			plainMethod(f, pkg, v)
		}
		if err := createRequest(f, v); err != nil {
			return err
		}
		if !v.Op.IsLRO() {
			handleResponse(f, v)
		}
	}
	return nil
}

// paramDoc is a parameter's line in a method's doc comment.
func paramDoc(pv *view.Param) string {
	doc := strings.Join(gocode.DocLines(pv.Param.Doc), " ")
	if doc == "" {
		doc = "the " + pv.Param.Name + " " + string(pv.Param.In) + " parameter."
	}
	return "  - " + pv.ID + " - " + doc
}

// methodDoc is a client method's doc comment.
func methodDoc(f *jen.File, pkg *ir.Package, v *view.Op, lead string) {
	lines := gocode.DocFor(v.Method, v.Op.Doc, lead)
	for _, l := range lines {
		if l == "" {
			f.Comment("")
			continue
		}
		f.Comment(l)
	}
	if v.HeadAsBool {
		f.Comment("The response's Success is true for a 2xx status and false for 404 (not found), which is")
		f.Comment("not an error. Another status the spec does not list is returned as an *azcore.ResponseError.")
	} else if v.ImpliedSuccess {
		f.Comment("The spec declares only error responses: a 2xx status is a success without a body and")
		f.Comment("any other status is returned as an *azcore.ResponseError.")
	} else {
		f.Comment("A status the spec does not list as a success is returned as an *azcore.ResponseError.")
	}
	f.Comment("")
	f.Comment(fmt.Sprintf("Generated from API version %s, operation %s (%s %s).", pkg.APIVersion, v.Op.ID, v.Op.Method, v.Op.Path))
	for _, pv := range v.Args {
		f.Comment(paramDoc(pv))
	}
	for _, ga := range v.Groups {
		f.Comment(groupDoc(ga))
	}
	if v.Body != nil && v.Body.Param.Required {
		f.Comment(paramDoc(v.Body))
	}
	f.Comment("  - options - " + v.Options + " holds the optional arguments of " + v.Op.ClientName() + "." + v.Method + ".")
}

// methodParams are the method's parameters after ctx: arguments, body and options.
func methodParams(g *jen.Group, v *view.Op) {
	for _, pv := range v.Args {
		g.Id(pv.ID).Add(paramType(pv.Param.Type))
	}
	for _, ga := range v.Groups {
		g.Id(ga.ID).Add(view.GroupArgType(ga, ""))
	}
	if v.Body != nil && v.Body.Param.Required {
		g.Id(v.Body.ID).Add(bodyArgType(v.Body.Param))
	}
	g.Id("options").Op("*").Id(v.Options)
}

// callArgs passes the method's parameters on to the request builder.
func callArgs(g *jen.Group, v *view.Op) {
	g.Id("ctx")
	for _, pv := range v.Args {
		g.Id(pv.ID)
	}
	for _, ga := range v.Groups {
		g.Id(ga.ID)
	}
	if v.Body != nil && v.Body.Param.Required {
		g.Id(v.Body.ID)
	}
	g.Id("options")
}

// paramType is a non-body parameter's Go type: scalars and enums by value, slices of
// values (gocode.ParamType).
func paramType(t *ir.Type) jen.Code {
	return gocode.ParamType(t, "")
}

// spanStart sets the API name azcore's fakes dispatch on and starts a tracing span.
func spanStart(g *jen.Group, v *view.Op) {
	g.Var().Err().Error()
	g.Const().Id("operationName").Op("=").Lit(v.Op.ClientName() + "." + v.Method)
	g.Id("ctx").Op("=").Qual("context", "WithValue").Call(jen.Id("ctx"), jen.Qual(gocode.RuntimePkg, "CtxAPINameKey").Values(), jen.Id("operationName"))
	g.List(jen.Id("ctx"), jen.Id("endSpan")).Op(":=").Qual(gocode.RuntimePkg, "StartSpan").Call(jen.Id("ctx"), jen.Id("operationName"), jen.Id("client").Dot("internal").Dot("Tracer").Call(), jen.Nil())
	g.Defer().Func().Params().Block(jen.Id("endSpan").Call(jen.Err())).Call()
}

// plainMethod writes a method that sends one request and returns its response.
func plainMethod(f *jen.File, pkg *ir.Package, v *view.Op) {
	methodDoc(f, pkg, v, "calls "+v.Op.ID+".")
	zero := jen.Id(v.Response).Values()
	f.Func().Params(jen.Id("client").Op("*").Id(v.Op.ClientName())).Id(v.Method).ParamsFunc(func(g *jen.Group) {
		g.Id("ctx").Qual("context", "Context")
		methodParams(g, v)
	}).Params(jen.Id(v.Response), jen.Error()).BlockFunc(func(g *jen.Group) {
		spanStart(g, v)
		g.List(jen.Id("req"), jen.Err()).Op(":=").Id("client").Dot(v.CreateRequest).CallFunc(func(g *jen.Group) { callArgs(g, v) })
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(zero, jen.Err()))
		g.List(jen.Id("httpResp"), jen.Err()).Op(":=").Id("client").Dot("internal").Dot("Pipeline").Call().Dot("Do").Call(jen.Id("req"))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(zero, jen.Err()))
		g.If(jen.Op("!").Qual(gocode.RuntimePkg, "HasStatusCode").Call(append([]jen.Code{jen.Id("httpResp")}, view.StatusCodes(v.Success)...)...)).Block(
			jen.Err().Op("=").Qual(gocode.RuntimePkg, "NewResponseError").Call(jen.Id("httpResp")),
			jen.Return(zero, jen.Err()),
		)
		g.List(jen.Id("resp"), jen.Err()).Op(":=").Id("client").Dot(v.HandleResponse).Call(jen.Id("httpResp"))
		g.Return(jen.Id("resp"), jen.Err())
	})
	f.Line()
}

// handleResponse writes the function that reads a response body into the response type.
func handleResponse(f *jen.File, v *view.Op) {
	f.Comment(v.HandleResponse + " handles the " + v.Method + " response.")
	f.Func().Params(jen.Id("client").Op("*").Id(v.Op.ClientName())).Id(v.HandleResponse).Params(jen.Id("resp").Op("*").Qual("net/http", "Response")).Params(jen.Id(v.Response), jen.Error()).BlockFunc(func(g *jen.Group) {
		if v.HeadAsBool {
			g.Id("result").Op(":=").Id(v.Response).Values(jen.Id("Success").Op(":").Id("resp").Dot("StatusCode").Op(">=").Lit(200).Op("&&").Id("resp").Dot("StatusCode").Op("<").Lit(300))
		} else {
			g.Id("result").Op(":=").Id(v.Response).Values()
		}
		parseResponseHeaders(g, v)
		if rawResult(g, v) {
			g.Return(jen.Id("result"), jen.Nil())
			return
		}
		if v.Result != nil {
			decode := jen.If(jen.Err().Op(":=").Add(unmarshalResult(v)), jen.Err().Op("!=").Nil()).Block(
				jen.Return(jen.Id(v.Response).Values(), jen.Err()),
			)
			if v.HeadAsBool {
				decode = jen.If(jen.Id("result").Dot("Success")).Block(decode)
			}
			g.Add(decode)
		}
		g.Return(jen.Id("result"), jen.Nil())
	})
	f.Line()
}
