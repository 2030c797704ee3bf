package build

import (
	"path"
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
)

// assignNames gives every model and enum its final Go name, and every enum value its
// constant name. Names are decided after the whole graph is known, in an order that does
// not depend on traversal: definitions of the input files first, then definitions of other
// files, then inline schemas, each by file path and JSON pointer; the first to ask for a
// name gets it. A later definition whose name is held by a definition of another file gets
// its own file's name as a suffix (Error of other.json beside Error of spec.json is
// ErrorOther), so its name does not depend on how many others collided and adding a file
// renames nothing that does not share a name with it; any other collision (an inline
// schema, two definitions of one file or of two files with the same base name, a client
// type's name) gets the first free numeric suffix, 2, 3, ...
func (b *builder) assignNames() {
	type cand struct {
		desired string
		rank    int
		key     string
		set     func(string)
		model   bool
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
		cands = append(cands, cand{info.desired, rank(info.named, info.rootFile), info.key, func(n string) { m.Name = n }, true})
	}
	for _, e := range b.enumAt {
		cands = append(cands, cand{e.desired, rank(e.named, e.rootFile), e.key, func(n string) { e.enum.Name = n }, false})
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
	heldBy := map[string]string{} // name -> file of the definition that holds it
	// Models lose the package's stutter prefix (Watcher, not NetworkWatcher, in package
	// armnetwork), as in the Azure SDK, unless another schema asks for the shorter name.
	prefix := naming.StutterPrefix(b.pkg.Name)
	desired := map[string]bool{}
	for _, c := range cands {
		desired[c.desired] = true
	}
	for i := range cands {
		if !cands[i].model {
			continue
		}
		if t := naming.TrimPackagePrefix(prefix, cands[i].desired); t != cands[i].desired && !desired[t] {
			cands[i].desired = t
		}
	}
	for _, c := range cands {
		file, _, _ := strings.Cut(c.key, "#")
		name := c.desired
		if prev, ok := heldBy[name]; ok && c.rank < 2 && prev != file {
			if alt := name + fileSuffix(file); !namer.Taken(alt) {
				name = alt
			}
		}
		name = namer.Unique(name)
		if c.rank < 2 {
			if _, ok := heldBy[c.desired]; !ok {
				heldBy[c.desired] = file
			}
		}
		c.set(name)
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
			v.Name = namer.Unique(e.Name + naming.EnumValue(v.Value))
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

// fileSuffix is the name suffix of a definition whose name another file's definition holds:
// the Pascal case of its file's base name without extension (common-types' types.json
// gives "Types").
func fileSuffix(file string) string {
	return naming.Pascal(strings.TrimSuffix(path.Base(file), path.Ext(file)))
}
