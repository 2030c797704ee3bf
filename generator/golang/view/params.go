package view

import (
	"github.com/armgen/armgen/generator/ir"
)

// ParamByName finds the view of the operation's parameter name in location in.
func (v *Op) ParamByName(name string, in ir.Location) *Param {
	for _, list := range [][]*Param{v.ClientParams, v.Args, v.Optional} {
		for _, pv := range list {
			if pv.Param.Name == name && pv.Param.In == in {
				return pv
			}
		}
	}
	return nil
}

// FormParams are the operation's formData parameters (constants and client fields, arguments,
// then options), in order.
func (v *Op) FormParams() []*Param {
	var out []*Param
	for _, list := range [][]*Param{v.ClientParams, v.Args, v.Optional} {
		for _, pv := range list {
			if pv.Param.In == ir.InFormData {
				out = append(out, pv)
			}
		}
	}
	return out
}

// IsOptional reports whether pv is an optional parameter of v: a field of the options, or a
// pointer field of a parameter group.
func IsOptional(v *Op, pv *Param) bool {
	if pv.GroupArg != nil {
		return !MemberByValue(pv.Param)
	}
	for _, o := range v.Optional {
		if o == pv {
			return true
		}
	}
	return false
}

// CollectionSep is the separator of an array parameter's collectionFormat (csv when empty).
func CollectionSep(format string) string {
	if sep := map[string]string{"ssv": " ", "tsv": "\t", "pipes": "|"}[format]; sep != "" {
		return sep
	}
	return ","
}
