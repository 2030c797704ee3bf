package examples

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
)

// withoutSecrets returns the example value v of type t without the values of x-ms-secret
// properties, at any depth: the service never returns a secret, so the fake server does not
// send one back and the example test does not print it. v is not changed; a value without
// secrets is returned as it is.
func withoutSecrets(v *jsonv.Value, t *ir.Type) *jsonv.Value {
	if v == nil || t == nil {
		return v
	}
	switch {
	case t.Kind == ir.KindArray && v.Kind == jsonv.Array:
		out := *v
		out.Arr = make([]*jsonv.Value, len(v.Arr))
		for i, e := range v.Arr {
			out.Arr[i] = withoutSecrets(e, t.Elem)
		}
		return &out
	case t.Kind == ir.KindMap && v.Kind == jsonv.Object:
		out := *v
		out.Obj = make([]jsonv.Member, len(v.Obj))
		for i, m := range v.Obj {
			out.Obj[i] = jsonv.Member{Key: m.Key, Value: withoutSecrets(m.Value, t.Elem)}
		}
		return &out
	case t.Kind == ir.KindModel && v.Kind == jsonv.Object:
		m := t.Model
		if m.Polymorphic() {
			m = concreteModel(v, m)
		}
		out := *v
		out.Obj = nil
		for _, mem := range v.Obj {
			f := modelField(m, mem.Key)
			if f != nil && f.Secret {
				continue
			}
			if f != nil {
				mem.Value = withoutSecrets(mem.Value, f.Type)
			}
			out.Obj = append(out.Obj, mem)
		}
		return &out
	}
	return v
}

// modelField returns the field of m whose JSON name is name, or nil.
func modelField(m *ir.Model, name string) *ir.Field {
	for _, f := range m.Fields {
		if f.JSONName == name {
			return f
		}
	}
	return nil
}
