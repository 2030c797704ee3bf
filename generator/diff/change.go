package diff

import (
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/ir"
)

// Target says what kind of spec element a change is about.
type Target string

// The targets of changes.
const (
	// TargetOperation is an HTTP operation, named by its operationId.
	TargetOperation Target = "operation"
	// TargetModel is an object schema, named by its Go name in the new spec.
	TargetModel Target = "model"
	// TargetEnum is an enum, named by its Go name in the new spec.
	TargetEnum Target = "enum"
)

// Change is one difference between the old and the new spec.
type Change struct {
	// Rule names the kind of change; Rules documents each.
	Rule Rule `json:"rule"`
	// Breaking is true when the change can break a client written for the old spec.
	Breaking bool `json:"breaking"`
	// Target is what changed: an operation, a model or an enum.
	Target Target `json:"target"`
	// Name is the operationId, or the model's or enum's Go name in the new spec (the old
	// spec's for things that were removed).
	Name string `json:"name"`
	// OldName is the model's or enum's Go name in the old spec when it differs from Name
	// (the definition moved or was renamed; that alone is not a change on the wire).
	OldName string `json:"oldName,omitempty"`
	// Item is the part of Name that changed: a property's wire name (with [] and {} for
	// elements of arrays and maps), a parameter as "in:name", a response status code or an
	// enum value; "" when Name changed as a whole.
	Item string `json:"item,omitempty"`
	// Old and New describe the item before and after ("" when it did not exist).
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
	// Usage says where the model or enum travels: "input", "output" or "input+output";
	// the rules that depend on it are in Rules.
	Usage string `json:"usage,omitempty"`
	// Reached is a wire path that reaches the model or enum, such as
	// "PacketCaptures_Create request body: properties.filters[]".
	Reached string `json:"reached,omitempty"`
	// Message is the change in one sentence.
	Message string `json:"message"`
}

// usageString spells a usage for Change.Usage.
func usageString(u ir.Usage) string {
	var parts []string
	if u&ir.UsageInput != 0 {
		parts = append(parts, "input")
	}
	if u&ir.UsageOutput != 0 {
		parts = append(parts, "output")
	}
	return strings.Join(parts, "+")
}

// sortChanges orders changes by target, name, item and rule, so output is stable.
func sortChanges(cs []Change) {
	order := map[Target]int{TargetOperation: 0, TargetModel: 1, TargetEnum: 2}
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Target != b.Target {
			return order[a.Target] < order[b.Target]
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		if a.Item != b.Item {
			return a.Item < b.Item
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Old != b.Old {
			return a.Old < b.Old
		}
		return a.New < b.New
	})
}
