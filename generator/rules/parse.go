package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/runtime/validation"
)

// members returns an object's members sorted by key, or reports v when it is not an object.
func (f *File) members(v *jsonv.Value, ptr, what string) []jsonv.Member {
	if v.Kind != jsonv.Object {
		f.diags.add(ptr, v.Line, "%s must be a JSON object, not %s", what, v.Kind)
		return nil
	}
	ms := append([]jsonv.Member(nil), v.Obj...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].Key < ms[j].Key })
	return ms
}

// checkKeys reports every key of the object v that is not among allowed; "description" is
// always allowed and must be a string.
func (f *File) checkKeys(v *jsonv.Value, ptr string, allowed ...string) {
	for _, m := range v.Obj {
		p := ptr + "/" + jsonv.EscapeToken(m.Key)
		if m.Key == "description" {
			if m.Value.Kind != jsonv.String {
				f.diags.add(p, m.Value.Line, "description must be a string, not %s", m.Value.Kind)
			}
			continue
		}
		ok := false
		for _, a := range allowed {
			ok = ok || m.Key == a
		}
		if !ok {
			f.diags.add(p, m.Value.Line, "unknown key %q (allowed here: %s, description)", m.Key, strings.Join(allowed, ", "))
		}
	}
}

func (f *File) parseRoot(root *jsonv.Value) {
	if root.Kind != jsonv.Object {
		f.diags.add("", root.Line, "a rules file must be a JSON object, not %s", root.Kind)
		return
	}
	f.checkKeys(root, "", "definitions", "dependencies")
	if v := root.Get("definitions"); v != nil {
		for _, m := range f.members(v, "/definitions", "definitions") {
			f.parseDefinition(m.Key, m.Value, "/definitions/"+jsonv.EscapeToken(m.Key))
		}
	}
	if v := root.Get("dependencies"); v != nil {
		for _, m := range f.members(v, "/dependencies", "dependencies") {
			f.parseDependencies(m.Key, m.Value, "/dependencies/"+jsonv.EscapeToken(m.Key))
		}
	}
}

func (f *File) parseDefinition(name string, v *jsonv.Value, ptr string) {
	d := definition{name: name, ptr: ptr, line: v.Line}
	if v.Kind != jsonv.Object {
		f.diags.add(ptr, v.Line, "a definition entry must be a JSON object, not %s", v.Kind)
		return
	}
	f.checkKeys(v, ptr, "properties", "object")
	props, object := v.Get("properties"), v.Get("object")
	if props == nil && object == nil {
		f.diags.add(ptr, v.Line, "a definition entry needs \"properties\", \"object\" or both")
	}
	if props != nil {
		for _, m := range f.members(props, ptr+"/properties", "properties") {
			p := property{name: m.Key, ptr: ptr + "/properties/" + jsonv.EscapeToken(m.Key), line: m.Value.Line}
			if base, ok := strings.CutSuffix(m.Key, "[]"); ok {
				p.name, p.items = base, true
			}
			if p.name == "" || strings.ContainsAny(p.name, "[]") {
				f.diags.add(p.ptr, m.Value.Line, "%q is not a property name, or a property name followed by []", m.Key)
				continue
			}
			for i, rv := range f.list(m.Value, p.ptr, "a property's rules") {
				if r, ok := f.parsePropertyRule(rv, fmt.Sprintf("%s/%d", p.ptr, i)); ok {
					p.rules = append(p.rules, r)
				}
			}
			d.props = append(d.props, p)
		}
	}
	if object != nil {
		for i, rv := range f.list(object, ptr+"/object", "object") {
			if r, ok := f.parseObjectRule(rv, fmt.Sprintf("%s/object/%d", ptr, i)); ok {
				d.object = append(d.object, r)
			}
		}
	}
	f.defs = append(f.defs, d)
}

// list returns the elements of a non-empty JSON array, or reports v.
func (f *File) list(v *jsonv.Value, ptr, what string) []*jsonv.Value {
	if v.Kind != jsonv.Array {
		f.diags.add(ptr, v.Line, "%s must be a JSON array, not %s", what, v.Kind)
		return nil
	}
	if len(v.Arr) == 0 {
		f.diags.add(ptr, v.Line, "%s must list at least one rule", what)
	}
	return v.Arr
}

// lookup finds a rule by name and checks its kind.
func (f *File) lookup(name string, kind validation.RuleKind, ptr string, line int) (validation.RuleInfo, bool) {
	info, ok := validation.LookupRule(name)
	if !ok {
		f.diags.add(ptr, line, "unknown rule %q (the rules are validation.Rules(): %s)", name, ruleNames())
		return info, false
	}
	if info.Kind != kind {
		where := map[validation.RuleKind]string{validation.PropertyRule: "a property", validation.ObjectRule: "\"object\""}
		f.diags.add(ptr, line, "rule %q is of kind %q: attach it to %s, not to %s", name, info.Kind, where[info.Kind], where[kind])
		return info, false
	}
	return info, true
}

// ruleNames lists the names of validation.Rules for error messages.
func ruleNames() string {
	var names []string
	for _, r := range validation.Rules() {
		names = append(names, r.Name)
	}
	return strings.Join(names, ", ")
}

func (f *File) parsePropertyRule(v *jsonv.Value, ptr string) (rule, bool) {
	switch v.Kind {
	case jsonv.String:
		info, ok := f.lookup(v.Str, validation.PropertyRule, ptr, v.Line)
		if !ok {
			return rule{}, false
		}
		r := rule{info: info, ptr: ptr, line: v.Line}
		return r, f.checkArgs(r, ptr, v.Line)
	case jsonv.Object:
		f.checkKeys(v, ptr, "rule", "args")
		r, ok := f.ruleHead(v, ptr, validation.PropertyRule)
		return r, ok && f.checkArgs(r, ptr+"/args", v.Line)
	}
	f.diags.add(ptr, v.Line, "a rule reference must be a rule name or {\"rule\": ..., \"args\": [...]}, not %s", v.Kind)
	return rule{}, false
}

func (f *File) parseObjectRule(v *jsonv.Value, ptr string) (objectRule, bool) {
	if v.Kind != jsonv.Object {
		f.diags.add(ptr, v.Line, "an object rule must be {\"rule\": ..., \"params\": [...]}, not %s", v.Kind)
		return objectRule{}, false
	}
	f.checkKeys(v, ptr, "rule", "params", "args")
	r, ok := f.ruleHead(v, ptr, validation.ObjectRule)
	if !ok {
		return objectRule{}, false
	}
	ok = f.checkArgs(r, ptr+"/args", v.Line)
	o := objectRule{rule: r}
	pv := v.Get("params")
	if pv == nil || pv.Kind != jsonv.Array {
		f.diags.add(ptr, v.Line, "object rule %q needs \"params\", an array of %d property names (%s)", r.info.Name, len(r.info.Params), paramNames(r.info))
		return o, false
	}
	if len(pv.Arr) != len(r.info.Params) {
		f.diags.add(ptr+"/params", pv.Line, "rule %q takes %d params (%s), not %d", r.info.Name, len(r.info.Params), paramNames(r.info), len(pv.Arr))
		ok = false
	}
	for i, p := range pv.Arr {
		if p.Kind != jsonv.String || !validParamPath(p.Str) {
			f.diags.add(fmt.Sprintf("%s/params/%d", ptr, i), p.Line, "a param must be a property name or a dotted path such as scope.include")
			ok = false
			continue
		}
		o.params = append(o.params, param{path: p.Str, line: p.Line})
	}
	return o, ok
}

// validParamPath reports whether s is a name or names joined by dots.
func validParamPath(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if part == "" {
			return false
		}
	}
	return true
}

func paramNames(info validation.RuleInfo) string {
	var names []string
	for _, p := range info.Params {
		names = append(names, p.Name)
	}
	return strings.Join(names, ", ")
}

// ruleHead reads "rule" and "args" of an object rule reference.
func (f *File) ruleHead(v *jsonv.Value, ptr string, kind validation.RuleKind) (rule, bool) {
	nv := v.Get("rule")
	if nv == nil || nv.Kind != jsonv.String {
		f.diags.add(ptr, v.Line, "a rule reference needs \"rule\", a rule name")
		return rule{}, false
	}
	info, ok := f.lookup(nv.Str, kind, ptr+"/rule", nv.Line)
	if !ok {
		return rule{}, false
	}
	r := rule{info: info, ptr: ptr, line: v.Line}
	if av := v.Get("args"); av != nil {
		if av.Kind != jsonv.Array {
			f.diags.add(ptr+"/args", av.Line, "args must be a JSON array, not %s", av.Kind)
			return r, false
		}
		r.args = av.Arr
	}
	return r, true
}

// checkArgs checks r.args against r.info.Args in number and JSON type.
func (f *File) checkArgs(r rule, ptr string, line int) bool {
	want := r.info.Args
	variadic := len(want) > 0 && want[len(want)-1].Variadic
	n := len(want)
	if variadic {
		n--
	}
	if len(r.args) < n || (!variadic && len(r.args) > n) {
		f.diags.add(ptr, line, "rule %q takes %s, not %d", r.info.Name, describeArgs(want), len(r.args))
		return false
	}
	ok := true
	for i, a := range r.args {
		spec := want[min(i, len(want)-1)]
		if !argFits(a, spec.Type) {
			f.diags.add(fmt.Sprintf("%s/%d", ptr, i), a.Line, "argument %s of rule %q must be a JSON %s, not %s", spec.Name, r.info.Name, spec.Type, describeValue(a))
			ok = false
		}
	}
	return ok
}

// argFits reports whether a JSON value is of an Arg's Type.
func argFits(v *jsonv.Value, typ string) bool {
	switch typ {
	case "string":
		return v.Kind == jsonv.String
	case "integer":
		return v.Kind == jsonv.Number && !strings.ContainsAny(v.Num, ".eE")
	case "number":
		return v.Kind == jsonv.Number
	}
	return false
}

func describeValue(v *jsonv.Value) string {
	if v.Kind == jsonv.Number && strings.ContainsAny(v.Num, ".eE") {
		return "the number " + v.Num
	}
	return v.Kind.String()
}

// describeArgs says how many arguments a rule takes, for messages.
func describeArgs(args []validation.Arg) string {
	if len(args) == 0 {
		return "no arguments"
	}
	var parts []string
	for _, a := range args {
		if a.Variadic {
			parts = append(parts, "any number of "+a.Type+"s ("+a.Name+")")
		} else {
			parts = append(parts, "a "+a.Type+" ("+a.Name+")")
		}
	}
	return strings.Join(parts, ", ")
}

func (f *File) parseDependencies(def string, v *jsonv.Value, ptr string) {
	for _, m := range f.members(v, ptr, "a dependencies entry") {
		p := ptr + "/" + jsonv.EscapeToken(m.Key)
		if m.Value.Kind != jsonv.Object {
			f.diags.add(p, m.Value.Line, "a dependency must be {\"group\", \"type\", \"resourceType\"}, not %s", m.Value.Kind)
			continue
		}
		if strings.HasSuffix(m.Key, "[]") {
			f.diags.add(p, m.Value.Line, "a dependency on each item of an array is not supported; name the property without []")
			continue
		}
		f.checkKeys(m.Value, p, "group", "type", "resourceType")
		d := dependency{def: def, prop: m.Key, ptr: p, line: m.Value.Line}
		ok := true
		for _, fld := range []struct {
			key string
			dst *string
		}{{"group", &d.group}, {"type", &d.typ}, {"resourceType", &d.resourceType}} {
			fv := m.Value.Get(fld.key)
			if fv == nil || fv.Kind != jsonv.String || fv.Str == "" {
				f.diags.add(p, m.Value.Line, "a dependency needs %q, a non-empty string", fld.key)
				ok = false
				continue
			}
			*fld.dst = fv.Str
		}
		if ok {
			f.deps = append(f.deps, d)
		}
	}
}
