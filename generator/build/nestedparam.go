package build

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
	"github.com/go-openapi/spec"
)

// nestedItems reads the items of an array parameter whose items are arrays themselves
// (Swagger 2.0's Items Object, which has its own type, items and collectionFormat), as in
// the 2021 repository's one query parameter of arrays. The inner arrays must hold strings,
// numbers or booleans; their collectionFormat (csv by default, never "multi", which only a
// parameter can be) goes to p.ItemsCollectionFormat. It returns the items' type.
func (b *builder) nestedItems(f *load.File, ptr string, sp *spec.Parameter, p *ir.Parameter) (*ir.Type, bool) {
	items := sp.Items
	it := ""
	if items.Items != nil {
		it = items.Items.Type
	}
	switch it {
	case "string", "integer", "number", "boolean":
	default:
		b.errorf(f.Path, ptr+"/items/items", "array parameters of arrays of %q items are not supported: only arrays of strings, numbers and booleans have a string form", it)
		return nil, false
	}
	switch cf := items.CollectionFormat; cf {
	case "", "csv", "ssv", "tsv", "pipes":
		p.ItemsCollectionFormat = cf
	default:
		b.errorf(f.Path, ptr+"/items/collectionFormat", "collectionFormat %q is not supported for the items of an array parameter: want csv, ssv, tsv or pipes", cf)
		return nil, false
	}
	elem := &ir.Type{Kind: ir.KindPrimitive, Primitive: b.primitive(f, ptr+"/items/items", it, items.Items.Format), Format: items.Items.Format}
	return &ir.Type{Kind: ir.KindArray, Elem: elem}, true
}
