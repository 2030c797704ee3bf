package build

import "testing"

// TestDefaultPackageName: packages are named as the Azure SDK for Go names its modules.
func TestDefaultPackageName(t *testing.T) {
	for in, want := range map[string]string{
		"specification/network/resource-manager/Microsoft.Network/stable/2022-01-01/networkWatcher.json": "armnetwork",
		"specification/cosmos-db/resource-manager/Microsoft.DocumentDB/stable/2021-10-15/cosmos-db.json": "armcosmosdb",
		"specification/keyvault/data-plane/Microsoft.KeyVault/stable/7.2/keys.json":                      "azkeyvault",
		"networkWatcher.json":          "networkwatcher",
		"testdata/2nd-spec.json":       "pkg2ndspec",
		"specification/x/other/a.json": "a",
	} {
		if got := DefaultPackageName(in); got != want {
			t.Errorf("DefaultPackageName(%q) = %q, want %q", in, got, want)
		}
	}
}
