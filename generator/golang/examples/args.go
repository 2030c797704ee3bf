package examples

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
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
	defer l.asParam(p)()
	return l.Value(exampleParamValue(v, p), p.Type, p.Name)
}

// asParam makes the builder write the values of parameter p as the clients take them,
// until the returned func runs: a header, query, path or form parameter's slices hold
// values (gocode.ParamType), a body's hold pointers (gocode.ElemType).
func (l *Literals) asParam(p *ir.Parameter) func() {
	prev := l.param
	l.param = p.In != ir.InBody
	return func() { l.param = prev }
}

// exampleParamValue is the example value v of parameter p as p's type takes it. A path, query or
// header parameter travels as text, so an example that writes its text as another JSON
// scalar (1 for the string "1", "true" for the boolean true, "5" for the integer 5) means
// that text, which is the same on the wire: v is retyped when its text parses as p's type.
// A body's values, and anything else, are returned as they are.
func exampleParamValue(v *jsonv.Value, p *ir.Parameter) *jsonv.Value {
	if v == nil || p.In == ir.InBody || p.In == ir.InFormData {
		return v
	}
	t := p.Type
	base, isPrim := ir.Primitive(0), false
	switch t.Kind {
	case ir.KindPrimitive:
		base, isPrim = t.Primitive, true
	case ir.KindEnum:
		base, isPrim = t.Enum.Base, true
	}
	if !isPrim {
		return v
	}
	switch {
	case base == ir.String && (v.Kind == jsonv.Number || v.Kind == jsonv.Bool):
		return &jsonv.Value{Kind: jsonv.String, Str: v.Literal()}
	case base == ir.Bool && v.Kind == jsonv.String && (v.Str == "true" || v.Str == "false"):
		return &jsonv.Value{Kind: jsonv.Bool, Bool: v.Str == "true"}
	case (base == ir.Int32 || base == ir.Int64 || base == ir.Float32 || base == ir.Float64) && v.Kind == jsonv.String:
		if n, err := jsonv.Parse([]byte(v.Str)); err == nil && n.Kind == jsonv.Number {
			return n
		}
	}
	return v
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
				done := l.asParam(p)
				c, ok := l.Field(exampleParamValue(v, p), p.Type, p.Name)
				done()
				if ok {
					if !gocode.PointerField(p.Type) && p.Type.Kind != ir.KindModel && !gocode.IsFileParam(p) && !gocode.OptionalByValue(p.Type) {
						// An options field is a pointer even where a model field is not
						// ([]byte): optionalParamType in package clients.
						c = jen.Qual(gocode.ToPkg, "Ptr").Types(l.Type(p.Type)).Call(c)
					}
					opts = append(opts, jen.Line().Id(naming.Pascal(p.GoName)).Op(":").Add(c))
				}
			}
		}
	}
	args = append(args, l.groupArgs(op, params)...)
	if b := op.Body; b != nil && b.Grouping == nil {
		switch {
		case b.BodyFormat == ir.BodyBinary:
			if v := params.Get(b.Name); b.Required || (v != nil && v.Kind != jsonv.Null) {
				c := l.binaryBody(v, b)
				if b.Required {
					args = append(args, c)
				} else {
					opts = append(opts, jen.Line().Id(naming.Pascal(b.GoName)).Op(":").Add(c))
				}
			}
		case b.Required:
			args = append(args, l.Arg(params, b))
		case params.Get(b.Name) != nil:
			v := params.Get(b.Name)
			if c, ok := l.elem(v, b.Type, false, b.Name); ok {
				if !gocode.IsInterfaceType(b.Type) {
					c = jen.Qual(gocode.ToPkg, "Ptr").Call(c)
				}
				opts = append(opts, jen.Line().Id(naming.Pascal(b.GoName)).Op(":").Add(c))
			}
		}
	}
	if len(opts) == 0 {
		return append(args, jen.Nil())
	}
	return append(args, jen.Op("&").Add(l.q(op.OptionsName())).Values(append(opts, jen.Line())...))
}

// binaryBody is the io.ReadSeekCloser argument of a binary body (p) from the example's
// value v: the bytes of a string as they are, anything else as its compact JSON. A
// required body the example has no value for is a problem, and an empty body goes out.
func (l *Literals) binaryBody(v *jsonv.Value, p *ir.Parameter) jen.Code {
	if v == nil {
		l.problem(p.Name, "an empty body is sent", "the example has no value for this parameter")
	}
	return jen.Qual(gocode.StreamingPkg, "NopCloser").Call(jen.Qual("strings", "NewReader").Call(jen.Lit(streamedText(v))))
}

// groupArgs are the x-ms-parameter-grouping arguments of op's client method from an
// example's parameters: a struct literal per group with the members the example sets (a
// required member it lacks is a problem, as for other arguments), or nil for an optional
// group the example sets nothing of.
func (l *Literals) groupArgs(op *ir.Operation, params *jsonv.Value) []jen.Code {
	var out []jen.Code
	for _, u := range op.Groups {
		var fields []jen.Code
		for _, p := range u.Params {
			v := params.Get(p.Name)
			if view.MemberByValue(p) {
				fields = append(fields, jen.Line().Id(p.FieldName).Op(":").Add(l.Arg(params, p)))
				continue
			}
			if v == nil {
				continue
			}
			var c jen.Code
			ok := false
			if p.In == ir.InBody {
				if c, ok = l.elem(v, p.Type, false, p.Name); ok && !gocode.IsInterfaceType(p.Type) {
					c = jen.Qual(gocode.ToPkg, "Ptr").Call(c)
				}
			} else {
				done := l.asParam(p)
				c, ok = l.Field(exampleParamValue(v, p), p.Type, p.Name)
				done()
			}
			if ok {
				fields = append(fields, jen.Line().Id(p.FieldName).Op(":").Add(c))
			}
		}
		lit := l.q(u.Group.Name).Values(append(fields, jen.Line())...)
		switch {
		case u.Required:
			out = append(out, lit)
		case len(fields) == 0:
			out = append(out, jen.Nil())
		default:
			out = append(out, jen.Op("&").Add(lit))
		}
	}
	return out
}
