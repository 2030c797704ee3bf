package build

import (
	"sort"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/naming"
)

// inHierarchy reports whether m or one of its bases declares a discriminator.
func inHierarchy(m *ir.Model) bool {
	if m.Discriminator != "" {
		return true
	}
	for _, base := range m.Bases {
		if inHierarchy(base) {
			return true
		}
	}
	return false
}

// subtypes builds every definition, in the files already loaded, that lists a model of a
// discriminated hierarchy in its allOf: such a subtype is usually reachable only that
// way (a response declares the base, the service sends a subtype), and a polymorphic
// value must be able to decode into it. Repeats until no new subtype appears, since a
// subtype may itself have subtypes.
func (b *builder) subtypes() {
	for changed := true; changed; {
		changed = false
		for _, p := range b.doc.Files() {
			f := b.doc.File(p)
			if f == nil || f.Tree == nil {
				continue
			}
			defs := f.Tree.Get("definitions")
			if defs == nil {
				continue
			}
			for _, mem := range defs.Obj {
				ptr := "/definitions/" + jsonv.EscapeToken(mem.Key)
				key := f.Path + "#" + ptr
				if b.models[key] != nil || b.enums[key] != nil || b.types[key] != nil {
					continue
				}
				allOf := mem.Value.Get("allOf")
				if allOf == nil {
					continue
				}
				extends := false
				for _, item := range allOf.Arr {
					ref := item.Get("$ref").StrOr("")
					if ref == "" {
						continue
					}
					tf, tptr, _, err := b.doc.Resolve(f, ref)
					if err != nil {
						continue
					}
					if base := b.models[tf.Path+"#"+tptr]; base != nil && inHierarchy(base) {
						extends = true
						break
					}
				}
				if extends {
					b.namedType(f, ptr)
					changed = true
				}
			}
		}
	}
}

// polymorphism records, for every model of a discriminated hierarchy, the discriminator
// it inherits and its subtypes; a model with subtypes gets an interface (named later, by
// assignNames).
func (b *builder) polymorphism() {
	var rootDisc func(m *ir.Model) string
	rootDisc = func(m *ir.Model) string {
		for _, base := range m.Bases {
			if d := rootDisc(base); d != "" {
				return d
			}
		}
		return m.Discriminator
	}
	for _, m := range b.pkg.Models {
		if !inHierarchy(m) {
			continue
		}
		m.DiscriminatorProperty = rootDisc(m)
		seen := map[*ir.Model]bool{m: true}
		for _, base := range allBases(m) {
			if seen[base] || !inHierarchy(base) {
				continue
			}
			seen[base] = true
			base.Subtypes = append(base.Subtypes, m)
		}
	}
	for _, m := range b.pkg.Models {
		if len(m.Subtypes) > 0 {
			m.Interface = "?" // named by nameInterfaces
		}
	}
}

// nameInterfaces names the interface of every polymorphic model "Any" + its name, and
// reserves the name of the function that decodes it, after every model and enum has its
// name. It also sorts the subtypes by their final names.
func (b *builder) nameInterfaces(namer *naming.Namer) {
	ms := append([]*ir.Model(nil), b.pkg.Models...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].Name < ms[j].Name })
	for _, m := range ms {
		if m.Interface == "" {
			continue
		}
		m.Interface = namer.Unique(m.Name + "Classification")
		namer.Unique("Unmarshal" + m.Interface)
		sort.Slice(m.Subtypes, func(i, j int) bool { return m.Subtypes[i].Name < m.Subtypes[j].Name })
	}
}
