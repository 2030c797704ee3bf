package diff

import "github.com/armgen/armgen/generator/ir"

// A modelPair is a model of the old spec and the model at the same wire position in the
// new spec. Models are paired by where they are reached (operation, body or response,
// then property names), never by their Go names, so a definition that moved to another
// file or became a named definition is compared with what it was.
type modelPair struct {
	old, new *ir.Model
	usage    ir.Usage
	reached  string
}

// An enumPair is an enum of the old spec and the enum at the same wire position in the new.
type enumPair struct {
	old, new *ir.Enum
	usage    ir.Usage
	reached  string
}

// walker pairs the models and enums of two specs, breadth first from the operations both
// have, and records for each pair every direction it travels in.
type walker struct {
	models     map[[2]*ir.Model]*modelPair
	enums      map[[2]*ir.Enum]*enumPair
	modelOrder []*modelPair
	enumOrder  []*enumPair
	queue      []*modelPair
}

func newWalker() *walker {
	return &walker{models: map[[2]*ir.Model]*modelPair{}, enums: map[[2]*ir.Enum]*enumPair{}}
}

// run drains the queue: each model pair pairs its fields' types.
func (w *walker) run() {
	for len(w.queue) > 0 {
		p := w.queue[0]
		w.queue = w.queue[1:]
		fb := fieldsByJSON(p.new)
		for _, fa := range p.old.Fields {
			nb := fb[fa.JSONName]
			if nb == nil {
				continue
			}
			w.visit(fa.Type, nb.Type, fieldUsage(p.usage, fa, nb), join(p.reached, fa.JSONName))
		}
		if p.old.AdditionalProperties != nil && p.new.AdditionalProperties != nil {
			w.visit(p.old.AdditionalProperties, p.new.AdditionalProperties, p.usage, p.reached+"{}")
		}
	}
}

// fieldUsage is the usage of a field's value: a property that is readOnly on both sides
// never travels in requests.
func fieldUsage(u ir.Usage, a, b *ir.Field) ir.Usage {
	if a.ReadOnly && b.ReadOnly {
		return u &^ ir.UsageInput
	}
	return u
}

// join appends a property name to a wire path.
func join(reached, name string) string {
	if len(reached) > 0 && reached[len(reached)-1] != ' ' {
		return reached + "." + name
	}
	return reached + name
}

// visit pairs the models and enums found at the same place in two types.
func (w *walker) visit(a, b *ir.Type, u ir.Usage, reached string) {
	if a == nil || b == nil {
		return
	}
	ka, kb := shapeOf(a), shapeOf(b)
	switch {
	case ka == shapeModel && kb == shapeModel:
		w.pairModels(a.Model, b.Model, u, reached)
	case ka == shapeEnum && kb == shapeEnum:
		w.pairEnums(a.Enum, b.Enum, u, reached)
	case ka == shapeArray && kb == shapeArray:
		w.visit(a.Elem, b.Elem, u, reached+"[]")
	case ka == shapeMap && kb == shapeMap:
		w.visit(mapElem(a), mapElem(b), u, reached+"{}")
	}
}

func (w *walker) pairModels(a, b *ir.Model, u ir.Usage, reached string) {
	key := [2]*ir.Model{a, b}
	p := w.models[key]
	if p == nil {
		p = &modelPair{old: a, new: b, usage: u, reached: reached}
		w.models[key] = p
		w.modelOrder = append(w.modelOrder, p)
		w.queue = append(w.queue, p)
		return
	}
	if u&^p.usage != 0 {
		p.usage |= u
		w.queue = append(w.queue, p)
	}
}

func (w *walker) pairEnums(a, b *ir.Enum, u ir.Usage, reached string) {
	key := [2]*ir.Enum{a, b}
	p := w.enums[key]
	if p == nil {
		p = &enumPair{old: a, new: b, usage: u, reached: reached}
		w.enums[key] = p
		w.enumOrder = append(w.enumOrder, p)
		return
	}
	p.usage |= u
}

// fieldsByJSON indexes a model's fields by wire name.
func fieldsByJSON(m *ir.Model) map[string]*ir.Field {
	out := make(map[string]*ir.Field, len(m.Fields))
	for _, f := range m.Fields {
		out[f.JSONName] = f
	}
	return out
}

// shape is a type's JSON shape: what diff compares instead of Go names.
type shape int

const (
	shapePrimitive shape = iota
	shapeModel
	shapeEnum
	shapeArray
	shapeMap
)

// shapeOf returns a type's shape. A model with no properties and additionalProperties is
// a map on the wire, whether the spec names it or not.
func shapeOf(t *ir.Type) shape {
	switch t.Kind {
	case ir.KindModel:
		if len(t.Model.Fields) == 0 && t.Model.AdditionalProperties != nil {
			return shapeMap
		}
		return shapeModel
	case ir.KindEnum:
		return shapeEnum
	case ir.KindArray:
		return shapeArray
	case ir.KindMap:
		return shapeMap
	}
	return shapePrimitive
}

// mapElem is the value type of a map-shaped type.
func mapElem(t *ir.Type) *ir.Type {
	if t.Kind == ir.KindModel {
		return t.Model.AdditionalProperties
	}
	return t.Elem
}
