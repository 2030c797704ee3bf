package build

import (
	"sort"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
)

// assignNames gives every model and enum its final Go name, and every enum value its
// constant name. Names are decided after the whole graph is known, in an order that does
// not depend on traversal: definitions of the root file first, then definitions of other
// files by path, then inline schemas by location; within that, the first to ask for a name
// gets it and later ones get a numeric suffix.
func (b *builder) assignNames() {
	type cand struct {
		desired string
		rank    int
		key     string
		set     func(string)
	}
	rank := func(named, root bool) int {
		switch {
		case named && root:
			return 0
		case named:
			return 1
		}
		return 2
	}
	var cands []cand
	for _, m := range b.pkg.Models {
		info := b.modelAt[m]
		cands = append(cands, cand{info.desired, rank(info.named, info.rootFile), info.key, func(n string) { m.Name = n }})
	}
	for _, e := range b.enumAt {
		cands = append(cands, cand{e.desired, rank(e.named, e.rootFile), e.key, func(n string) { e.enum.Name = n }})
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, c := cands[i], cands[j]
		if a.rank != c.rank {
			return a.rank < c.rank
		}
		return a.key < c.key
	})
	// The Go clients declare a client, an options and a response type per operation.
	reserved := ir.ClientTypeNames(b.pkg.Groups)
	namer := naming.NewNamer(reserved...)
	for _, c := range cands {
		c.set(namer.Unique(c.desired))
	}
	b.nameInterfaces(namer)
	// Inherited field markers were written with desired names; refresh them.
	for _, m := range b.pkg.Models {
		for _, f := range m.Fields {
			if f.Inherited != "" {
				for _, base := range allBases(m) {
					if b.modelAt[base].desired == f.Inherited || base.Name == f.Inherited {
						f.Inherited = base.Name
						break
					}
				}
			}
		}
	}
	enums := append([]*ir.Enum(nil), b.pkg.Enums...)
	sort.Slice(enums, func(i, j int) bool { return enums[i].Name < enums[j].Name })
	for _, e := range enums {
		namer.Unique("Possible" + e.Name + "Values")
	}
	for _, e := range enums {
		for _, v := range e.Values {
			v.Name = namer.Unique(e.Name + naming.Suffix(v.Value))
		}
	}
}

// allBases lists a model's bases, transitively, nearest first.
func allBases(m *ir.Model) []*ir.Model {
	var out []*ir.Model
	for _, b := range m.Bases {
		out = append(out, b)
		out = append(out, allBases(b)...)
	}
	return out
}

// markUsage records which models and enums travel in requests and in responses.
func (b *builder) markUsage() {
	for _, g := range b.pkg.Groups {
		for _, op := range g.Operations {
			if op.Body != nil {
				mark(op.Body.Type, ir.UsageInput, map[*ir.Model]bool{})
			}
			for _, r := range op.Responses {
				mark(r.Type, ir.UsageOutput, map[*ir.Model]bool{})
			}
		}
	}
}

func mark(t *ir.Type, u ir.Usage, seen map[*ir.Model]bool) {
	if t == nil {
		return
	}
	switch t.Kind {
	case ir.KindArray, ir.KindMap:
		mark(t.Elem, u, seen)
	case ir.KindModel:
		m := t.Model
		if seen[m] {
			return
		}
		seen[m] = true
		m.Usage |= u
		for _, sub := range m.Subtypes {
			mark(&ir.Type{Kind: ir.KindModel, Model: sub}, u, seen)
		}
		for _, f := range m.Fields {
			mark(f.Type, u, seen)
		}
		mark(m.AdditionalProperties, u, seen)
	}
}
