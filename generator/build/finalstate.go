package build

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
)

// finalStateSchema reads x-ms-long-running-operation-options.final-state-schema of a
// long-running operation: a $ref to the schema of the operation's final result, which
// typespec-autorest writes when the result is not what the responses declare (a POST
// action answered 202 without a body, whose result the Location URL gives). The poller
// then returns that type (ir.LongRunning.FinalSchema).
func (b *builder) finalStateSchema(f *load.File, optr string, node *jsonv.Value, op *ir.Operation) {
	if op.LongRunning == nil {
		return
	}
	fs := node.Get("x-ms-long-running-operation-options").Get("final-state-schema")
	if fs == nil {
		return
	}
	ptr := optr + "/x-ms-long-running-operation-options/final-state-schema"
	if fs.Kind != jsonv.String || fs.Str == "" {
		b.errorf(f.Path, ptr, "final-state-schema is a JSON %s, want a $ref string such as \"#/definitions/Result\"", fs.Kind)
		return
	}
	tf, tptr, _, err := b.doc.Resolve(f, fs.Str)
	if err != nil {
		b.errorf(f.Path, ptr, "final-state-schema %q: %v", fs.Str, err)
		return
	}
	op.LongRunning.FinalSchema = b.namedType(tf, tptr)
}
