package validation

import "strconv"

// PacketCaptureTargetRule is the name of the rule that checks that a packet
// capture's target, targetType and scope agree.
const PacketCaptureTargetRule = "packetCaptureTarget"

// PacketCaptureTargetDoc documents the packetCaptureTarget rule.
const PacketCaptureTargetDoc = `A packet capture's targetType agrees with its target, and scope is used only with a scale set.
Applies to PacketCaptureParameters, with the properties target, targetType, scope.include and scope.exclude. From the spec:
target: "The ID of the targeted resource, only AzureVM and AzureVMSS as target type are currently supported."
targetType: "Target type of the resource provided."
scope: "A list of AzureVMSS instances which can be included or excluded to run packet capture. If both included
and excluded are empty, then the packet capture will run on all instances of AzureVMSS."
So targetType "AzureVM" requires a Microsoft.Compute/virtualMachines target and "AzureVMSS" a
Microsoft.Compute/virtualMachineScaleSets target; a non-empty scope.include or scope.exclude requires a scale set
(by the target's type, or by targetType when the target is not a recognizable resource ID). An empty scope is fine
for any target. Whether target is a resource ID of a supported type at all is the armResourceID rule's job.`

// The resource types and target types of a packet capture target.
const (
	vmType         = "Microsoft.Compute/virtualMachines"
	vmssType       = "Microsoft.Compute/virtualMachineScaleSets"
	targetTypeVM   = "AzureVM"
	targetTypeVMSS = "AzureVMSS"
)

// targetKind is what a packet capture targets, as far as it can be told.
type targetKind uint8

const (
	unknownTarget targetKind = iota
	vmTarget
	scaleSetTarget
)

// PacketCaptureTarget reports a packet capture whose targetType does not
// match the type of the resource that target names, at the targetType path,
// and one whose scope lists instances although the target is not a scale set,
// at the scope path (see PacketCaptureTargetDoc). p is the path of the
// PacketCaptureParameters object. include and exclude are scope.include and
// scope.exclude, nil when scope is absent. Absent values pass.
func PacketCaptureTarget[T ~string, E any](errs *Errors, p Path, target *string, targetType *T, include, exclude []E) {
	byID := unknownTarget
	if target != nil {
		if id, msg := parseResourceID(*target); msg == "" {
			switch {
			case id.isType(vmType):
				byID = vmTarget
			case id.isType(vmssType):
				byID = scaleSetTarget
			}
		}
	}
	byType := unknownTarget
	if targetType != nil {
		switch string(*targetType) {
		case targetTypeVM:
			byType = vmTarget
		case targetTypeVMSS:
			byType = scaleSetTarget
		}
	}
	if byID != unknownTarget && byType != unknownTarget && byID != byType {
		kind := vmType
		if byID == scaleSetTarget {
			kind = vmssType
		}
		q := p.Field("targetType")
		errs.add(&q, PacketCaptureTargetRule, "must agree with the target, which is the ID of a "+kind+" resource", *targetType)
	}
	kind := byID
	if kind == unknownTarget {
		kind = byType
	}
	if kind == vmTarget && len(include)+len(exclude) > 0 {
		q := p.Field("scope")
		errs.add(&q, PacketCaptureTargetRule, "must list no instances unless the target is a virtual machine scale set (AzureVMSS); it lists "+
			strconv.Itoa(len(include))+" to include and "+strconv.Itoa(len(exclude))+" to exclude", nil)
	}
}
