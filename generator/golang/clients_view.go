package golang

import (
	"fmt"
	"go/token"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
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

// opView is an operation as its client method sees it: names, arguments in order, the
// optional parameters, the body, the success status codes and the result type.
type opView struct {
	op *ir.Operation
	// method, options and response are the exported names.
	method, options, response string
	// initial is the unexported method sending a long-running operation's first request.
	initial string
	// createRequest and handleResponse are the unexported request builder and response reader.
	createRequest, handleResponse string
	// args are the per-call parameters passed as method arguments, in the spec's order.
	args []*paramView
	// optional are the optional query and header parameters, fields of the options struct.
	optional []*paramView
	// client are the parameters the client holds (subscriptionId, api-version).
	client []*paramView
	// body is the body parameter, or nil; a body that is not required is an options field.
	body *paramView
	// success are the status codes that mean success, ascending.
	success []int
	// result is the response body's type, or nil when no success response has a body.
	result *ir.Type
	// nextLink and items are the Go field names of a pageable result's next link ("" for
	// one page) and items.
	nextLink, items string
	// headAsBool is a plain HEAD whose spec lists 404: 404 is in success and the response's
	// Success field reports whether the status was 2xx, as the Azure SDK does for HEAD.
	headAsBool bool
	// groups are the x-ms-parameter-grouping arguments; grouped are their non-body members
	// and groupBody a grouped body (clients_group.go). Grouped parameters are in none of
	// args, optional and body.
	groups    []*groupArg
	grouped   []*paramView
	groupBody *paramView
	// impliedSuccess is set for an operation that declares no 2xx/3xx response: any 2xx
	// status is its success, with no body, and every other status is an error.
	impliedSuccess bool
	// hostTemplate is the package's x-ms-parameterized-host, or nil for the ARM endpoint.
	hostTemplate *ir.HostTemplate
	// next is the view of the pager's next operation (x-ms-pageable operationName), or nil.
	next *opView
}

// paramView is a parameter with its Go identifier in the generated method.
type paramView struct {
	p *ir.Parameter
	// id is the argument, options field, client field or group field name.
	id string
	// grp is the group argument the parameter is a field of, or nil.
	grp *groupArg
}

// newOpView works out everything the client emitters need for one operation.
func newOpView(op *ir.Operation, internal *naming.Namer) (*opView, error) {
	v := &opView{op: op, method: op.MethodName(), options: op.OptionsName(), response: op.ResponseName()}
	base := lowerFirst(op.Name)
	if token.IsKeyword(base) {
		base += "Operation"
	}
	if op.IsLRO() {
		v.initial = internal.Unique(base)
	}
	v.createRequest = internal.Unique(base + "CreateRequest")
	v.handleResponse = internal.Unique(base + "HandleResponse")
	taken := map[string]bool{}
	for _, p := range op.Params {
		pv := &paramView{p: p}
		switch {
		case p.Grouping != nil:
			continue
		case p.Client:
			pv.id = p.GoName
			v.client = append(v.client, pv)
		case p.Required || p.In == ir.InPath:
			pv.id = localName(p.GoName, taken)
			v.args = append(v.args, pv)
		default:
			pv.id = naming.Pascal(p.GoName)
			v.optional = append(v.optional, pv)
		}
	}
	v.addGroups(taken)
	if op.Body != nil && op.Body.Grouping == nil {
		if op.Body.Required {
			v.body = &paramView{p: op.Body, id: localName(op.Body.GoName, taken)}
		} else {
			v.body = &paramView{p: op.Body, id: naming.Pascal(op.Body.GoName)}
		}
	}
	plainHead := op.Method == "HEAD" && !op.IsLRO() && !op.IsPager()
	for _, r := range op.Responses {
		if plainHead && r.Status == "404" {
			v.headAsBool = true
			continue
		}
		if r.IsError() {
			continue
		}
		code, err := strconv.Atoi(r.Status)
		if err != nil {
			continue
		}
		v.success = append(v.success, code)
		if v.result == nil && r.Type != nil {
			v.result = r.Type
		}
	}
	if len(v.success) == 0 {
		if op.IsLRO() || op.IsPager() {
			return nil, fmt.Errorf("%s: operation %s declares no success (2xx/3xx) response", op.Source, op.ID)
		}
		// Only errors (4xx/5xx or "default") are declared: see impliedSuccess.
		v.success, v.impliedSuccess = impliedSuccess(), true
	}
	if v.headAsBool {
		v.success = append(v.success, 404)
	}
	sort.Ints(v.success)
	if op.IsPager() {
		if err := v.pageFields(); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// pageFields finds the Go fields of a pageable result that hold its items and next link.
func (v *opView) pageFields() error {
	pg := v.op.Pageable
	if v.result == nil || v.result.Kind != ir.KindModel || isMapModel(v.result.Model) {
		return fmt.Errorf("%s: x-ms-pageable operation %s has no object response to page through", v.op.Source, v.op.ID)
	}
	m := v.result.Model
	for _, f := range m.Fields {
		switch f.JSONName {
		case pg.ItemName:
			v.items = f.Name
		case pg.NextLinkName:
			if f.Type.Kind == ir.KindPrimitive && f.Type.Primitive == ir.String {
				v.nextLink = f.Name
			}
		}
	}
	if v.items == "" {
		return fmt.Errorf("%s: x-ms-pageable itemName %q is not a property of %s", v.op.Source, pg.ItemName, m.Name)
	}
	if pg.NextLinkName != "" && v.nextLink == "" {
		return fmt.Errorf("%s: x-ms-pageable nextLinkName %q is not a string property of %s", v.op.Source, pg.NextLinkName, m.Name)
	}
	return nil
}

// pathParams returns the path template split into literal text and parameters, in order.
// Literal parts have a nil parameter.
func (v *opView) pathParts() ([]pathPart, error) {
	byName := map[string]*paramView{}
	for _, list := range [][]*paramView{v.args, v.client, v.grouped} {
		for _, pv := range list {
			if pv.p.In == ir.InPath {
				byName[pv.p.Name] = pv
			}
		}
	}
	var parts []pathPart
	rest := v.op.Path
	for rest != "" {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			parts = append(parts, pathPart{text: rest})
			break
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			return nil, fmt.Errorf("%s: path %q has an unclosed '{'", v.op.Source, v.op.Path)
		}
		if i > 0 {
			parts = append(parts, pathPart{text: rest[:i]})
		}
		name := rest[i+1 : i+j]
		pv := byName[name]
		if pv == nil {
			return nil, fmt.Errorf("%s: path %q names {%s}, which no path parameter declares", v.op.Source, v.op.Path, name)
		}
		parts = append(parts, pathPart{param: pv})
		rest = rest[i+j+1:]
	}
	return parts, nil
}

// pathPart is literal path text or a path parameter.
type pathPart struct {
	text  string
	param *paramView
}

// statusName spells a status code as its net/http constant name, such as "StatusOK".
func statusName(code int) string {
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

// lowerFirst lower-cases the first letter, or the whole leading initialism ("VM" -> "vm").
func lowerFirst(s string) string {
	words := naming.Words(s)
	if len(words) > 0 && strings.ToUpper(words[0]) == words[0] && len(words[0]) > 1 {
		return strings.ToLower(words[0]) + s[len(words[0]):]
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

// groupFileName is the file a group's client goes to, such as "packetcaptures_client.go".
func groupFileName(group, suffix string) string {
	return strings.ToLower(group) + suffix
}
