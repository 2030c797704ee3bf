package build

import (
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/naming"
)

// resources finds the ARM resources: paths with a PUT and a GET or DELETE.
func (b *builder) resources() {
	byPath := map[string]map[string]*ir.Operation{}
	var all []*ir.Operation
	for _, g := range b.pkg.Groups {
		for _, op := range g.Operations {
			if byPath[op.Path] == nil {
				byPath[op.Path] = map[string]*ir.Operation{}
			}
			byPath[op.Path][op.Method] = op
			all = append(all, op)
		}
	}
	group := b.pkg.DocsGroup
	resByPath := map[string]*ir.Resource{}
	paths := make([]string, 0, len(byPath))
	for p := range byPath {
		paths = append(paths, p)
	}
	sort.Strings(paths) // parents sort before their children
	names := naming.NewNamer()
	for _, p := range paths {
		ops := byPath[p]
		put := ops["PUT"]
		if put == nil || (ops["GET"] == nil && ops["DELETE"] == nil) || !strings.HasSuffix(p, "}") {
			continue
		}
		r := &ir.Resource{
			Name:     resourceName(names, put, p, resByPath),
			Group:    group,
			Path:     p,
			Create:   put,
			Get:      ops["GET"],
			Delete:   ops["DELETE"],
			Update:   ops["PATCH"],
			TypePath: typePath(p),
		}
		segs := strings.Split(strings.TrimPrefix(p, "/"), "/")
		r.NameParam = strings.Trim(segs[len(segs)-1], "{}")
		for i, s := range segs[:len(segs)-1] {
			if !strings.HasPrefix(s, "{") || i == 0 {
				continue
			}
			param := strings.Trim(s, "{}")
			switch {
			case param == "subscriptionId":
				continue
			case param == "resourceGroupName":
				r.Parents = append(r.Parents, &ir.ParentRef{Name: "ResourceGroup", Group: "Resources", Param: param})
			default:
				prefix := "/" + strings.Join(segs[:i+1], "/")
				name := naming.GoPascal(strings.TrimSuffix(param, "Name"))
				if parent := resByPath[prefix]; parent != nil {
					name = parent.Name
				}
				r.Parents = append(r.Parents, &ir.ParentRef{Name: name, Group: group, Param: param})
			}
		}
		for _, op := range []*ir.Operation{r.Get, put} {
			if op == nil {
				continue
			}
			if t := successType(op); t != nil && t.Kind == ir.KindModel {
				r.Model = t.Model
				break
			}
		}
		// Lists and actions are the group's other operations: pageable GETs list the
		// resource (at any scope), operations below the resource's path act on it. Without
		// groups (a data-plane spec's operations are all the Client's), only the pageable
		// GET of the resource's collection path lists it.
		collection := p[:strings.LastIndex(p, "/")]
		grouped := strings.Contains(put.ID, "_")
		for _, op := range all {
			switch {
			case op.Path == p || op.Group != put.Group:
			case op.Method == "GET" && op.Pageable != nil && (grouped || op.Path == collection):
				r.List = append(r.List, op)
			case strings.HasPrefix(op.Path, p+"/") && !strings.Contains(strings.TrimPrefix(op.Path, p+"/"), "{"):
				r.Actions = append(r.Actions, op)
			}
		}
		if put.Body != nil {
			f := b.doc.File(put.Body.Source.File)
			if node := f.Tree.Pointer(put.Body.Source.Pointer + "/schema"); node != nil {
				r.SetCreateBodySchema(func() *jsonv.Value { return b.inlineRefs(f, node, map[string]bool{}) })
			}
		}
		resByPath[p] = r
		b.pkg.Resources = append(b.pkg.Resources, r)
	}
	sort.Slice(b.pkg.Resources, func(i, j int) bool { return b.pkg.Resources[i].Name < b.pkg.Resources[j].Name })
	for _, r := range b.pkg.Resources {
		sort.Slice(r.List, func(i, j int) bool { return r.List[i].ID < r.List[j].ID })
		sort.Slice(r.Actions, func(i, j int) bool { return r.Actions[i].ID < r.Actions[j].ID })
	}
}

// successType returns the body type of an operation's first 2xx response with a body.
func successType(op *ir.Operation) *ir.Type {
	for _, r := range op.Responses {
		if !r.IsError() && r.Type != nil {
			return r.Type
		}
	}
	return nil
}

// providerGroup turns "Microsoft.Network" into "Network".
func providerGroup(ns string) string {
	if i := strings.LastIndex(ns, "."); i >= 0 {
		return ns[i+1:]
	}
	return ns
}

// typePath returns the resource type below the provider: "networkWatchers/packetCaptures".
func typePath(p string) string {
	i := strings.LastIndex(p, "/providers/")
	if i < 0 {
		return ""
	}
	segs := strings.Split(p[i+len("/providers/"):], "/")
	var types []string
	for j := 1; j < len(segs); j += 2 {
		types = append(types, segs[j])
	}
	return strings.Join(types, "/")
}

// singular turns an operation group name into a resource type name.
func singular(s string) string {
	switch {
	case strings.HasSuffix(s, "ies"):
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "sses"), strings.HasSuffix(s, "xes"), strings.HasSuffix(s, "shes"), strings.HasSuffix(s, "ches"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "ss"):
		return s
	case strings.HasSuffix(s, "s"):
		return s[:len(s)-1]
	}
	return s
}

// inlineRefs copies a schema node with every $ref replaced in place by its target: the
// referencing object's own keys first (without $ref), then the target's keys that are not
// already there. A reference back into a schema being expanded is cut (left out).
func (b *builder) inlineRefs(f *load.File, v *jsonv.Value, stack map[string]bool) *jsonv.Value {
	switch v.Kind {
	case jsonv.Array:
		out := &jsonv.Value{Kind: jsonv.Array, Arr: make([]*jsonv.Value, len(v.Arr)), Line: v.Line, Col: v.Col}
		for i, e := range v.Arr {
			out.Arr[i] = b.inlineRefs(f, e, stack)
		}
		return out
	case jsonv.Object:
	default:
		return v
	}
	out := &jsonv.Value{Kind: jsonv.Object, Obj: []jsonv.Member{}, Line: v.Line, Col: v.Col}
	var ref *jsonv.Value
	for _, m := range v.Obj {
		if m.Key == "$ref" && m.Value.Kind == jsonv.String {
			ref = m.Value
			continue
		}
		out.Obj = append(out.Obj, jsonv.Member{Key: m.Key, Value: b.inlineRefs(f, m.Value, stack)})
	}
	if ref == nil {
		return out
	}
	tf, tptr, node, err := b.doc.Resolve(f, ref.Str)
	if err != nil {
		return out
	}
	key := tf.Path + "#" + tptr
	if stack[key] {
		return out
	}
	stack[key] = true
	target := b.inlineRefs(tf, node, stack)
	delete(stack, key)
	if target.Kind != jsonv.Object {
		return out
	}
	for _, m := range target.Obj {
		if !out.Has(m.Key) {
			out.Obj = append(out.Obj, m)
		}
	}
	return out
}

// resourceName names a resource after its operation group (PrivateLinkServices gives
// PrivateLinkService). When an earlier resource (by path) holds that name, as when a group
// also creates a child (PrivateLinkServices_UpdatePrivateEndpointConnection), it is named
// after the last type of its path (PrivateEndpointConnection), then that prefixed with its
// nearest parent resource's name, then with a numeric suffix: docs pages are named after
// resources, so two may not share a name.
func resourceName(names *naming.Namer, put *ir.Operation, p string, resByPath map[string]*ir.Resource) string {
	if !strings.Contains(put.ID, "_") {
		return groupless(names, p)
	}
	name := singular(put.Group)
	if names.Taken(name) {
		segs := strings.Split(typePath(p), "/")
		alt := naming.GoPascal(singular(segs[len(segs)-1]))
		switch {
		case alt != "" && !names.Taken(alt):
			name = alt
		default:
			for q := p; strings.Contains(q, "/"); {
				q = q[:strings.LastIndex(q, "/")]
				if parent := resByPath[q]; parent != nil {
					name = parent.Name + alt
					break
				}
			}
		}
	}
	return names.Unique(name)
}

// groupless names a resource whose PUT's operationId has no group ("SetCertificateIssuer",
// as in data-plane specs, whose operations all belong to the one Client): after the
// parameter that names it, without a "name" suffix ({issuer-name} gives Issuer,
// {storage-account-name} StorageAccount), else after the path's last literal segment,
// singular ("/locks/{key}" gives Lock when Key is taken), else with a numeric suffix.
func groupless(names *naming.Namer, p string) string {
	segs := strings.Split(strings.TrimPrefix(p, "/"), "/")
	param := strings.Trim(segs[len(segs)-1], "{}")
	for _, suffix := range []string{"-name", "_name", "Name"} {
		if s := strings.TrimSuffix(param, suffix); s != "" {
			param = s
		}
	}
	name := naming.Pascal(param)
	if !names.Taken(name) {
		return names.Unique(name)
	}
	for i := len(segs) - 2; i >= 0; i-- {
		if s := segs[i]; s != "" && !strings.HasPrefix(s, "{") {
			if alt := naming.Pascal(singular(s)); !names.Taken(alt) {
				name = alt
			}
			break
		}
	}
	return names.Unique(name)
}
