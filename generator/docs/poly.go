package docs

import (
	"strings"

	"github.com/armgen/armgen/generator/ir"
)

// goType is the Go spelling of t as the generated package declares it: like t.String(),
// except that a polymorphic model is its interface.
func goType(t *ir.Type) string {
	switch {
	case t == nil:
		return ""
	case t.Polymorphic():
		return t.Model.Interface
	case t.Kind == ir.KindArray:
		return "[]" + goType(t.Elem)
	case t.Kind == ir.KindMap:
		return "map[string]" + goType(t.Elem)
	}
	return t.String()
}

// polyWords says which Go types a value of polymorphic model m may hold and which
// discriminator value selects each, such as: a `*Fish`, or by `fishtype`: `salmon`
// (`*Salmon`), ...
func polyWords(m *ir.Model) string {
	parts := make([]string, 0, len(m.Subtypes))
	for _, s := range m.Subtypes {
		if v := s.DiscriminatorWireValue(); v != "" {
			parts = append(parts, codeSpan(v, true)+" ("+codeSpan("*"+s.Name, true)+")")
		}
	}
	return "a " + codeSpan("*"+m.Name, true) + ", or by " + codeSpan(m.DiscriminatorProperty, true) + ": " + strings.Join(parts, ", ")
}
