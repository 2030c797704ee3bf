package build

import (
	"sort"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/naming"
)

// groupingExt is a parameter's x-ms-parameter-grouping extension as the spec writes it.
type groupingExt struct {
	name, postfix string
	src           ir.Source
	// seq orders the grouped parameters as the builder met them: the spec's order.
	seq int
}

// readGrouping records parameter p's x-ms-parameter-grouping, if it has one. Parameters the
// client holds (subscriptionId, api-version, x-ms-parameter-location: client) stay on the
// client: grouping them would ask the caller for a value the client already has.
func (b *builder) readGrouping(f *load.File, ptr string, p *ir.Parameter) {
	gptr := ptr + "/x-ms-parameter-grouping"
	node := f.Tree.Pointer(gptr)
	if node == nil || p.Client {
		return
	}
	if node.Kind != jsonv.Object {
		b.errorf(f.Path, gptr, "x-ms-parameter-grouping is a JSON %s, want an object with optional \"name\" or \"postfix\"", node.Kind)
		return
	}
	ext := groupingExt{src: ir.Source{File: f.Path, Pointer: gptr}, seq: len(b.grouping)}
	for _, key := range []string{"name", "postfix"} {
		v := node.Get(key)
		if v == nil {
			continue
		}
		if v.Kind != jsonv.String || naming.Pascal(v.Str) == "" {
			b.errorf(f.Path, gptr+"/"+key, "x-ms-parameter-grouping %s must be a non-empty string", key)
			return
		}
		if key == "name" {
			ext.name = v.Str
		} else {
			ext.postfix = v.Str
		}
	}
	if b.grouping == nil {
		b.grouping = map[*ir.Parameter]groupingExt{}
	}
	b.grouping[p] = ext
}

// groupName is the Go type of a parameter group: the extension's name; else the client,
// the method and the postfix; else the client, the method and "Parameters".
func groupName(op *ir.Operation, ext groupingExt) string {
	switch {
	case ext.name != "":
		return naming.Pascal(ext.name)
	case ext.postfix != "":
		return op.ClientName() + op.Name + naming.Pascal(ext.postfix)
	}
	return op.ClientName() + op.Name + "Parameters"
}

// paramGroups gathers the grouped parameters of every operation (already named) into the
// package's parameter groups and the operations' group uses.
func (b *builder) paramGroups() {
	if len(b.grouping) == 0 {
		return
	}
	byName := map[string]*ir.ParamGroup{}
	clientTypes := map[string]bool{}
	for _, n := range ir.ClientTypeNames(b.pkg.Groups) {
		clientTypes[n] = true
	}
	// members maps a group and a member's wire key to the group's copy of the member.
	type memberKey struct {
		g   *ir.ParamGroup
		key string
	}
	members := map[memberKey]*ir.Parameter{}
	fieldNamers := map[*ir.ParamGroup]*naming.Namer{}
	for _, og := range b.pkg.Groups {
		for _, op := range og.Operations {
			uses := map[*ir.ParamGroup]*ir.GroupUse{}
			// op.Params holds the non-body parameters; put the members, body included, back
			// in the spec's order.
			var all []*ir.Parameter
			for _, p := range append(append([]*ir.Parameter(nil), op.Params...), op.Body) {
				if _, ok := b.grouping[p]; ok && p != nil {
					all = append(all, p)
				}
			}
			sort.SliceStable(all, func(i, j int) bool { return b.grouping[all[i]].seq < b.grouping[all[j]].seq })
			for _, p := range all {
				ext := b.grouping[p]
				name := groupName(op, ext)
				if name == op.OptionsName() || name == op.ClientName()+op.Name+"Options" {
					// The group is the method's options (paging's postfix "Options"): its members
					// stay where they are, the optional ones as fields of the options struct.
					p.Grouping = nil
					continue
				}
				if clientTypes[name] {
					b.errorf(ext.src.File, ext.src.Pointer, "parameter group name %s is already the name of a client, options or response type: give the group another name", name)
					continue
				}
				g := byName[name]
				if g == nil {
					g = &ir.ParamGroup{Name: name}
					byName[name] = g
					fieldNamers[g] = naming.NewNamer()
					b.pkg.ParamGroups = append(b.pkg.ParamGroups, g)
				}
				u := uses[g]
				if u == nil {
					u = &ir.GroupUse{Group: g}
					uses[g] = u
					op.Groups = append(op.Groups, u)
					g.Operations = append(g.Operations, op.ID)
				}
				key := string(p.In) + ":" + p.Name
				m := members[memberKey{g, key}]
				if m == nil {
					cp := *p
					m = &cp
					m.FieldName = fieldNamers[g].Unique(naming.Pascal(p.GoName))
					m.Grouping = g
					members[memberKey{g, key}] = m
					g.Params = append(g.Params, m)
				} else {
					if !sameParamType(m.Type, p.Type) {
						b.errorf(ext.src.File, ext.src.Pointer, "parameter %q of group %s has another type than in operation(s) %v", p.Name, name, g.Operations)
						continue
					}
					// The struct field is a value only when every operation requires the member.
					m.Required = m.Required && p.Required
				}
				p.Grouping, p.FieldName = g, m.FieldName
				u.Params = append(u.Params, p)
				u.Required = u.Required || p.Required
			}
		}
	}
	sort.Slice(b.pkg.ParamGroups, func(i, j int) bool { return b.pkg.ParamGroups[i].Name < b.pkg.ParamGroups[j].Name })
	for _, g := range b.pkg.ParamGroups {
		sort.Strings(g.Operations)
	}
}

// sameParamType reports whether two members of a group have the same Go type.
func sameParamType(a, c *ir.Type) bool {
	if a == nil || c == nil {
		return a == c
	}
	if a.Kind != c.Kind || a.Primitive != c.Primitive || a.Model != c.Model || a.Enum != c.Enum {
		return false
	}
	if a.Elem != nil || c.Elem != nil {
		return sameParamType(a.Elem, c.Elem)
	}
	return true
}
