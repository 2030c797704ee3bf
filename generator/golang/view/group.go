package view

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// GroupArg is an x-ms-parameter-grouping struct a client method takes as one argument.
type GroupArg struct {
	// Use is the operation's use of the group: the group, whether it is required, and the
	// operation's members of it.
	Use *ir.GroupUse
	// ID is the argument's name.
	ID string
}

// addGroups adds the operation's parameter groups: each becomes one argument (a value when
// a member is required, else a pointer), and its members, whose ids are their field names,
// go to v.Grouped (or v.GroupBody for a grouped body).
func (v *Op) addGroups(taken map[string]bool) {
	for _, u := range v.Op.Groups {
		ga := &GroupArg{Use: u, ID: localName(LowerFirst(u.Group.Name), taken)}
		v.Groups = append(v.Groups, ga)
		for _, p := range u.Params {
			pv := &Param{Param: p, ID: p.FieldName, GroupArg: ga}
			if p.In == ir.InBody {
				v.GroupBody = pv
				continue
			}
			v.Grouped = append(v.Grouped, pv)
		}
	}
}

// GroupArgType is the Go type of a group argument.
func GroupArgType(ga *GroupArg, importPath string) *jen.Statement {
	t := gocode.TypeName(ga.Use.Group.Name, importPath)
	if ga.Use.Required {
		return t
	}
	return jen.Op("*").Add(t)
}

// groupMember is the group's own copy of a member: its Required says whether the struct
// field is a value (every operation requires it) or a pointer.
func groupMember(p *ir.Parameter) *ir.Parameter {
	for _, m := range p.Grouping.Params {
		if m.FieldName == p.FieldName {
			return m
		}
	}
	return p
}

// MemberByValue reports whether a grouped parameter's struct field is a value.
func MemberByValue(p *ir.Parameter) bool { return groupMember(p).Required }
