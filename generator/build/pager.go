package build

import (
	"slices"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
)

// pagers checks every x-ms-pageable operation against the model its response declares, and
// decides, with a warning of kind pageable, what the client does when the extension names a
// property the model does not have (seven specs of the 2021 repository do). The Azure SDK for
// Go's pagers return each page as the response model, so:
//
//   - a nextLinkName that is not a string property of the model gives a pager of one page,
//     as nextLinkName: null does: no property holds the link to the next page;
//   - an itemName that is not an array property of the model leaves the pages as they are
//     (the API does not change), and the example tests print each page whole instead of its
//     items (Pageable.ItemName becomes "");
//   - a response that is not an object (no model, an array, a map) has nothing to page
//     through: the operation becomes a plain one returning that response.
//
// It runs after the models are named, so that the warnings name them.
func (b *builder) pagers() {
	for _, g := range b.pkg.Groups {
		for _, op := range g.Operations {
			pg := op.Pageable
			if pg == nil {
				continue
			}
			ptr := op.Source.Pointer + "/x-ms-pageable"
			t := successType(op)
			if t == nil || t.Kind != ir.KindModel || (len(t.Model.Fields) == 0 && t.Model.AdditionalProperties != nil) {
				b.warnf(load.WarnPageable, op.Source.File, ptr,
					"x-ms-pageable operation %s has no object response to page through: it is generated as a plain operation returning its response", op.ID)
				op.Pageable = nil
				b.notAList(op)
				continue
			}
			m := t.Model
			if pg.NextLinkName != "" && !hasField(m, pg.NextLinkName, func(ft *ir.Type) bool { return ft.Kind == ir.KindPrimitive && ft.Primitive == ir.String }) {
				b.warnf(load.WarnPageable, op.Source.File, ptr+"/nextLinkName",
					"x-ms-pageable nextLinkName %q is not a string property of %s: the pager of %s returns the first page only, as for nextLinkName null", pg.NextLinkName, m.Name, op.ID)
				pg.NextLinkName = ""
				pg.Next = nil
			}
			if !hasField(m, pg.ItemName, func(ft *ir.Type) bool { return ft.Kind == ir.KindArray }) {
				ptr := ptr + "/itemName"
				if op.Source.File != "" && b.doc.File(op.Source.File).Tree.Pointer(ptr) == nil {
					ptr = op.Source.Pointer + "/x-ms-pageable" // the default, "value"
				}
				b.warnf(load.WarnPageable, op.Source.File, ptr,
					"x-ms-pageable itemName %q is not an array property of %s: the pages of %s are %s as a whole", pg.ItemName, m.Name, op.ID, m.Name)
				pg.ItemName = ""
			}
		}
	}
}

// notAList removes op from the lists of the resources: it no longer pages.
func (b *builder) notAList(op *ir.Operation) {
	for _, r := range b.pkg.Resources {
		r.List = slices.DeleteFunc(r.List, func(o *ir.Operation) bool { return o == op })
	}
}

// hasField reports whether model m has a property named json whose type satisfies ok.
func hasField(m *ir.Model, json string, ok func(*ir.Type) bool) bool {
	for _, f := range m.Fields {
		if f.JSONName == json && ok(f.Type) {
			return true
		}
	}
	return false
}
