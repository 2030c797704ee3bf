package build

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/naming"
)

// responseHeader builds the response header name declared at file#ptr: a primitive by its
// type and format, or an enum (named by x-ms-enum, else after the operation and header).
// An array header is kept as the header's text.
func (b *builder) responseHeader(f *load.File, ptr, name string, op *ir.Operation) *ir.ResponseHeader {
	node := f.Tree.Pointer(ptr)
	if node == nil || node.Kind != jsonv.Object {
		b.errorf(f.Path, ptr, "response header %q is not an object", name)
		return nil
	}
	h := &ir.ResponseHeader{Name: name, Doc: node.Get("description").StrOr("")}
	typ, format := node.Get("type").StrOr(""), node.Get("format").StrOr("")
	switch {
	case node.Get("enum") != nil:
		h.Type = b.typeOf(f, ptr, op.Group+op.Name+naming.Pascal(name))
		if h.Type.Kind != ir.KindEnum {
			h.Type = &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.String}
		}
	case typ == "array":
		h.Type = &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.String}
	case typ == "":
		b.errorf(f.Path, ptr, "response header %q has no type", name)
		return nil
	default:
		h.Type = &ir.Type{Kind: ir.KindPrimitive, Primitive: b.primitive(f, ptr, typ, format), Format: format}
	}
	return h
}
