package examples

import (
	"net/url"
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
)

// hostParams returns an example's parameters with values for the x-ms-parameterized-host
// parameters that make the host template an absolute URL with a host, which azcore needs to
// send a request (the fake transport answers whatever the host). Examples often give a
// placeholder instead ("{Endpoint}" in Text Analytics', "https://{name}.azconfig.io" in App
// Configuration's) or nothing. When the example's own values fill the template into such a
// URL they are kept; else each string host parameter gets its example value without the
// placeholder's braces ("https://name.azconfig.io"); when that still does not make a URL, a
// made-up one: "https://<name>.example.com" for a parameter that begins the template (it
// holds the scheme), the lower-cased name elsewhere. Other parameters are kept as they are.
func hostParams(h *ir.HostTemplate, params *jsonv.Value) *jsonv.Value {
	if h == nil || len(h.Params) == 0 {
		return params
	}
	given := func(p *ir.Parameter) string {
		if v := params.Get(p.Name); v != nil && v.Kind == jsonv.String {
			return v.Str
		}
		return "<" + p.Name + ">" // what the example emitter passes for a missing client string
	}
	if usableHost(fillHost(h, given)) {
		return params
	}
	unbraced := func(p *ir.Parameter) string {
		if !gocode.IsString(p.Type) {
			return given(p)
		}
		return strings.NewReplacer("{", "", "}", "", "<", "", ">", "").Replace(given(p))
	}
	value := unbraced
	if !usableHost(fillHost(h, unbraced)) {
		value = func(p *ir.Parameter) string {
			if !gocode.IsString(p.Type) {
				return given(p)
			}
			label := hostLabel(p.Name)
			if strings.HasPrefix(h.Template, "{"+p.Name+"}") {
				return "https://" + label + ".example.com"
			}
			return label
		}
	}
	out := params.Clone()
	if out == nil || out.Kind != jsonv.Object {
		out = &jsonv.Value{Kind: jsonv.Object}
	}
	for _, p := range h.Params {
		if !gocode.IsString(p.Type) {
			continue
		}
		v := &jsonv.Value{Kind: jsonv.String, Str: value(p)}
		if i := memberIndex(out, p.Name); i >= 0 {
			out.Obj[i].Value = v
		} else {
			out.Obj = append(out.Obj, jsonv.Member{Key: p.Name, Value: v})
		}
	}
	return out
}

// fillHost fills the host template with value's text for each host parameter.
func fillHost(h *ir.HostTemplate, value func(*ir.Parameter) string) string {
	s := h.Template
	for _, p := range h.Params {
		s = strings.ReplaceAll(s, "{"+p.Name+"}", value(p))
	}
	return s
}

// usableHost reports whether s parses as an absolute http(s) URL with a host.
func usableHost(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

// hostLabel turns a parameter name into a DNS label: its ASCII letters and digits, lower-cased.
func hostLabel(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "host"
	}
	return b.String()
}

// memberIndex returns the index of key among an object's members, or -1.
func memberIndex(v *jsonv.Value, key string) int {
	for i, m := range v.Obj {
		if m.Key == key {
			return i
		}
	}
	return -1
}
