package build

import (
	"github.com/armgen/armgen/generator/ir"
)

// unixTimes refuses format unixtime where the generated code cannot write it as seconds
// since the epoch: the Go type is time.Time, which encoding/json writes as a string, so
// each place a unixtime travels is encoded by hand. Those places are a property (a time,
// an array or a map of times), a parameter or body that is one time, and a response body
// or header that is one time; anything deeper is an error naming the schema.
func (b *builder) unixTimes() {
	for _, m := range b.pkg.Models {
		for _, fl := range m.Fields {
			if t := fl.Type; t.ContainsUnixTime() && !isUnix(t) && !((t.Kind == ir.KindArray || t.Kind == ir.KindMap) && isUnix(t.Elem)) {
				b.errorf(fl.Source.File, fl.Source.Pointer, "format unixtime is supported on a property, the items of an array property or the values of a map property, not deeper (%s)", t)
			}
		}
		if m.AdditionalProperties.ContainsUnixTime() {
			b.errorf(m.Source.File, m.Source.Pointer+"/additionalProperties", "format unixtime is not supported in additionalProperties beside declared properties or as a named map")
		}
	}
	for _, g := range b.pkg.Groups {
		for _, op := range g.Operations {
			params := append([]*ir.Parameter{}, op.Params...)
			if op.Body != nil {
				params = append(params, op.Body)
			}
			for _, p := range params {
				if p.Type.ContainsUnixTime() && !isUnix(p.Type) {
					b.errorf(p.Source.File, p.Source.Pointer, "format unixtime is supported on a parameter of one value, not %s", p.Type)
				}
			}
			for _, r := range op.Responses {
				if r.Type.ContainsUnixTime() && !isUnix(r.Type) {
					b.errorf(op.Source.File, op.Source.Pointer+"/responses/"+r.Status, "format unixtime is supported on a response body of one value, not %s", r.Type)
				}
				for _, h := range r.HeaderTypes {
					if h.Type.ContainsUnixTime() && !isUnix(h.Type) {
						b.errorf(op.Source.File, op.Source.Pointer+"/responses/"+r.Status+"/headers", "format unixtime is supported on a header of one value, not %s", h.Type)
					}
				}
			}
		}
	}
}

// isUnix reports whether t is one unixtime.
func isUnix(t *ir.Type) bool { return t.Kind == ir.KindPrimitive && t.Primitive == ir.UnixTime }
