// Package examples emits the example tests of a generated package: one runnable Example
// function per x-ms-example that calls the client against the fake server and checks the
// printed result. Its Literals, the Go literals of an example's values, also write the
// calls of the docs' Go examples.
package examples

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/golang/fake"
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/naming"
	"github.com/armgen/armgen/generator/output"
	"github.com/dave/jennifer/jen"
)

// Emit renders one runnable Example function per x-ms-example, a file per
// operation group in the external test package. Each example calls the client the way the
// example file does, against the fake server answering with the example's response, and
// prints the result; its "Output:" comment is the example's response as the Go types
// encode it, so `go test` checks the whole round trip. It needs the import path. An
// example whose values do not fit the generated types fails Emit, or, when warn is set,
// is left out with a warning to warn.
func Emit(pkg *ir.Package, importPath string, warn func(load.Diagnostic)) ([]gocode.File, error) {
	if importPath == "" {
		return nil, nil
	}
	groups, err := view.Clients(pkg)
	if err != nil {
		return nil, err
	}
	eg := &exampleGen{pkg: pkg, path: importPath}
	var files []gocode.File
	for _, gv := range groups {
		f := jen.NewFile(pkg.Name + "_test")
		f.HeaderComment(strings.TrimPrefix(output.GeneratedHeader, "// "))
		f.ImportAlias(importPath, pkg.Name)
		f.ImportAlias(importPath+"/fake", "fake")
		f.ImportAlias(gocode.AzfakePkg, "azfake")
		names := naming.NewNamer()
		n := 0
		for _, v := range gv.Ops {
			for _, ex := range v.Op.Examples {
				suffix := names.Unique(naming.Camel(ex.Name))
				fn := "Example" + gv.Group.ClientName() + "_" + v.Method + "_" + suffix
				code, err := eg.example(v, ex, fn)
				if err != nil && warn != nil {
					warn(exampleWarning(ex, v.Op.ID, err))
					continue
				}
				if err != nil {
					return nil, fmt.Errorf("example %q (%s) of %s: %w", ex.Name, path.Base(ex.File), v.Op.ID, err)
				}
				f.Add(code)
				f.Line()
				n++
			}
		}
		if n > 0 {
			files = append(files, gocode.File{Name: "example_" + strings.ToLower(gv.Group.Name) + "_test.go", File: f})
		}
	}
	return files, nil
}

// exampleWarning says which example was left out and why, naming the example file and,
// when the problem is a value, its JSON pointer.
func exampleWarning(ex *ir.Example, opID string, err error) load.Diagnostic {
	d := load.Diagnostic{File: ex.File, Kind: load.WarnExampleLeftOut}
	var le *LiteralError
	if errors.As(err, &le) {
		d.Pointer = le.Pointer()
		err = errors.New(le.Msg)
	}
	d.Msg = fmt.Sprintf("example %q of %s is left out of the example tests: %v", ex.Name, opID, err)
	return d
}

// exampleGen emits example functions.
type exampleGen struct {
	pkg  *ir.Package
	path string
}

func (eg *exampleGen) q(name string) *jen.Statement { return jen.Qual(eg.path, name) }

// fatal is `if err != nil { log.Fatal(err) }`.
func fatal() jen.Code {
	return jen.If(jen.Err().Op("!=").Nil()).Block(jen.Qual("log", "Fatal").Call(jen.Err()))
}

// example writes one Example function.
func (eg *exampleGen) example(v *view.Op, ex *ir.Example, fn string) (jen.Code, error) {
	params := hostParams(eg.pkg.HostTemplate, ex.Parameters)
	final, status, err := finalResponse(v, ex)
	if err != nil {
		return nil, err
	}
	if final != nil && final.Kind == jsonv.String && final.Str == "" && v.Result != nil && v.Result.Kind != ir.KindPrimitive && v.Result.Kind != ir.KindEnum {
		// `"body": ""` for an object, array or map: the example's way to show an empty body.
		final = nil
	}
	lit := NewLiterals(eg.path, Strict)
	respLit := eg.responseLiteral(lit, v, final, status)
	args := lit.CallArgs(v.Op, params)
	var ctorArgs []jen.Code
	for _, p := range eg.pkg.ClientParams(v.Op.Group) {
		if params.Get(p.Name) == nil && gocode.IsString(p.Type) {
			// Examples often leave client values out; the fake does not check them.
			ctorArgs = append(ctorArgs, jen.Lit("<"+p.Name+">"))
			continue
		}
		ctorArgs = append(ctorArgs, lit.Arg(params, p))
	}
	if err := lit.Err(); err != nil {
		return nil, err
	}
	output, err := eg.output(v, final)
	if err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	srvType := v.Op.ServerName()
	setResp := eg.setResponse(v, status, respLit)
	return jen.CustomFunc(jen.Options{Multi: true}, func(g *jen.Group) {
		g.Comment(fn + " runs the x-ms-example " + strconv.Quote(ex.Name) + " (" + path.Base(ex.File) + ")")
		g.Comment("against a fake server that answers with the example's response.")
		g.Func().Id(fn).Params().BlockFunc(func(b *jen.Group) {
			b.Id("srv").Op(":=").Op("&").Qual(eg.path+"/fake", srvType).Values(jen.Dict{
				jen.Id(v.Method): jen.Add(fake.ServerFunc(eg.pkg, eg.path, v)).Block(setResp, jen.Return()),
			})
			b.List(jen.Id("client"), jen.Err()).Op(":=").Add(eg.q("New" + v.Op.ClientName())).Call(append(ctorArgs,
				jen.Op("&").Qual(gocode.AzfakePkg, "TokenCredential").Values(),
				jen.Op("&").Qual(gocode.ARMPkg, "ClientOptions").Values(jen.Dict{
					jen.Id("ClientOptions"): jen.Qual(gocode.PolicyPkg, "ClientOptions").Values(jen.Dict{
						jen.Id("Transport"): jen.Qual(eg.path+"/fake", "New"+v.Op.ServerName()+"Transport").Call(jen.Id("srv")),
					}),
				}),
			)...)
			b.Add(fatal())
			b.Id("ctx").Op(":=").Qual("context", "Background").Call()
			eg.call(b, v, args)
			b.Line()
			b.Comment("Output:")
			for _, line := range output {
				b.Comment(line)
			}
			// A blank line keeps gofmt from taking the comment for a doc comment (which it
			// would reformat, indenting the output).
			b.Line()
		})
	}), nil
}

// call writes the client call and the printing of its result.
func (eg *exampleGen) call(b *jen.Group, v *view.Op, args []jen.Code) {
	call := jen.Id("client").Dot(v.Method)
	switch {
	case v.Op.IsPager():
		b.Id("pager").Op(":=").Add(call).Call(args...)
		printItems := jen.For(jen.List(jen.Id("_"), jen.Id("item")).Op(":=").Range().Id("page").Dot(v.Items)).Block(
			jen.List(jen.Id("out"), jen.Err()).Op(":=").Qual("encoding/json", "MarshalIndent").Call(jen.Id("item"), jen.Lit(""), jen.Lit("  ")),
			fatal(),
			jen.Qual("fmt", "Println").Call(jen.String().Parens(jen.Id("out"))),
		)
		if v.Items == "" {
			// No array holds the items (x-ms-pageable's itemName names none): each page whole.
			printItems = jen.Block(
				jen.List(jen.Id("out"), jen.Err()).Op(":=").Qual("encoding/json", "MarshalIndent").Call(jen.Id("page").Dot(resultField(v)), jen.Lit(""), jen.Lit("  ")),
				fatal(),
				jen.Qual("fmt", "Println").Call(jen.String().Parens(jen.Id("out"))),
			)
		}
		b.For(jen.Id("pager").Dot("More").Call()).Block(
			jen.List(jen.Id("page"), jen.Err()).Op(":=").Id("pager").Dot("NextPage").Call(jen.Id("ctx")),
			fatal(),
			printItems,
		)
		return
	case v.Op.IsLRO():
		b.List(jen.Id("poller"), jen.Err()).Op(":=").Add(call).Call(append([]jen.Code{jen.Id("ctx")}, args...)...)
		b.Add(fatal())
		b.List(jen.Id("res"), jen.Err()).Op(":=").Id("poller").Dot("PollUntilDone").Call(jen.Id("ctx"), jen.Nil())
	default:
		b.List(jen.Id("res"), jen.Err()).Op(":=").Add(call).Call(append([]jen.Code{jen.Id("ctx")}, args...)...)
	}
	b.Add(fatal())
	if v.StreamsResult() {
		b.List(jen.Id("body"), jen.Err()).Op(":=").Qual("io", "ReadAll").Call(jen.Id("res").Dot("Body"))
		b.Id("res").Dot("Body").Dot("Close").Call()
		b.Add(fatal())
		b.Qual("fmt", "Printf").Call(jen.Lit("%q\n"), jen.Id("body"))
		return
	}
	if v.Result == nil {
		b.Id("_").Op("=").Id("res")
		b.Qual("fmt", "Println").Call(jen.Lit("done"))
		return
	}
	printed := jen.Id("res").Dot(resultField(v))
	if t := v.Result; t.Kind == ir.KindPrimitive && t.Primitive == ir.UnixTime {
		printed = jen.Id("res") // its MarshalJSON writes Value as seconds, as on the wire
	}
	b.List(jen.Id("out"), jen.Err()).Op(":=").Qual("encoding/json", "MarshalIndent").Call(printed, jen.Lit(""), jen.Lit("  "))
	b.Add(fatal())
	b.Qual("fmt", "Println").Call(jen.String().Parens(jen.Id("out")))
}

// setResponse fills the responder with the example's response.
func (eg *exampleGen) setResponse(v *view.Op, status int, resp jen.Code) jen.Code {
	code := jen.Qual("net/http", view.StatusName(status))
	if view.StatusName(status) == "" {
		code = jen.Lit(status)
	}
	switch {
	case v.Op.IsLRO():
		return jen.Id("resp").Dot("SetTerminalResponse").Call(code, resp, jen.Nil())
	case v.Op.IsPager():
		return jen.Id("resp").Dot("AddPage").Call(code, resp, jen.Nil())
	}
	return jen.Id("resp").Dot("SetResponse").Call(code, resp, jen.Nil())
}

// responseLiteral is the method's response value holding the example's final body, the
// body of the response with status code status.
func (eg *exampleGen) responseLiteral(lit *Literals, v *view.Op, body *jsonv.Value, status int) jen.Code {
	if v.StreamsResult() {
		// The fake streams the example's body as it is (see streamedText).
		return eg.q(v.Response).Values(jen.Dict{
			jen.Id("Body"): jen.Qual("io", "NopCloser").Call(jen.Qual("strings", "NewReader").Call(jen.Lit(streamedText(body)))),
		})
	}
	if v.Result == nil || body == nil {
		return eg.q(v.Response).Values()
	}
	body = withoutSecrets(withoutNextLink(v, body), v.Result)
	where := "responses." + strconv.Itoa(status) + ".body"
	if v.ResultPtr() {
		c, ok := lit.Field(body, v.Result, where)
		if !ok {
			return eg.q(v.Response).Values()
		}
		return eg.q(v.Response).Values(jen.Line().Id(resultField(v)).Op(":").Add(c), jen.Line())
	}
	c := lit.Value(body, v.Result, where)
	return eg.q(v.Response).Values(jen.Line().Id(resultField(v)).Op(":").Add(c), jen.Line())
}

// resultField is the field of the method's response that holds its result: the model's
// name, embedded, or view.Op.ResultField.
func resultField(v *view.Op) string {
	if v.ResultEmbedded() && !v.Result.Model.Polymorphic() {
		return v.Result.Model.Name
	}
	return v.ResultField()
}

// withoutNextLink returns a pager's example body without its next link: the fake links
// the pages itself, and a next link from the example would lead nowhere.
func withoutNextLink(v *view.Op, body *jsonv.Value) *jsonv.Value {
	if !v.Op.IsPager() || v.Op.Pageable.NextLinkName == "" || body == nil || body.Kind != jsonv.Object {
		return body
	}
	trimmed := &jsonv.Value{Kind: jsonv.Object, Line: body.Line, Col: body.Col}
	for _, m := range body.Obj {
		if m.Key != v.Op.Pageable.NextLinkName {
			trimmed.Obj = append(trimmed.Obj, m)
		}
	}
	return trimmed
}

// output is the "Output:" lines: the printed result, or the items of a pager.
func (eg *exampleGen) output(v *view.Op, body *jsonv.Value) ([]string, error) {
	if v.Result == nil {
		return []string{"done"}, nil
	}
	if v.StreamsResult() {
		// Printed quoted, on one line: an Output comment cannot hold a carriage return or
		// keep trailing spaces.
		return []string{strconv.Quote(streamedText(body))}, nil
	}
	if v.ResultPtr() && (body == nil || body.Kind == jsonv.Null) {
		// The response's Value points to the result: nil for no body or null.
		return []string{"null"}, nil
	}
	if body == nil {
		// No body: a pager prints no items; a call prints the zero result.
		if v.Op.IsPager() {
			return nil, nil
		}
		var buf bytes.Buffer
		if err := encodeZero(&buf, v.Result); err != nil {
			return nil, err
		}
		return []string{buf.String()}, nil
	}
	var text []string
	if v.Op.IsPager() && v.Op.Pageable.ItemName == "" {
		// The page whole, without the next link the fake server does not send.
		s, err := indentedGoJSON(withoutSecrets(withoutNextLink(v, body), v.Result), v.Result)
		if err != nil {
			return nil, err
		}
		text = append(text, s)
	} else if v.Op.IsPager() {
		items := withoutSecrets(body, v.Result).Get(v.Op.Pageable.ItemName)
		if items == nil || items.Kind != jsonv.Array {
			return nil, fmt.Errorf("the example's body has no %q array", v.Op.Pageable.ItemName)
		}
		var itemType *ir.Type
		for _, f := range v.Result.Model.Fields {
			if f.JSONName == v.Op.Pageable.ItemName {
				itemType = f.Type.Elem
			}
		}
		if itemType == nil {
			return nil, fmt.Errorf("%s has no array %q", v.Result.Model.Name, v.Op.Pageable.ItemName)
		}
		for _, it := range items.Arr {
			s, err := indentedGoJSON(it, itemType)
			if err != nil {
				return nil, err
			}
			text = append(text, s)
		}
	} else {
		s, err := indentedGoJSON(withoutSecrets(body, v.Result), v.Result)
		if err != nil {
			return nil, err
		}
		text = append(text, s)
	}
	return strings.Split(strings.Join(text, "\n"), "\n"), nil
}

// finalResponse picks the example response a finished call returns: for a long-running
// operation its final status (200, then 201, then 204 for DELETE), else the first success
// response the spec declares.
func finalResponse(v *view.Op, ex *ir.Example) (*jsonv.Value, int, error) {
	order := []int{}
	switch {
	case v.Op.IsLRO() && v.Op.Method == http.MethodDelete:
		order = []int{204, 200, 202}
	case v.Op.IsLRO():
		order = []int{200, 201, 204, 202}
	default:
		for _, m := range ex.Responses.Obj {
			if code, err := strconv.Atoi(m.Key); err == nil {
				order = append(order, code)
			}
		}
	}
	for _, code := range order {
		r := ex.Responses.Get(strconv.Itoa(code))
		if r == nil {
			continue
		}
		for _, s := range v.Success {
			if s != code {
				continue
			}
			if code == http.StatusNoContent {
				// A 204 has no body (RFC 9110, 15.3.5), whatever the example writes there and
				// whatever schema the spec gives it: the fake answers with none, and the call
				// returns the zero result.
				return nil, code, nil
			}
			return r.Get("body"), code, nil
		}
	}
	if v.ImpliedSuccess && ex.Responses.Get("default") != nil {
		// The spec declares only "default" (or errors), so any 2xx is a bodiless success;
		// an example that shows only the default response is answered with a 200.
		return nil, http.StatusOK, nil
	}
	return nil, 0, fmt.Errorf("the example has no response with a success status of %s", v.Op.ID)
}

// streamedText is the bytes of a binary body from the example's value: a string as it is,
// nothing for no body, anything else as its compact JSON.
func streamedText(body *jsonv.Value) string {
	switch {
	case body == nil || body.Kind == jsonv.Null:
		return ""
	case body.Kind == jsonv.String:
		return body.Str
	}
	return body.Literal()
}
