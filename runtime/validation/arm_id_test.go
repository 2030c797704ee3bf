package validation

import (
	"strings"
	"testing"
)

// TestARMID: the resource type after the last /providers/ is compared with the allowed types
// case-insensitively at every scope, the message names the allowed types and the ID's, and
// malformed IDs are reported whatever the allowed types.
func TestARMID(t *testing.T) {
	subnet := "Microsoft.Network/virtualNetworks/subnets"
	for _, c := range []struct {
		id      string
		allowed []string
		want    string // "" passes
	}{
		{"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/sn", []string{subnet}, ""},
		{"/SUBSCRIPTIONS/s/resourcegroups/rg/PROVIDERS/microsoft.network/VIRTUALNETWORKS/v/Subnets/sn", []string{subnet}, ""},
		{"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v", []string{subnet},
			"must be the ID of a Microsoft.Network/virtualNetworks/subnets resource, not of a Microsoft.Network/virtualNetworks resource"},
		{"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm", []string{"Microsoft.ContainerInstance/containerGroupProfiles", subnet},
			"must be the ID of a Microsoft.ContainerInstance/containerGroupProfiles or Microsoft.Network/virtualNetworks/subnets resource, not of a Microsoft.Compute/virtualMachines resource"},
		// StandbyPool 2025-03-01 allows "Microsoft.Compute/virtualMachineScaleSet".
		{"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/ss", []string{"Microsoft.Compute/virtualMachineScaleSet"}, ""},
		{"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSet/ss", []string{"Microsoft.Compute/virtualMachineScaleSets"},
			"not of a Microsoft.Compute/virtualMachineScaleSet resource"},
		// Other scopes: tenant, subscription, management group, extension resources.
		{"/providers/Microsoft.Management/managementGroups/mg", []string{"Microsoft.Management/managementGroups"}, ""},
		{"/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/r", []string{"Microsoft.Authorization/roleDefinitions"}, ""},
		{"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm/providers/Microsoft.Insights/diagnosticSettings/d", []string{"Microsoft.Insights/diagnosticSettings"}, ""},
		{"/subscriptions/s", []string{"Microsoft.Resources/subscriptions"}, ""},
		{"/subscriptions/s/resourceGroups/rg", []string{"Microsoft.Resources/resourceGroups"}, ""},
		{"/subscriptions/s/resourceGroups/rg", []string{subnet}, "not of a Microsoft.Resources/resourceGroups resource"},
		// An empty list: any well-formed ID.
		{"/subscriptions/s/resourceGroups/rg/providers/A.B/c/d", nil, ""},
		{"subscriptions/s", nil, "must be an Azure resource ID"},
		{"/subscriptions/s/resourceGroups/rg/providers/A.B/c", nil, "ending in a {type}/{name} pair"},
		{"/subscriptions/s//resourceGroups/rg", nil, "without empty segments"},
		{"/subscriptions/s/resourceGroups/rg/providers/A.B/c/d/", nil, "without empty segments"},
		{"", []string{subnet}, "must be an Azure resource ID"},
	} {
		var errs Errors
		v := c.id
		ARMID(&errs, Path{}.Field("id"), &v, c.allowed...)
		err := errs.Err()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s %v: %v", c.id, c.allowed, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), ARMIDRule)):
			t.Errorf("%s %v: %v, want %q", c.id, c.allowed, err, c.want)
		}
	}
	var errs Errors
	ARMID[string](&errs, Path{}.Field("id"), nil, subnet)
	if errs.Err() != nil {
		t.Errorf("absent: %v", errs.Err())
	}
}
