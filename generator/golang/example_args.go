package golang

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/naming"
	"github.com/dave/jennifer/jen"
)

// Arg is the argument for parameter p from an example's parameters, where is p's name. A
// parameter the example has no value for is a problem: a Lenient builder passes the zero
// value.
func (l *Literals) Arg(params *jsonv.Value, p *ir.Parameter) jen.Code {
	v := params.Get(p.Name)
	if v == nil {
		l.problem(p.Name, "the zero value is used", "the example has no value for this parameter")
		return l.Zero(p.Type)
	}
	return l.Value(v, p.Type, p.Name)
}

// CallArgs are the arguments of op's client method after ctx, from an example's
// parameters, as the emitter declares the method: the required and path parameters in the
// spec's order, then a required body, then the options (nil when the example sets none of
// them) with the example's optional parameters and optional body.
func (l *Literals) CallArgs(op *ir.Operation, params *jsonv.Value) []jen.Code {
	var args, opts []jen.Code
	for _, p := range op.Params {
		switch {
		case p.Client, p.Grouping != nil:
		case p.Required || p.In == ir.InPath:
			args = append(args, l.Arg(params, p))
		default:
			if v := params.Get(p.Name); v != nil {
				if c, ok := l.Field(v, p.Type, p.Name); ok {
					if !pointerField(p.Type) && p.Type.Kind != ir.KindModel && !isFileParam(p) {
						// An options field is a pointer even where a model field is not (a
						// slice): *[]float64 (optionalParamType).
						c = jen.Qual(toPkg, "Ptr").Types(l.Type(p.Type)).Call(c)
					}
					opts = append(opts, jen.Line().Id(naming.Pascal(p.GoName)).Op(":").Add(c))
				}
			}
		}
	}
	args = append(args, l.groupArgs(op, params)...)
	if b := op.Body; b != nil && b.Grouping == nil {
		if b.Required {
			args = append(args, l.Arg(params, b))
		} else if v := params.Get(b.Name); v != nil {
			if c, ok := l.elem(v, b.Type, false, b.Name); ok {
				opts = append(opts, jen.Line().Id(naming.Pascal(b.GoName)).Op(":").Qual(toPkg, "Ptr").Call(c))
			}
		}
	}
	if len(opts) == 0 {
		return append(args, jen.Nil())
	}
	return append(args, jen.Op("&").Add(l.q(op.OptionsName())).Values(append(opts, jen.Line())...))
}
