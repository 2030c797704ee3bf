package view

import (
	"fmt"

	"github.com/armgen/armgen/generator/ir"
)

// linkNextViews points every pager whose spec names a next operation (x-ms-pageable
// operationName) at that operation's view, and checks that the next operation returns the
// same model, since its pages go through the first operation's response handler.
func linkNextViews(ops []*Op) error {
	byOp := map[*ir.Operation]*Op{}
	for _, v := range ops {
		byOp[v.Op] = v
	}
	for _, v := range ops {
		if !v.Op.IsPager() || v.Op.Pageable.Next == nil || v.NextLink == "" {
			continue
		}
		nv := byOp[v.Op.Pageable.Next]
		if nv == nil {
			return fmt.Errorf("%s: next operation %s is not in group %s", v.Op.Source, v.Op.Pageable.Next.ID, v.Op.Group)
		}
		if nv.Result == nil || v.Result == nil || nv.Result.Model != v.Result.Model {
			return fmt.Errorf("%s: next operation %s of %s does not return the same model", v.Op.Source, nv.Op.ID, v.Op.ID)
		}
		for _, np := range nv.Args {
			if ir.IsNextLinkParam(np.Param) {
				continue
			}
			if pv := v.ParamByName(np.Param.Name, np.Param.In); pv == nil || IsOptional(v, pv) || !SameGoType(pv.Param.Type, np.Param.Type) {
				return fmt.Errorf("%s: next operation %s needs parameter %q, which %s does not take as a required argument of the same type", v.Op.Source, nv.Op.ID, np.Param.Name, v.Op.ID)
			}
		}
		for _, ng := range nv.Groups {
			if v.GroupOf(ng) == nil && ng.Use.Required {
				return fmt.Errorf("%s: next operation %s needs parameter group %s, which %s does not take", v.Op.Source, nv.Op.ID, ng.Use.Group.Name, v.Op.ID)
			}
		}
		v.Next = nv
	}
	return nil
}

// GroupOf returns the operation's argument for the parameter group of ng (another
// operation's group argument) when both are values or both pointers, or nil.
func (v *Op) GroupOf(ng *GroupArg) *GroupArg {
	for _, ga := range v.Groups {
		if ga.Use.Group == ng.Use.Group && ga.Use.Required == ng.Use.Required {
			return ga
		}
	}
	return nil
}

// SameGoType reports whether two parameter types are the same Go type.
func SameGoType(a, b *ir.Type) bool {
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case ir.KindPrimitive:
		return a.Primitive == b.Primitive
	case ir.KindEnum:
		return a.Enum == b.Enum
	case ir.KindModel:
		return a.Model == b.Model
	case ir.KindArray:
		return SameGoType(a.Elem, b.Elem)
	}
	return false
}
