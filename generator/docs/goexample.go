package docs

import (
	"bytes"
	"fmt"
	"path"
	"strconv"

	"github.com/armgen/armgen/generator/golang/examples"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/naming"
	"github.com/dave/jennifer/jen"
)

// The Azure SDK packages the Go examples use.
const (
	azcorePkg = "github.com/Azure/azure-sdk-for-go/sdk/azcore"
	toPkg     = "github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
)

// goExample is one x-ms-example of an operation as a Go file calling the generated client.
type goExample struct {
	// Name is the x-ms-examples key.
	Name string
	// Op is the operation.
	Op *ir.Operation
	// File is the example file's base name.
	File string
	// Func is the example function's name.
	Func string
	// Code is the gofmt-formatted Go file: package example, its imports and the function.
	Code string
}

// exampleFuncName names the example function of an x-ms-example, unique among the names
// already taken in names.
func exampleFuncName(ex *ir.Example, names *naming.Namer) string {
	base := naming.Pascal(ex.Name)
	if base == "" || !isExported(base) {
		base = "Example" + base
	}
	return names.Unique(base)
}

func isExported(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// newGoExample writes the Go file of example ex of op: a function that creates the client
// with the example's subscription, calls the operation with the example's parameters and
// body, and returns the response (a long-running operation's final one, a pageable
// operation's items). It calls the client exactly as the Go emitter declares it:
// constructor arguments are the group's client parameters that are not constants, then
// the credential and options; method arguments are the required and path parameters in the
// spec's order, then a required body, then the options with the example's optional
// parameters (examples.Literals.CallArgs, shared with the Go emitter's example functions).
// The literals are Lenient: a value that does not fit is left out, and a "Note:" comment
// of the function says so.
func newGoExample(pkg *ir.Package, op *ir.Operation, ex *ir.Example, fn, importPath string) (*goExample, error) {
	if importPath == "" {
		importPath = pkg.Name
	}
	l := examples.NewLiterals(importPath, examples.Lenient)
	q := func(name string) *jen.Statement { return jen.Qual(importPath, name) }
	params := ex.Parameters
	if params == nil {
		params = &jsonv.Value{Kind: jsonv.Object}
	}
	var ctorArgs []jen.Code
	for _, p := range pkg.ClientParams(op.Group) {
		ctorArgs = append(ctorArgs, l.Arg(params, p))
	}
	ctorArgs = append(ctorArgs, jen.Id("cred"), jen.Nil())
	args := l.CallArgs(op, params)

	resultType, zero := q(op.ResponseName()), jen.Add(q(op.ResponseName())).Values()
	items := pageItems(op)
	if op.IsPager() && items != nil {
		resultType, zero = l.Type(items.Type), jen.Nil()
	}
	fail := jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(zero, jen.Err()))
	call := jen.Id("client").Dot(op.MethodName())

	f := jen.NewFile("example")
	f.ImportName(importPath, pkg.Name)
	f.ImportName(azcorePkg, "azcore")
	f.ImportName(toPkg, "to")
	f.Comment(fmt.Sprintf("%s runs the x-ms-example %s (%s) of %s.", fn, strconv.Quote(ex.Name), strconv.Quote(path.Base(ex.File)), collapseSpace(op.ID)))
	f.Comment("cred is any azcore.TokenCredential, such as azidentity.NewDefaultAzureCredential's.")
	f.Func().Id(fn).Params(
		jen.Id("ctx").Qual("context", "Context"), jen.Id("cred").Qual(azcorePkg, "TokenCredential"),
	).Params(resultType, jen.Error()).BlockFunc(func(g *jen.Group) {
		for _, n := range l.Notes() {
			g.Comment("Note: " + n)
		}
		g.List(jen.Id("client"), jen.Err()).Op(":=").Add(q("New" + op.ClientName())).Call(ctorArgs...)
		g.Add(fail)
		switch {
		case op.IsLRO():
			g.List(jen.Id("poller"), jen.Err()).Op(":=").Add(call).Call(append([]jen.Code{jen.Id("ctx")}, args...)...)
			g.Add(fail)
			g.Return(jen.Id("poller").Dot("PollUntilDone").Call(jen.Id("ctx"), jen.Nil()))
		case op.IsPager() && items != nil:
			g.Var().Id("items").Add(resultType)
			g.Id("pager").Op(":=").Add(call).Call(args...)
			g.For(jen.Id("pager").Dot("More").Call()).Block(
				jen.List(jen.Id("page"), jen.Err()).Op(":=").Id("pager").Dot("NextPage").Call(jen.Id("ctx")),
				fail,
				jen.Id("items").Op("=").Append(jen.Id("items"), jen.Id("page").Dot(items.Name).Op("...")),
			)
			g.Return(jen.Id("items"), jen.Nil())
		case op.IsPager():
			g.Id("pager").Op(":=").Add(call).Call(args...)
			g.Return(jen.Id("pager").Dot("NextPage").Call(jen.Id("ctx")))
		default:
			g.Return(jen.Add(call).Call(append([]jen.Code{jen.Id("ctx")}, args...)...))
		}
	})
	var buf bytes.Buffer
	if err := f.Render(&buf); err != nil {
		return nil, fmt.Errorf("example %q of %s: %w", ex.Name, op.ID, err)
	}
	return &goExample{Name: ex.Name, Op: op, File: path.Base(ex.File), Func: fn, Code: buf.String()}, nil
}

// pageItems is the field of a pageable operation's result that holds a page's items, or
// nil.
func pageItems(op *ir.Operation) *ir.Field {
	if op.Pageable == nil {
		return nil
	}
	for _, r := range op.Responses {
		if r.IsError() || r.Type == nil || r.Type.Kind != ir.KindModel {
			continue
		}
		for _, f := range r.Type.Model.Fields {
			if f.JSONName == op.Pageable.ItemName && f.Type.Kind == ir.KindArray {
				return f
			}
		}
		return nil
	}
	return nil
}
