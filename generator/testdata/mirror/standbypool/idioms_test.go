package standbypool

import (
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
)

const rg = "/subscriptions/00000000-0000-0000-0000-000000000009/resourceGroups/rgstandbypool/providers/"

// x-ms-arm-id-details.allowedResources of StandbyPool 2025-03-01 (TypeSpec's
// ResourceIdentifier<[...]>): the IDs of the spec's own examples pass, an ID of another
// resource type is an error that names the allowed types.
func TestAllowedResources(t *testing.T) {
	for _, c := range []struct {
		name string
		v    interface{ Validate() error }
		want string
	}{
		{"profile", &ContainerGroupProfile{ID: to.Ptr(rg + "Microsoft.ContainerInstance/containerGroupProfiles/cgProfile")}, ""},
		{"profile of a VM", &ContainerGroupProfile{ID: to.Ptr(rg + "Microsoft.Compute/virtualMachines/vm1")},
			"id: format.arm-id: must be the ID of a Microsoft.ContainerInstance/containerGroupProfiles resource, not of a Microsoft.Compute/virtualMachines resource"},
		{"subnet", &Subnet{ID: to.Ptr(rg + "Microsoft.Network/virtualNetworks/cgSubnet/subnets/cgSubnet")}, ""},
		{"subnet of a vnet", &Subnet{ID: to.Ptr(rg + "Microsoft.Network/virtualNetworks/cgSubnet")},
			"not of a Microsoft.Network/virtualNetworks resource"},
		// The spec allows "Microsoft.Compute/virtualMachineScaleSet"; its examples use
		// virtualMachineScaleSets IDs, which pass (the rule accepts the plural).
		{"scale set", &StandbyVirtualMachinePoolResourceProperties{VirtualMachineState: to.Ptr(VirtualMachineState("Running")), AttachedVirtualMachineScaleSetID: to.Ptr(rg + "Microsoft.Compute/virtualMachineScaleSets/myVmss")}, ""},
		{"scale set of a VM", &StandbyVirtualMachinePoolResourceProperties{VirtualMachineState: to.Ptr(VirtualMachineState("Running")), AttachedVirtualMachineScaleSetID: to.Ptr(rg + "Microsoft.Compute/virtualMachines/vm1")},
			"must be the ID of a Microsoft.Compute/virtualMachineScaleSet resource, not of a Microsoft.Compute/virtualMachines resource"},
		// allowedResources: [] allows any type, of a well-formed ID.
		{"any VM", &StandbyVirtualMachineResourceProperties{VirtualMachineResourceID: to.Ptr(rg + "Microsoft.Compute/virtualMachines/vm1")}, ""},
		{"not an ID", &StandbyVirtualMachineResourceProperties{VirtualMachineResourceID: to.Ptr("vm1")}, "must be an Azure resource ID"},
	} {
		err := c.v.Validate()
		if c.want == "" && err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
		if c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}

// readOnly in common-types v5: systemData and the resource's id are read-only, which
// ValidateRequest reports in a request body and Validate accepts in a response.
func TestReadOnlyFromCommonTypesV5(t *testing.T) {
	r := &StandbyContainerGroupPoolResource{
		Location:   to.Ptr("westus"),
		ID:         to.Ptr(rg + "Microsoft.StandbyPool/standbyContainerGroupPools/pool"),
		SystemData: &SystemData{CreatedAt: to.Ptr(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))},
	}
	if err := r.Validate(); err != nil {
		t.Errorf("Validate: %v", err)
	}
	err := r.ValidateRequest()
	if err == nil || !strings.Contains(err.Error(), "systemData") || !strings.Contains(err.Error(), "id:") {
		t.Errorf("ValidateRequest: %v, want id and systemData reported read-only", err)
	}
}
