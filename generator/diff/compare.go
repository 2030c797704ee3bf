package diff

import (
	"path"
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/ir"
)

// differ collects the changes between two packages.
type differ struct {
	old, new *ir.Package
	walk     *walker
	changes  []Change
}

func (d *differ) add(c Change) {
	c.Reached = strings.TrimSuffix(c.Reached, ": ")
	d.changes = append(d.changes, c)
}

// Compare returns every wire-level change from old to new, sorted. See the package
// documentation for what is compared and when a change is breaking.
func Compare(old, new *ir.Package) []Change {
	d := &differ{old: old, new: new, walk: newWalker()}
	for _, p := range d.pairOperations() {
		d.compareOperation(p[0], p[1])
	}
	d.walk.run()
	d.pairLeftovers()
	d.walk.run()
	for _, p := range d.walk.modelOrder {
		d.compareModel(p)
	}
	for _, p := range d.walk.enumOrder {
		d.compareEnum(p)
	}
	d.reportUnpaired()
	sortChanges(d.changes)
	return d.changes
}

// pairLeftovers pairs each named definition that the walk left without a partner (one
// reached through a property that was renamed or removed) with the definition of the same
// name on the other side, if there is one.
func (d *differ) pairLeftovers() {
	ma, mb := d.unpairedModels()
	na, nb := namedModels(d.old.Models), namedModels(d.new.Models)
	for _, name := range sortedKeys(ma) {
		if b := partner(ma[name], na[name], nb[name], func(m *ir.Model) string { return m.Source.File }); b != nil {
			d.walk.pairModels(ma[name], b, ma[name].Usage|b.Usage, "definition "+name)
		}
	}
	for _, name := range sortedKeys(mb) {
		if a := partner(mb[name], nb[name], na[name], func(m *ir.Model) string { return m.Source.File }); a != nil {
			d.walk.pairModels(a, mb[name], a.Usage|mb[name].Usage, "definition "+name)
		}
	}
	ea, eb := d.unpairedEnums()
	xa, xb := namedEnums(d.old.Enums), namedEnums(d.new.Enums)
	// Where such an enum travels is not known from the walk: assume both directions.
	both := ir.UsageInput | ir.UsageOutput
	for _, name := range sortedKeys(ea) {
		if b := partner(ea[name], xa[name], xb[name], func(e *ir.Enum) string { return e.Source.File }); b != nil {
			d.walk.pairEnums(ea[name], b, both, "definition "+name)
		}
	}
	for _, name := range sortedKeys(eb) {
		if a := partner(eb[name], xb[name], xa[name], func(e *ir.Enum) string { return e.Source.File }); a != nil {
			d.walk.pairEnums(a, eb[name], both, "definition "+name)
		}
	}
}

// partner picks, for a definition x whose side has the same-named definitions own, its
// partner among the other side's same-named definitions other: the only one when the name
// is unique on both sides, else the one in a file of the same base name (a package of
// several files may hold two definitions of one name, such as Status of hubs.json and of
// common.json), else none.
func partner[T any](x T, own, other []T, file func(T) string) T {
	var zero T
	if len(other) == 1 && len(own) == 1 {
		return other[0]
	}
	for _, o := range other {
		if path.Base(file(o)) == path.Base(file(x)) {
			return o
		}
	}
	return zero
}

// namedModels indexes named models by definition name, in the order of ms.
func namedModels(ms []*ir.Model) map[string][]*ir.Model {
	out := map[string][]*ir.Model{}
	for _, m := range ms {
		if m.SchemaName != "" {
			out[m.SchemaName] = append(out[m.SchemaName], m)
		}
	}
	return out
}

// namedEnums is namedModels for enums.
func namedEnums(es []*ir.Enum) map[string][]*ir.Enum {
	out := map[string][]*ir.Enum{}
	for _, e := range es {
		if e.SchemaName != "" {
			out[e.SchemaName] = append(out[e.SchemaName], e)
		}
	}
	return out
}

// unpairedModels returns the named models of each side that are in no pair, by
// definition name.
func (d *differ) unpairedModels() (map[string]*ir.Model, map[string]*ir.Model) {
	inA, inB := map[*ir.Model]bool{}, map[*ir.Model]bool{}
	for _, p := range d.walk.modelOrder {
		inA[p.old], inB[p.new] = true, true
	}
	pick := func(ms []*ir.Model, in map[*ir.Model]bool) map[string]*ir.Model {
		out := map[string]*ir.Model{}
		for _, m := range ms {
			if !in[m] && m.SchemaName != "" && out[m.SchemaName] == nil {
				out[m.SchemaName] = m
			}
		}
		return out
	}
	return pick(d.old.Models, inA), pick(d.new.Models, inB)
}

// unpairedEnums is unpairedModels for enums.
func (d *differ) unpairedEnums() (map[string]*ir.Enum, map[string]*ir.Enum) {
	inA, inB := map[*ir.Enum]bool{}, map[*ir.Enum]bool{}
	for _, p := range d.walk.enumOrder {
		inA[p.old], inB[p.new] = true, true
	}
	pick := func(es []*ir.Enum, in map[*ir.Enum]bool) map[string]*ir.Enum {
		out := map[string]*ir.Enum{}
		for _, e := range es {
			if !in[e] && e.SchemaName != "" && out[e.SchemaName] == nil {
				out[e.SchemaName] = e
			}
		}
		return out
	}
	return pick(d.old.Enums, inA), pick(d.new.Enums, inB)
}

// reportUnpaired reports named definitions that exist on one side only. They are never
// breaking by themselves: what reached them is reported where it changed.
func (d *differ) reportUnpaired() {
	ma, mb := d.unpairedModels()
	for _, name := range sortedKeys(ma) {
		m := ma[name]
		d.add(Change{Rule: RemovedModel, Target: TargetModel, Name: m.Name, Old: m.Source.String(),
			Message: "definition " + name + " is no longer used"})
	}
	for _, name := range sortedKeys(mb) {
		m := mb[name]
		d.add(Change{Rule: AddedModel, Target: TargetModel, Name: m.Name, New: m.Source.String(),
			Message: "definition " + name + " is new"})
	}
	ea, eb := d.unpairedEnums()
	for _, name := range sortedKeys(ea) {
		e := ea[name]
		d.add(Change{Rule: RemovedEnum, Target: TargetEnum, Name: e.Name, Old: e.Source.String(),
			Message: "enum " + name + " is no longer used"})
	}
	for _, name := range sortedKeys(eb) {
		e := eb[name]
		d.add(Change{Rule: AddedEnum, Target: TargetEnum, Name: e.Name, New: e.Source.String(),
			Message: "enum " + name + " is new"})
	}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
