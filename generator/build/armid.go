package build

import (
	"slices"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/runtime/validation"
)

// armIDRule attaches the format.arm-id rule of runtime/validation to c when the schema at
// file#ptr has x-ms-arm-id-details (TypeSpec's ResourceIdentifier<[...]>, on a property of
// format arm-id): the generated validator then checks that the value is the ID of a
// resource of one of allowedResources' types, and the docs document the rule. An empty or
// absent allowedResources allows any type (the ID must still be well formed). A property
// whose schema is a $ref gets the rule from the property or from its target, once.
func (b *builder) armIDRule(f *load.File, ptr string, t *ir.Type, c *ir.Constraints) {
	node := f.Tree.Pointer(ptr + "/x-ms-arm-id-details")
	if node == nil || slices.ContainsFunc(c.Rules, func(r ir.RuleRef) bool { return r.Name == validation.ARMIDRule }) {
		return
	}
	xptr := ptr + "/x-ms-arm-id-details"
	if node.Kind != jsonv.Object {
		b.errorf(f.Path, xptr, "x-ms-arm-id-details is a JSON %s, want an object with allowedResources", node.Kind)
		return
	}
	if t == nil || t.Kind != ir.KindPrimitive || t.Primitive != ir.String {
		b.errorf(f.Path, xptr, "x-ms-arm-id-details on a schema that is not a string: an ARM resource ID is a string of format arm-id")
		return
	}
	var args []*jsonv.Value
	if list := node.Get("allowedResources"); list != nil {
		if list.Kind != jsonv.Array {
			b.errorf(f.Path, xptr+"/allowedResources", "allowedResources is a JSON %s, want an array of {\"type\": \"Namespace/type\"} objects", list.Kind)
			return
		}
		for i, e := range list.Arr {
			typ := e.Get("type")
			if typ == nil || typ.Kind != jsonv.String || !strings.Contains(strings.Trim(typ.Str, "/"), "/") {
				b.errorf(f.Path, xptr+"/allowedResources/"+strconv.Itoa(i), "an allowed resource needs a \"type\" string such as \"Microsoft.Network/virtualNetworks/subnets\"")
				return
			}
			args = append(args, &jsonv.Value{Kind: jsonv.String, Str: typ.Str})
		}
	}
	info, _ := validation.LookupRule(validation.ARMIDRule)
	c.Rules = append([]ir.RuleRef{{Name: info.Name, Func: info.Func, Args: args, Doc: info.Doc}}, c.Rules...)
}

// mutability reads x-ms-mutability of the schema at file#ptr: its values lower-cased, in
// order, those other than read, create and update left out; nil when absent or not an array.
func mutability(f *load.File, ptr string) []string {
	node := f.Tree.Pointer(ptr + "/x-ms-mutability")
	if node == nil || node.Kind != jsonv.Array {
		return nil
	}
	out := []string{}
	for _, e := range node.Arr {
		if s := strings.ToLower(e.StrOr("")); (s == "read" || s == "create" || s == "update") && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
