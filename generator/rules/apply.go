package rules

import (
	"slices"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
)

// Apply checks the file against pkg, the IR of the spec it is for, and attaches its rules
// and dependencies: a definition's property rules to the field it declares, in its own
// model and in every model that inherits the field through allOf; its object rules to
// its model and to those models; its dependencies to the fields. It returns a load.Errors
// listing every problem (a definition or property that is not in the spec, a value whose
// Go type the rule cannot take, ...); pkg is changed only when there is none.
func (f *File) Apply(pkg *ir.Package) error {
	defs := definitionModels(pkg)
	entries := map[*ir.Model]*definition{}
	for i := range f.defs {
		d := &f.defs[i]
		m := defs[d.name]
		if m == nil {
			f.diags.add(d.ptr, d.line, "definition %q is not an object definition of %s that the spec's operations reach", d.name, pkg.SpecPath)
			continue
		}
		entries[m] = d
		f.checkDefinition(m, d)
	}
	deps := map[*ir.Field]*ir.Dependency{}
	for _, d := range f.deps {
		f.checkDependency(defs, d, deps)
	}
	// Every model that inherits from a definition must accept its object rules too.
	plan := map[*ir.Model][]ir.ObjectRuleRef{}
	for _, m := range pkg.Models {
		for _, a := range ancestors(m) {
			d := entries[a]
			if d == nil {
				continue
			}
			for _, o := range d.object {
				if ref, ok := f.objectRef(m, o); ok {
					plan[m] = append(plan[m], ref)
				}
			}
		}
	}
	if err := f.diags.err(); err != nil {
		return err
	}
	for _, m := range pkg.Models {
		m.ObjectRules = plan[m]
		for _, a := range ancestors(m) {
			if d := entries[a]; d != nil {
				attachProperties(m, a, d)
			}
		}
		for _, fl := range m.Fields {
			if dep := deps[declaredField(m, fl, defs)]; dep != nil {
				fl.DependsOn = dep
			}
		}
	}
	return nil
}

// definitionModels maps the definition names of the root spec file to their models.
func definitionModels(pkg *ir.Package) map[string]*ir.Model {
	defs := map[string]*ir.Model{}
	for _, m := range pkg.Models {
		if m.SchemaName != "" && m.Source.File == pkg.SpecPath && m.Source.Pointer == "/definitions/"+jsonv.EscapeToken(m.SchemaName) {
			defs[m.SchemaName] = m
		}
	}
	return defs
}

// ancestors lists m's allOf bases, depth first and bases before the models that list
// them, then m itself; each model once.
func ancestors(m *ir.Model) []*ir.Model {
	var out []*ir.Model
	seen := map[*ir.Model]bool{}
	var walk func(*ir.Model)
	walk = func(x *ir.Model) {
		if seen[x] {
			return
		}
		seen[x] = true
		for _, b := range x.Bases {
			walk(b)
		}
		out = append(out, x)
	}
	walk(m)
	return out
}

// field returns m's field with the JSON name name, or nil.
func field(m *ir.Model, name string) *ir.Field {
	for _, fl := range m.Fields {
		if fl.JSONName == name {
			return fl
		}
	}
	return nil
}

// fieldNames lists m's JSON property names, for messages.
func fieldNames(m *ir.Model) string {
	var names []string
	for _, fl := range m.Fields {
		names = append(names, fl.JSONName)
	}
	slices.Sort(names)
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// ownField returns the field that the definition of m declares as name, or reports why
// there is none.
func (f *File) ownField(m *ir.Model, name, def, ptr string, line int) *ir.Field {
	fl := field(m, name)
	if fl == nil {
		f.diags.add(ptr, line, "definition %q has no property %q (its properties: %s)", def, name, fieldNames(m))
		return nil
	}
	if fl.Inherited != "" {
		f.diags.add(ptr, line, "property %q of %q is inherited from %s through allOf: attach it to the definition that declares it", name, def, fl.Inherited)
		return nil
	}
	return fl
}

// checkDefinition checks a definition entry's property rules against its model.
func (f *File) checkDefinition(m *ir.Model, d *definition) {
	for _, p := range d.props {
		fl := f.ownField(m, p.name, d.name, p.ptr, p.line)
		if fl == nil {
			continue
		}
		t := fl.Type
		if p.items {
			if t.Kind != ir.KindArray {
				f.diags.add(p.ptr, p.line, "%s.%s is not an array (its Go type is %s), so %s[] names nothing", d.name, p.name, fieldGoType(t), p.name)
				continue
			}
			t = t.Elem
		}
		for _, r := range p.rules {
			if !fits(r.info.Value, r.info.TypeParams, t, true) {
				f.diags.add(r.ptr, r.line, "rule %q checks %s, but %s.%s%s has Go type %s", r.info.Name, goType(r.info.Value, r.info.TypeParams), d.name, p.name, itemsSuffix(p.items), t)
			}
		}
	}
}

func itemsSuffix(items bool) string {
	if items {
		return "[]"
	}
	return ""
}

// objectRef resolves an object rule's params in m, reporting what does not resolve.
func (f *File) objectRef(m *ir.Model, o objectRule) (ir.ObjectRuleRef, bool) {
	ref := ir.ObjectRuleRef{RuleRef: ruleRef(o.rule)}
	ok := true
	for i, prm := range o.params {
		fields, msg := resolveParam(m, prm.path)
		want := o.info.Params[i]
		ptr := o.ptr + "/params/" + strconv.Itoa(i)
		switch {
		case msg != "":
			f.diags.add(ptr, prm.line, "param %s of rule %q in %s: %s", want.Name, o.info.Name, m.Name, msg)
			ok = false
		case !fits(want.Type, o.info.TypeParams, fields[len(fields)-1].Type, false):
			f.diags.add(ptr, prm.line, "param %s of rule %q takes %s, but %s in %s has Go type %s", want.Name, o.info.Name, goType(want.Type, o.info.TypeParams), prm.path, m.Name, fieldGoType(fields[len(fields)-1].Type))
			ok = false
		}
		ref.Params = append(ref.Params, ir.RuleParam{Path: prm.path, Fields: fields})
	}
	return ref, ok
}

// resolveParam finds the fields along a dotted path from m, or says why it cannot.
func resolveParam(m *ir.Model, path string) ([]*ir.Field, string) {
	var fields []*ir.Field
	cur := m
	steps := strings.Split(path, ".")
	for i, step := range steps {
		fl := field(cur, step)
		if fl == nil {
			return nil, "no property " + strings.Join(steps[:i+1], ".") + " (properties of " + cur.Name + ": " + fieldNames(cur) + ")"
		}
		fields = append(fields, fl)
		if i < len(steps)-1 && (fl.Type.Kind != ir.KindModel || !pointerHeld(fl.Type)) {
			return nil, strings.Join(steps[:i+1], ".") + " is not an object with properties (its Go type is " + fieldGoType(fl.Type) + ")"
		}
		if i < len(steps)-1 {
			cur = fl.Type.Model
		}
	}
	return fields, ""
}

func ruleRef(r rule) ir.RuleRef {
	return ir.RuleRef{Name: r.info.Name, Func: r.info.Func, Args: r.args, Doc: r.info.Doc}
}

// attachProperties attaches the property rules of definition entry d, whose model is a,
// to the fields of m (a itself or a model inheriting from it).
func attachProperties(m, a *ir.Model, d *definition) {
	for _, p := range d.props {
		fl := field(m, p.name)
		if fl == nil || (m != a && fl.Inherited == "") {
			continue // m declares the property again: the rules of its own definition apply
		}
		refs := make([]ir.RuleRef, 0, len(p.rules))
		for _, r := range p.rules {
			refs = append(refs, ruleRef(r))
		}
		// Fields inherited through allOf are copies that may share slices and Elem with
		// the base's field: never write through them.
		if !p.items {
			fl.Constraints.Rules = append(slices.Clip(fl.Constraints.Rules), refs...)
			continue
		}
		var elem ir.Constraints
		if fl.Constraints.Elem != nil {
			elem = *fl.Constraints.Elem
		}
		elem.Rules = append(slices.Clip(elem.Rules), refs...)
		fl.Constraints.Elem = &elem
	}
}

// checkDependency checks one dependency entry and records it for its field.
func (f *File) checkDependency(defs map[string]*ir.Model, d dependency, out map[*ir.Field]*ir.Dependency) {
	m := defs[d.def]
	if m == nil {
		f.diags.add(d.ptr, d.line, "definition %q is not an object definition of the spec that its operations reach", d.def)
		return
	}
	fl := f.ownField(m, d.prop, d.def, d.ptr, d.line)
	if fl == nil {
		return
	}
	if !fits("*string", nil, fl.Type, false) {
		f.diags.add(d.ptr, d.line, "%s.%s has Go type %s, not a string that can hold a resource ID", d.def, d.prop, fieldGoType(fl.Type))
		return
	}
	for _, def := range f.defs {
		if def.name != d.def {
			continue
		}
		for _, p := range def.props {
			if p.name != d.prop || p.items {
				continue
			}
			for _, r := range p.rules {
				if r.info.Func == "ARMResourceID" && len(r.args) > 0 && !hasString(r.args, d.resourceType) {
					f.diags.add(d.ptr, d.line, "resourceType %q is not among the types its armResourceID rule allows (%s)", d.resourceType, literals(r.args))
				}
			}
		}
	}
	out[fl] = &ir.Dependency{Group: d.group, Type: d.typ, ResourceType: d.resourceType}
}

// declaredField maps a field of m to the field of the definition model that declares it,
// so that inherited copies get the declaring definition's dependency.
func declaredField(m *ir.Model, fl *ir.Field, defs map[string]*ir.Model) *ir.Field {
	if fl.Inherited == "" {
		return fl
	}
	var decl *ir.Field // the last base wins, as when allOf merges the fields
	for _, a := range ancestors(m) {
		if a == m {
			continue
		}
		if bf := field(a, fl.JSONName); bf != nil && bf.Inherited == "" && defs[a.SchemaName] == a {
			decl = bf
		}
	}
	return decl
}

func hasString(vals []*jsonv.Value, s string) bool {
	for _, v := range vals {
		if v.Kind == jsonv.String && v.Str == s {
			return true
		}
	}
	return false
}

func literals(vals []*jsonv.Value) string {
	var parts []string
	for _, v := range vals {
		parts = append(parts, string(jsonv.AppendCompact(nil, v)))
	}
	return strings.Join(parts, ", ")
}
