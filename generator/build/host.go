package build

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
)

// hostKeys are the keys of x-ms-parameterized-host that armgen honours; any other key is
// an error rather than silently ignored.
var hostKeys = map[string]bool{"hostTemplate": true, "useSchemePrefix": true, "positionInOperation": true, "parameters": true}

// parameterizedHost builds x-ms-parameterized-host of the root file into pkg.HostTemplate.
// Every problem is an error naming the file and pointer: a client that silently called the
// wrong host would be worse than none.
func (b *builder) parameterizedHost() {
	f := b.doc.Spec
	const xptr = "/x-ms-parameterized-host"
	x := f.Tree.Pointer(xptr)
	if x == nil {
		return
	}
	if x.Kind != jsonv.Object {
		b.errorf(f.Path, xptr, "x-ms-parameterized-host is a JSON %s, want an object", x.Kind)
		return
	}
	for _, m := range x.Obj {
		if !hostKeys[m.Key] {
			b.errorf(f.Path, xptr+"/"+jsonv.EscapeToken(m.Key), "x-ms-parameterized-host key %q is not supported: want hostTemplate, useSchemePrefix, positionInOperation or parameters", m.Key)
		}
	}
	tmpl := x.Get("hostTemplate")
	if tmpl == nil || tmpl.Kind != jsonv.String || tmpl.Str == "" {
		b.errorf(f.Path, xptr+"/hostTemplate", "x-ms-parameterized-host needs a non-empty string hostTemplate")
		return
	}
	h := &ir.HostTemplate{Template: tmpl.Str, Source: ir.Source{File: f.Path, Pointer: xptr}}
	prefix := true
	if u := x.Get("useSchemePrefix"); u != nil {
		if u.Kind != jsonv.Bool {
			b.errorf(f.Path, xptr+"/useSchemePrefix", "useSchemePrefix is a JSON %s, want a boolean", u.Kind)
			return
		}
		prefix = u.Bool
	}
	if prefix {
		scheme, ok := b.hostScheme()
		if !ok {
			return
		}
		h.Template = scheme + "://" + h.Template
	}
	if pos := x.Get("positionInOperation"); pos != nil {
		switch pos.StrOr("") {
		case "first":
		case "last":
			h.Last = true
		default:
			b.errorf(f.Path, xptr+"/positionInOperation", "positionInOperation must be \"first\" or \"last\"")
			return
		}
	}
	names, err := templateNames(tmpl.Str)
	if err != nil {
		b.errorf(f.Path, xptr+"/hostTemplate", "%v", err)
		return
	}
	params := x.Get("parameters")
	if params != nil && params.Kind != jsonv.Array {
		b.errorf(f.Path, xptr+"/parameters", "parameters is a JSON %s, want an array", params.Kind)
		return
	}
	declared := map[string]bool{}
	bad := false
	if params != nil {
		for i, pn := range params.Arr {
			ptr := xptr + "/parameters/" + strconv.Itoa(i)
			p, name := b.hostParam(ptr, pn)
			if p == nil {
				declared[name] = name != "" // reported already: not "missing" as well
				bad = true
				continue
			}
			if declared[p.Name] {
				b.errorf(f.Path, ptr, "host parameter %q is declared twice", p.Name)
				bad = true
				continue
			}
			if !names[p.Name] {
				b.errorf(f.Path, ptr, "host parameter %q does not appear in hostTemplate %q", p.Name, tmpl.Str)
				bad = true
				continue
			}
			declared[p.Name] = true
			h.Params = append(h.Params, p)
		}
	}
	var missing []string
	for n := range names {
		if !declared[n] {
			missing = append(missing, n)
		}
	}
	sort.Strings(missing)
	for _, n := range missing {
		b.errorf(f.Path, xptr+"/hostTemplate", "hostTemplate names {%s}, which no x-ms-parameterized-host parameter declares", n)
		bad = true
	}
	if !bad {
		b.pkg.HostTemplate = h
	}
}

// hostScheme is the scheme useSchemePrefix puts before the host template: the spec's first
// scheme, or https when it lists none.
func (b *builder) hostScheme() (string, bool) {
	f := b.doc.Spec
	s := f.Tree.Get("schemes")
	if s == nil || (s.Kind == jsonv.Array && len(s.Arr) == 0) {
		return "https", true
	}
	if s.Kind != jsonv.Array || s.Arr[0].Kind != jsonv.String {
		b.errorf(f.Path, "/schemes", "schemes must be an array of strings")
		return "", false
	}
	switch v := s.Arr[0].Str; v {
	case "http", "https":
		return v, true
	default:
		b.errorf(f.Path, "/schemes/0", "scheme %q cannot prefix x-ms-parameterized-host: want http or https (or useSchemePrefix: false)", v)
		return "", false
	}
}

// hostParam builds one x-ms-parameterized-host parameter (inline or a $ref). A $ref'd
// parameter belongs to the client unless it says x-ms-parameter-location: method; an
// inline one is a method argument unless it says x-ms-parameter-location: client.
func (b *builder) hostParam(ptr string, pn *jsonv.Value) (*ir.Parameter, string) {
	f := b.doc.Spec
	pf, pp := f, ptr
	ref := pn.Get("$ref")
	if ref != nil {
		tf, tptr, _, err := b.doc.Resolve(f, ref.Str)
		if err != nil {
			b.errorf(f.Path, ptr+"/$ref", "$ref %q: %v", ref.Str, err)
			return nil, ""
		}
		pf, pp = tf, tptr
	}
	node := pf.Tree.Pointer(pp)
	if node == nil || node.Kind != jsonv.Object {
		b.errorf(pf.Path, pp, "want a parameter object")
		return nil, ""
	}
	name := node.Get("name").StrOr("")
	if in := node.Get("in").StrOr(""); in != "path" {
		b.errorf(pf.Path, pp+"/in", "x-ms-parameterized-host parameter has in %q, want \"path\"", in)
		return nil, name
	}
	if t := node.Get("type").StrOr(""); t != "string" {
		b.errorf(pf.Path, pp+"/type", "x-ms-parameterized-host parameter has type %q: only strings are supported", t)
		return nil, name
	}
	loc := node.Get("x-ms-parameter-location").StrOr("")
	switch loc {
	case "", "client", "method":
	default:
		b.errorf(pf.Path, pp+"/x-ms-parameter-location", "x-ms-parameter-location %q: want client or method", loc)
		return nil, name
	}
	p := b.parameter(pf, pp, &ir.Operation{Group: "Host"})
	if p == nil {
		return nil, name
	}
	p.In = ir.InHost
	p.Required = true
	p.Constant = ""
	p.Client = loc == "client" || (ref != nil && loc != "method")
	return p, name
}

// templateNames returns the {name}s of a host template.
func templateNames(t string) (map[string]bool, error) {
	names := map[string]bool{}
	rest := t
	for {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			if strings.IndexByte(rest, '}') >= 0 {
				return nil, fmt.Errorf("hostTemplate %q has a '}' without '{'", t)
			}
			return names, nil
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			return nil, fmt.Errorf("hostTemplate %q has an unclosed '{'", t)
		}
		name := rest[i+1 : i+j]
		if name == "" || strings.ContainsAny(name, "{/") {
			return nil, fmt.Errorf("hostTemplate %q has an invalid parameter {%s}", t, name)
		}
		names[name] = true
		rest = rest[i+j+1:]
	}
}

// addHostParams adds the host parameters to op, before or after its own parameters as
// positionInOperation says. A name the operation already uses is an error.
func (b *builder) addHostParams(op *ir.Operation) {
	h := b.pkg.HostTemplate
	if h == nil {
		return
	}
	for _, hp := range h.Params {
		for _, p := range op.Params {
			if p.Name == hp.Name {
				b.errorf(op.Source.File, p.Source.Pointer, "parameter %q of operation %s has the name of an x-ms-parameterized-host parameter", p.Name, op.ID)
				return
			}
		}
	}
	if h.Last {
		op.Params = append(op.Params, h.Params...)
		return
	}
	op.Params = append(append([]*ir.Parameter{}, h.Params...), op.Params...)
}
