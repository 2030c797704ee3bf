package validation

import (
	"strconv"
	"strings"
)

// ARMResourceIDRule is the name of the rule that checks that a string is the
// ARM resource ID of a resource of an expected type.
const ARMResourceIDRule = "armResourceID"

// ARMResourceIDDoc documents the armResourceID rule.
const ARMResourceIDDoc = `An ARM resource ID of one of the given resource types.
Form: /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{Namespace}/{type}/{name}[/{childType}/{childName}...].
Arguments: the accepted resource types, each "Namespace/type[/childType...]" such as "Microsoft.Compute/virtualMachines"
or "Microsoft.Network/virtualNetworks/subnets"; none means any type. The ID's type must equal one of them segment
for segment, so a child resource (.../virtualMachines/vm1/extensions/e1) is not its parent's type.
The keywords subscriptions, resourceGroups and providers, the namespace and the type names compare case-insensitively,
as ARM compares them; no segment may be empty, and there is no trailing "/".
Used where the spec says a property holds the ID of a resource of a kind, for example
PacketCaptureParameters.target: "The ID of the targeted resource, only AzureVM and AzureVMSS as target type are currently supported.",
PacketCaptureStorageLocation.storageId: "The ID of the storage account to save the packet capture session.",
FlowLogPropertiesFormat.targetResourceId: "ID of network security group to which flow log will be applied.",
FlowLogPropertiesFormat.storageId: "ID of the storage account which is used to store the flow log.",
TrafficAnalyticsConfigurationProperties.workspaceResourceId: "Resource Id of the attached workspace.",
ConnectionMonitorWorkspaceSettings.workspaceResourceId: "Log analytics workspace resource ID."`

// ARMResourceID reports p when the string v is set and is not the ARM resource
// ID of a resource of one of types (see ARMResourceIDDoc). With no types, any
// well-formed resource ID passes. A nil v is absent and passes.
func ARMResourceID(errs *Errors, p Path, v *string, types ...string) {
	if v == nil {
		return
	}
	id, msg := parseResourceID(*v)
	if msg != "" {
		errs.add(&p, ARMResourceIDRule, msg, *v)
		return
	}
	if len(types) == 0 {
		return
	}
	for _, t := range types {
		if id.isType(t) {
			return
		}
	}
	var b strings.Builder
	b.WriteString("must be the ID of a ")
	for i, t := range types {
		if i > 0 {
			b.WriteString(" or ")
		}
		b.WriteString(t)
	}
	b.WriteString(" resource, not of a ")
	b.WriteString(id.typeName())
	b.WriteString(" resource")
	errs.add(&p, ARMResourceIDRule, b.String(), *v)
}

// resourceID is a parsed ARM resource ID.
type resourceID struct {
	// provider is the part after /providers/: Namespace/type/name[/type/name...].
	provider string
}

// resourceIDForm is the shape that messages about malformed IDs show.
const resourceIDForm = "/subscriptions/{id}/resourceGroups/{name}/providers/{Namespace}/{type}/{name}"

// parseResourceID parses an ARM resource ID of a resource in a resource
// group. It returns a message when s is not one.
func parseResourceID(s string) (resourceID, string) {
	rest, ok := strings.CutPrefix(s, "/")
	if !ok {
		return resourceID{}, "must be an ARM resource ID that starts with \"/\": " + resourceIDForm
	}
	for _, keyword := range [...]string{"subscriptions", "resourceGroups", "providers"} {
		var seg, value string
		seg, rest, _ = strings.Cut(rest, "/")
		if seg == "" {
			return resourceID{}, "must be an ARM resource ID with a " + strconv.Quote(keyword) + " segment: " + resourceIDForm
		}
		if !strings.EqualFold(seg, keyword) {
			return resourceID{}, "must be an ARM resource ID with a " + strconv.Quote(keyword) + " segment where it has " + strconv.Quote(seg) + ": " + resourceIDForm
		}
		if keyword == "providers" {
			break
		}
		value, rest, _ = strings.Cut(rest, "/")
		if value == "" {
			return resourceID{}, "must be an ARM resource ID with a non-empty " + keyword + " value: " + resourceIDForm
		}
	}
	// rest is Namespace/type/name[/type/name...]: an odd number of segments,
	// at least three, none empty.
	n := 1
	for i := 0; i < len(rest); i++ {
		if rest[i] == '/' {
			n++
			if i == 0 || rest[i-1] == '/' || i == len(rest)-1 {
				return resourceID{}, "must be an ARM resource ID without empty segments: " + resourceIDForm
			}
		}
	}
	if rest == "" || n < 3 || n%2 == 0 {
		return resourceID{}, "must be an ARM resource ID that ends with a {type}/{name} pair after the namespace: " + resourceIDForm
	}
	return resourceID{provider: rest}, ""
}

// isType reports whether id is of resource type t, "Namespace/type[/childType...]",
// comparing case-insensitively.
func (id resourceID) isType(t string) bool {
	ns, ts, _ := strings.Cut(t, "/")
	pns, rest, _ := strings.Cut(id.provider, "/")
	if !strings.EqualFold(ns, pns) {
		return false
	}
	for ts != "" {
		var want, got string
		want, ts, _ = strings.Cut(ts, "/")
		got, rest, _ = strings.Cut(rest, "/")
		if rest == "" || !strings.EqualFold(want, got) {
			return false // the ID has no name for this type, or another type
		}
		_, rest, _ = strings.Cut(rest, "/") // skip the name
	}
	return rest == ""
}

// typeName returns the resource type of id, "Namespace/type[/childType...]",
// as written in the ID.
func (id resourceID) typeName() string {
	ns, rest, _ := strings.Cut(id.provider, "/")
	b := []byte(ns)
	for rest != "" {
		var t string
		t, rest, _ = strings.Cut(rest, "/")
		_, rest, _ = strings.Cut(rest, "/")
		b = append(b, '/')
		b = append(b, t...)
	}
	return string(b)
}
