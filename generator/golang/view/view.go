// Package view describes each operation as its client method sees it (Op): the Go names
// of the method, its options and response, its arguments in order, the optional parameters,
// the body, the x-ms-parameter-grouping arguments, the success status codes, the result
// type and a pager's next operation. The client, fake-server and example emitters all work
// from these views, so they agree on every name and argument.
package view

import (
	"fmt"
	"go/token"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
	"github.com/dave/jennifer/jen"
)

// isClientLocal reports whether name is a local (or package) name the generated client
// methods use; a parameter with such a Go name gets a "Param" suffix.
func isClientLocal(name string) bool {
	switch name {
	case "ctx", "client", "options", "req", "err", "httpResp", "resp", "result", "urlPath", "reqQP",
		"endSpan", "operationName", "poller", "page", "nextLink", "runtime", "policy", "http", "url",
		"context", "arm", "azcore", "strconv", "strings", "time", "fmt", "errors", "tracing",
		"errResp", "pageURL", "hostURL", "nextOptions":
		return true
	}
	return false
}

// Op is an operation as its client method sees it: names, arguments in order, the
// optional parameters, the body, the success status codes and the result type.
type Op struct {
	// Op is the operation.
	Op *ir.Operation
	// Method, Options and Response are the exported names.
	Method, Options, Response string
	// Initial is the unexported method sending a long-running operation's first request.
	Initial string
	// CreateRequest and HandleResponse are the unexported request builder and response reader.
	CreateRequest, HandleResponse string
	// Args are the per-call parameters passed as method arguments, in the spec's order.
	Args []*Param
	// Optional are the optional query and header parameters, fields of the options struct.
	Optional []*Param
	// ClientParams are the parameters the client holds (subscriptionId, api-version).
	ClientParams []*Param
	// Body is the body parameter, or nil; a body that is not required is an options field.
	Body *Param
	// Success are the status codes that mean success, ascending.
	Success []int
	// Result is the response body's type, or nil when no success response has a body.
	Result *ir.Type
	// NextLink and Items are the Go field names of a pageable result's next link ("" for
	// one page) and items ("" when x-ms-pageable's itemName names no array of the model:
	// the pages are taken whole).
	NextLink, Items string
	// HeadAsBool is a plain HEAD whose spec lists 404: 404 is in success and the response's
	// Success field reports whether the status was 2xx, as the Azure SDK does for HEAD.
	HeadAsBool bool
	// Groups are the x-ms-parameter-grouping arguments; Grouped are their non-body members
	// and GroupBody a grouped body (group.go). Grouped parameters are in none of
	// Args, Optional and Body.
	Groups    []*GroupArg
	Grouped   []*Param
	GroupBody *Param
	// ImpliedSuccess is set for an operation that declares no 2xx/3xx response: any 2xx
	// status is its success, with no body, and every other status is an error.
	ImpliedSuccess bool
	// HostTemplate is the package's x-ms-parameterized-host, or nil for the ARM endpoint.
	HostTemplate *ir.HostTemplate
	// Next is the view of the pager's next operation (x-ms-pageable operationName), or nil.
	Next *Op
}

// Param is a parameter with its Go identifier in the generated method.
type Param struct {
	// Param is the parameter.
	Param *ir.Parameter
	// ID is the argument, options field, client field or group field name.
	ID string
	// GroupArg is the group argument the parameter is a field of, or nil.
	GroupArg *GroupArg
}

// NewOp works out everything the client emitters need for one operation.
func NewOp(op *ir.Operation, internal *naming.Namer) (*Op, error) {
	v := &Op{Op: op, Method: op.MethodName(), Options: op.OptionsName(), Response: op.ResponseName()}
	base := LowerFirst(op.Name)
	if token.IsKeyword(base) {
		base += "Operation"
	}
	if op.IsLRO() {
		v.Initial = internal.Unique(base)
	}
	v.CreateRequest = internal.Unique(base + "CreateRequest")
	v.HandleResponse = internal.Unique(base + "HandleResponse")
	taken := map[string]bool{}
	for _, p := range op.Params {
		pv := &Param{Param: p}
		switch {
		case p.Grouping != nil:
			continue
		case p.Client:
			pv.ID = p.GoName
			v.ClientParams = append(v.ClientParams, pv)
		case p.Required || p.In == ir.InPath:
			pv.ID = localName(p.GoName, taken)
			v.Args = append(v.Args, pv)
		default:
			pv.ID = naming.Pascal(p.GoName)
			v.Optional = append(v.Optional, pv)
		}
	}
	v.addGroups(taken)
	if op.Body != nil && op.Body.Grouping == nil {
		if op.Body.Required {
			v.Body = &Param{Param: op.Body, ID: localName(op.Body.GoName, taken)}
		} else {
			v.Body = &Param{Param: op.Body, ID: naming.Pascal(op.Body.GoName)}
		}
	}
	plainHead := op.Method == "HEAD" && !op.IsLRO() && !op.IsPager()
	for _, r := range op.Responses {
		if plainHead && r.Status == "404" {
			v.HeadAsBool = true
			continue
		}
		if r.IsError() {
			continue
		}
		code, err := strconv.Atoi(r.Status)
		if err != nil {
			continue
		}
		v.Success = append(v.Success, code)
		if v.Result == nil && r.Type != nil {
			v.Result = r.Type
		}
	}
	if op.LongRunning != nil && op.LongRunning.FinalSchema != nil {
		v.Result = op.LongRunning.FinalSchema // final-state-schema: what the poller returns
	}
	if len(v.Success) == 0 {
		if op.IsLRO() || op.IsPager() {
			return nil, fmt.Errorf("%s: operation %s declares no success (2xx/3xx) response", op.Source, op.ID)
		}
		// Only errors (4xx/5xx or "default") are declared: see impliedSuccess.
		v.Success, v.ImpliedSuccess = impliedSuccess(), true
	}
	if v.HeadAsBool {
		v.Success = append(v.Success, 404)
	}
	sort.Ints(v.Success)
	if op.IsPager() {
		if err := v.pageFields(); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// pageFields finds the Go fields of a pageable result that hold its items and next link.
func (v *Op) pageFields() error {
	pg := v.Op.Pageable
	if v.Result == nil || v.Result.Kind != ir.KindModel || gocode.IsMapModel(v.Result.Model) {
		return fmt.Errorf("%s: x-ms-pageable operation %s has no object response to page through", v.Op.Source, v.Op.ID)
	}
	m := v.Result.Model
	for _, f := range m.Fields {
		switch f.JSONName {
		case pg.ItemName:
			v.Items = f.Name
		case pg.NextLinkName:
			if f.Type.Kind == ir.KindPrimitive && f.Type.Primitive == ir.String {
				v.NextLink = f.Name
			}
		}
	}
	if v.Items == "" && pg.ItemName != "" {
		return fmt.Errorf("%s: x-ms-pageable itemName %q is not a property of %s", v.Op.Source, pg.ItemName, m.Name)
	}
	if pg.NextLinkName != "" && v.NextLink == "" {
		return fmt.Errorf("%s: x-ms-pageable nextLinkName %q is not a string property of %s", v.Op.Source, pg.NextLinkName, m.Name)
	}
	return nil
}

// PathParts returns the path template split into literal text and parameters, in order.
// Literal parts have a nil parameter.
func (v *Op) PathParts() ([]PathPart, error) {
	byName := map[string]*Param{}
	for _, list := range [][]*Param{v.Args, v.ClientParams, v.Grouped} {
		for _, pv := range list {
			if pv.Param.In == ir.InPath {
				byName[pv.Param.Name] = pv
			}
		}
	}
	var parts []PathPart
	rest := v.Op.Path
	for rest != "" {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			parts = append(parts, PathPart{Text: rest})
			break
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			return nil, fmt.Errorf("%s: path %q has an unclosed '{'", v.Op.Source, v.Op.Path)
		}
		if i > 0 {
			parts = append(parts, PathPart{Text: rest[:i]})
		}
		name := rest[i+1 : i+j]
		pv := byName[name]
		if pv == nil {
			return nil, fmt.Errorf("%s: path %q names {%s}, which no path parameter declares", v.Op.Source, v.Op.Path, name)
		}
		parts = append(parts, PathPart{Param: pv})
		rest = rest[i+j+1:]
	}
	return parts, nil
}

// PathPart is literal path text or a path parameter.
type PathPart struct {
	// Text is the literal text; Param is the parameter, or nil for text.
	Text  string
	Param *Param
}

// StatusName spells a status code as its net/http constant name, such as "StatusOK".
func StatusName(code int) string {
	names := map[int]string{
		200: "StatusOK", 201: "StatusCreated", 202: "StatusAccepted", 203: "StatusNonAuthoritativeInfo",
		204: "StatusNoContent", 205: "StatusResetContent", 206: "StatusPartialContent",
		300: "StatusMultipleChoices", 301: "StatusMovedPermanently", 302: "StatusFound",
		303: "StatusSeeOther", 304: "StatusNotModified", 307: "StatusTemporaryRedirect",
		308: "StatusPermanentRedirect", 404: "StatusNotFound",
	}
	return names[code]
}

// localName makes a parameter's Go name safe as a local identifier and unique among the
// method's parameters.
func localName(name string, taken map[string]bool) string {
	if isClientLocal(name) {
		name += "Param"
	}
	for taken[name] {
		name += "X"
	}
	taken[name] = true
	return name
}

// LowerFirst lower-cases the first letter, or the whole leading initialism ("VM" -> "vm").
func LowerFirst(s string) string {
	words := naming.Words(s)
	if len(words) > 0 && strings.ToUpper(words[0]) == words[0] && len(words[0]) > 1 {
		return strings.ToLower(words[0]) + s[len(words[0]):]
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

// GroupFileName is the file a group's client goes to, such as "packetcaptures_client.go".
func GroupFileName(group, suffix string) string {
	return strings.ToLower(group) + suffix
}

// Client is an operation group with the views of its operations.
type Client struct {
	// Group is the operation group; Ops are the views of its operations, in its order.
	Group *ir.OperationGroup
	Ops   []*Op
	// Fields are the parameters the client holds and takes in its constructor, such as
	// subscriptionId; api-version is a constant and is not among them.
	Fields []*Param
}

// Clients builds the views of every group and operation of pkg.
func Clients(pkg *ir.Package) ([]*Client, error) {
	var out []*Client
	for _, g := range pkg.Groups {
		gv := &Client{Group: g}
		internal := naming.NewNamer()
		byName := map[string]*Param{}
		for _, op := range g.Operations {
			v, err := NewOp(op, internal)
			if err != nil {
				return nil, err
			}
			v.HostTemplate = pkg.HostTemplate
			gv.Ops = append(gv.Ops, v)
			for _, pv := range v.ClientParams {
				if byName[pv.Param.Name] == nil {
					byName[pv.Param.Name] = pv
				}
			}
		}
		if err := linkNextViews(gv.Ops); err != nil {
			return nil, err
		}
		for _, p := range g.ClientParams() {
			gv.Fields = append(gv.Fields, byName[p.Name])
		}
		out = append(out, gv)
	}
	return out, nil
}

// StatusCodes lists status codes as net/http constants where they have one.
func StatusCodes(codes []int) []jen.Code {
	out := make([]jen.Code, 0, len(codes))
	for _, c := range codes {
		if n := StatusName(c); n != "" {
			out = append(out, jen.Qual("net/http", n))
		} else {
			out = append(out, jen.Lit(c))
		}
	}
	return out
}

// StatusKey spells a status code as the three digits of its key among the responses.
func StatusKey(c int) string {
	return string(rune('0'+c/100)) + string(rune('0'+c/10%10)) + string(rune('0'+c%10))
}

// ResultField names the response's field that holds a result other than an object model
// (which is embedded), as AutoRest's Go generator names it: the interface of a polymorphic
// result (XxxClassification, embedded), ElemArray for an array (StringArray, FooArray for
// []*Foo), Value for the rest (a pointer to a scalar or an enum: ResultPtr).
func (v *Op) ResultField() string {
	switch {
	case v.Result == nil:
		return ""
	case v.Result.Polymorphic():
		return v.Result.Model.Interface
	case v.Result.Kind == ir.KindArray:
		return arrayFieldName(v.Result)
	}
	return "Value"
}

// ResultEmbedded reports whether the response embeds its result: an object model, or a
// polymorphic model's interface.
func (v *Op) ResultEmbedded() bool {
	return v.Result != nil && v.Result.Kind == ir.KindModel && !gocode.IsMapModel(v.Result.Model)
}

// ResultPtr reports whether the response's Value field points to the result (a scalar or
// an enum, as the Azure SDK holds them: Value *string).
func (v *Op) ResultPtr() bool {
	return v.Result != nil && !v.ResultEmbedded() && gocode.PointerField(v.Result)
}

// arrayFieldName is ElemArray for an array of Elem: the element's Go type name.
func arrayFieldName(t *ir.Type) string {
	return typeWord(t.Elem) + "Array"
}

// typeWord is a Go type's name as one exported word: Foo, String, Int32, Time, FooArray.
func typeWord(t *ir.Type) string {
	switch t.Kind {
	case ir.KindArray:
		return arrayFieldName(t)
	case ir.KindMap:
		return "Map"
	case ir.KindModel:
		if t.Model.Polymorphic() {
			return t.Model.Interface
		}
		return t.Model.Name
	case ir.KindEnum:
		return t.Enum.Name
	}
	switch t.Primitive {
	case ir.String:
		return "String"
	case ir.Int32:
		return "Int32"
	case ir.Int64:
		return "Int64"
	case ir.Float32:
		return "Float32"
	case ir.Float64:
		return "Float64"
	case ir.Bool:
		return "Bool"
	case ir.DateTime:
		return "Time"
	case ir.Bytes:
		return "ByteArray"
	}
	return "Interface"
}
