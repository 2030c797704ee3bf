package validation

import "strings"

// ARMIDRule is the rule name of a string of format arm-id whose spec lists the resource types
// it may name (x-ms-arm-id-details.allowedResources) and that is not the ID of one of them.
const ARMIDRule = "format.arm-id"

// ARMIDDoc documents the format.arm-id rule.
const ARMIDDoc = `The ID of an Azure resource of one of the types the spec allows (x-ms-arm-id-details.allowedResources).
TypeSpec's ResourceIdentifier<[{type: "..."}]> writes the list. The resource type is the namespace and the type names
after the ID's last "/providers/" segment, at any scope ("Microsoft.Network/virtualNetworks/subnets" for
/subscriptions/{id}/resourceGroups/{rg}/providers/Microsoft.Network/virtualNetworks/{vnet}/subnets/{subnet}); an ID
without one names a subscription (Microsoft.Resources/subscriptions) or a resource group (Microsoft.Resources/resourceGroups).
Types compare case-insensitively, as ARM compares them; an allowed type whose last name lacks the plural "s" of the
ID's (the "Microsoft.Compute/virtualMachineScaleSet" of StandbyPool 2025-03-01) matches it, since ARM's type names are
plural. An empty list allows any resource type. No segment may be empty and the namespace must be followed by
type/name pairs. The allowed scopes (ResourceGroup, Subscription, ...) are not checked.`

// ARMID reports p when the string v is set and is not the ID of a resource of one of the
// allowed types (see ARMIDDoc). A nil v is absent and passes.
func ARMID[S ~string](errs *Errors, p Path, v *S, allowed ...string) {
	if v != nil {
		ARMIDValue(errs, p, *v, allowed...)
	}
}

// ARMIDValue is ARMID for a non-pointer value.
func ARMIDValue[S ~string](errs *Errors, p Path, v S, allowed ...string) {
	typ, msg := armIDType(string(v))
	if msg != "" {
		errs.add(&p, ARMIDRule, msg, v)
		return
	}
	if len(allowed) == 0 {
		return
	}
	for _, a := range allowed {
		if sameARMType(a, typ) {
			return
		}
	}
	var b strings.Builder
	b.WriteString("must be the ID of a ")
	for i, a := range allowed {
		if i > 0 {
			b.WriteString(" or ")
		}
		b.WriteString(a)
	}
	b.WriteString(" resource, not of a ")
	b.WriteString(typ)
	b.WriteString(" resource")
	errs.add(&p, ARMIDRule, b.String(), v)
}

// armIDType returns the resource type an ARM ID names, as written in the ID, or a message
// saying why s is not an ID.
func armIDType(s string) (string, string) {
	const form = "must be an Azure resource ID such as /subscriptions/{id}/resourceGroups/{name}/providers/{Namespace}/{type}/{name}"
	rest, ok := strings.CutPrefix(s, "/")
	if !ok || rest == "" {
		return "", form
	}
	segs := strings.Split(rest, "/")
	for _, seg := range segs {
		if seg == "" {
			return "", form + ", without empty segments"
		}
	}
	// The last "providers" followed by a namespace and type/name pairs.
	last := -1
	for i := range segs {
		if n := len(segs) - i - 2; strings.EqualFold(segs[i], "providers") && n >= 2 && n%2 == 0 {
			last = i
		}
	}
	if last < 0 {
		switch {
		case len(segs) == 2 && strings.EqualFold(segs[0], "subscriptions"):
			return "Microsoft.Resources/subscriptions", ""
		case len(segs) == 4 && strings.EqualFold(segs[0], "subscriptions") && strings.EqualFold(segs[2], "resourceGroups"):
			return "Microsoft.Resources/resourceGroups", ""
		}
		return "", form + ", ending in a {type}/{name} pair after the namespace"
	}
	types := []string{segs[last+1]}
	for i := last + 2; i < len(segs); i += 2 {
		types = append(types, segs[i])
	}
	return strings.Join(types, "/"), ""
}

// sameARMType reports whether the resource type of an ID, typ, is the allowed type a:
// the same names in any case, the last of a allowed to lack the plural "s" of typ's.
func sameARMType(a, typ string) bool {
	if strings.EqualFold(a, typ) {
		return true
	}
	return strings.HasSuffix(typ, "s") && strings.EqualFold(a, typ[:len(typ)-1]) && strings.Count(a, "/") > 0
}
