package docs

import (
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
)

// Dependency is a resource that must exist before a resource can be created: the resource
// group and parent resources named in its path, and the resources whose IDs its request
// body holds (ir.Field.DependsOn, from a rules file's "dependencies").
type Dependency struct {
	// Key is GruCloud's dependency name: the type in lower camel case ("networkWatcher"),
	// plural in list form ("workspaces").
	Key string
	// Group and Type name the resource ("Network", "NetworkWatcher"); its GruCloud page is
	// ../<Group>/<Type>.md.
	Group, Type string
	// ResourceType is the ARM type ("Microsoft.OperationalInsights/workspaces") of a body
	// dependency, "" for one from the path.
	ResourceType string
	// List is set when the ID sits inside an array, so that there can be several.
	List bool
	// Param is the path parameter naming a dependency from the path, such as
	// "networkWatcherName"; "" for a body dependency.
	Param string
	// Path is where a body dependency's ID sits in the request body, such as
	// "properties.storageId" or "properties.outputs[].workspaceSettings.workspaceResourceId".
	Path string
}

// ResourceDependencies returns r's dependencies in GruCloud's order: the path's (resource
// group first, then the parents outermost first), then the request body's in the order
// GruCloud walks the body schema (an object's allOf members before its own properties, and
// properties in the spec's order). Read-only properties are skipped, as GruCloud omits
// them; a key is listed once.
func ResourceDependencies(r *ir.Resource) []Dependency {
	var deps []Dependency
	seen := map[string]bool{}
	add := func(d Dependency) {
		if !seen[d.Key] {
			seen[d.Key] = true
			deps = append(deps, d)
		}
	}
	for _, p := range r.Parents {
		add(Dependency{Key: lowerFirst(p.Name), Group: p.Group, Type: p.Name, Param: p.Param})
	}
	if r.Create != nil && r.Create.Body != nil {
		w := &depWalker{add: add, stack: map[*ir.Model]bool{}}
		w.walkType(r.Create.Body.Type, r.CreateBodySchema(), "", false)
	}
	return deps
}

// depWalker walks a request body's types beside its inlined schema, which gives the
// properties' order.
type depWalker struct {
	add   func(Dependency)
	stack map[*ir.Model]bool
}

func (w *depWalker) walkType(t *ir.Type, schema *jsonv.Value, path string, inArray bool) {
	switch {
	case t == nil:
	case t.Kind == ir.KindArray:
		w.walkType(t.Elem, schema.Get("items"), path+"[]", true)
	case t.Kind == ir.KindModel:
		w.walkModel(t.Model, schema, path, inArray)
	}
}

func (w *depWalker) walkModel(m *ir.Model, schema *jsonv.Value, path string, inArray bool) {
	if w.stack[m] {
		return
	}
	w.stack[m] = true
	defer delete(w.stack, m)
	for _, f := range orderedFields(m, schema) {
		if f.ReadOnly {
			continue
		}
		p := f.JSONName
		if path != "" {
			p = path + "." + p
		}
		if d := f.DependsOn; d != nil {
			key := lowerFirst(d.Type)
			if inArray {
				key = plural(key)
			}
			w.add(Dependency{Key: key, Group: d.Group, Type: d.Type, ResourceType: d.ResourceType, List: inArray, Path: p})
		}
		w.walkType(f.Type, propertySchema(schema, f.JSONName), p, inArray)
	}
}

// orderedFields returns m's fields in the order of the schema's properties (those of its
// allOf members first), then any field the schema does not show, in the IR's order.
func orderedFields(m *ir.Model, schema *jsonv.Value) []*ir.Field {
	byName := map[string]*ir.Field{}
	for _, f := range m.Fields {
		byName[f.JSONName] = f
	}
	var out []*ir.Field
	for _, name := range propertyOrder(schema, 0) {
		if f := byName[name]; f != nil {
			out = append(out, f)
			delete(byName, name)
		}
	}
	for _, f := range m.Fields {
		if byName[f.JSONName] != nil {
			out = append(out, f)
		}
	}
	return out
}

// propertyOrder lists the property names of an object schema: its allOf members' first,
// then its own, as GruCloud's buildDependenciesFromBodyObject visits them.
func propertyOrder(schema *jsonv.Value, depth int) []string {
	if schema == nil || depth > 32 {
		return nil
	}
	var names []string
	if all := schema.Get("allOf"); all != nil {
		for _, sub := range all.Arr {
			names = append(names, propertyOrder(sub, depth+1)...)
		}
	}
	if props := schema.Get("properties"); props != nil {
		for _, m := range props.Obj {
			names = append(names, m.Key)
		}
	}
	return names
}

// propertySchema finds the schema of property name in an object schema or its allOf
// members; nil when there is none.
func propertySchema(schema *jsonv.Value, name string) *jsonv.Value {
	if schema == nil {
		return nil
	}
	if s := schema.Get("properties").Get(name); s != nil {
		return s
	}
	if all := schema.Get("allOf"); all != nil {
		for _, sub := range all.Arr {
			if s := propertySchema(sub, name); s != nil {
				return s
			}
		}
	}
	return nil
}

// lowerFirst lower-cases the first letter of a PascalCase type name, as GruCloud names
// dependencies: "NetworkWatcher" gives "networkWatcher".
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// plural makes a dependency key plural for the list form: "workspace" gives "workspaces".
func plural(s string) string {
	switch {
	case strings.HasSuffix(s, "y") && !strings.HasSuffix(s, "ey") && !strings.HasSuffix(s, "ay") && !strings.HasSuffix(s, "oy"):
		return s[:len(s)-1] + "ies"
	case strings.HasSuffix(s, "s"), strings.HasSuffix(s, "x"), strings.HasSuffix(s, "ch"), strings.HasSuffix(s, "sh"):
		return s + "es"
	}
	return s + "s"
}
