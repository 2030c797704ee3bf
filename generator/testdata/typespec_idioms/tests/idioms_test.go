package typespecidioms

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
)

// x-ms-arm-id-details.allowedResources becomes a validator of the property (and of each item
// of an array of IDs); an empty list allows any well-formed ID. x-ms-mutability ["read"] is
// read-only for ValidateRequest.
func TestIdioms(t *testing.T) {
	sub := "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/default"
	hsm := "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/h"
	// JSON, so that the test does not depend on the Go type of a slice of strings.
	props := func(subnet, key, anyID string) *VaultProperties {
		var p VaultProperties
		if err := json.Unmarshal([]byte(`{"subnetId":"`+subnet+`","keySources":["`+key+`"],"anyResource":"`+anyID+`"}`), &p); err != nil {
			t.Fatal(err)
		}
		return &p
	}
	if err := props(sub, hsm, hsm).Validate(); err != nil {
		t.Errorf("valid IDs: %v", err)
	}
	err := props(hsm, sub, "h").Validate()
	for _, want := range []string{
		"subnetId: format.arm-id: must be the ID of a Microsoft.Network/virtualNetworks/subnets resource, not of a Microsoft.KeyVault/managedHSMs resource",
		"keySources[0]: format.arm-id: must be the ID of a Microsoft.KeyVault/vaults or Microsoft.KeyVault/managedHSMs resource, not of a Microsoft.Network/virtualNetworks/subnets resource",
		"anyResource: format.arm-id: must be an Azure resource ID",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("invalid IDs: %v, want %q", err, want)
		}
	}
	status := &VaultProperties{Status: to.Ptr("Ready")}
	if err := status.ValidateRequest(); err == nil || !strings.Contains(err.Error(), "status") {
		t.Errorf("x-ms-mutability [read] in a request: %v, want status reported", err)
	}
	if err := status.Validate(); err != nil {
		t.Errorf("x-ms-mutability [read] in a response: %v", err)
	}
}
