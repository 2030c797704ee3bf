package validation_test

import (
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

const (
	vmID   = "/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute/virtualMachines/vm1"
	vmssID = "/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute/virtualMachineScaleSets/ss1"
	stID   = "/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Storage/storageAccounts/pcstore"
	form   = "/subscriptions/{id}/resourceGroups/{name}/providers/{Namespace}/{type}/{name}"
)

func TestARMResourceID(t *testing.T) {
	r := validation.ARMResourceIDRule
	target := func(errs *validation.Errors, p validation.Path, v *string) {
		validation.ARMResourceID(errs, p, v, "Microsoft.Compute/virtualMachines", "Microsoft.Compute/virtualMachineScaleSets")
	}
	notTarget := func(typ string) string {
		return "must be the ID of a Microsoft.Compute/virtualMachines or Microsoft.Compute/virtualMachineScaleSets resource, not of a " + typ + " resource"
	}
	testStringRule(t, r, target, []stringCase{
		{vmID, ""},
		{vmssID, ""},
		// ARM compares keywords, namespaces and types case-insensitively.
		{"/SUBSCRIPTIONS/subid/resourcegroups/rg2/PROVIDERS/microsoft.compute/VIRTUALMACHINES/vm1", ""},
		{"/subscriptions/96e68903-0a56-4819-9987-8d08ad6a1f99/resourceGroups/NwRg(1).x/providers/Microsoft.Compute/virtualMachines/vm-1_a", ""},
		// Wrong provider or type.
		{stID, bad(r, notTarget("Microsoft.Storage/storageAccounts"), stID)},
		{"/subscriptions/s/resourceGroups/rg/providers/Microsoft.ClassicCompute/virtualMachines/vm1",
			bad(r, notTarget("Microsoft.ClassicCompute/virtualMachines"), "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ClassicCompute/virtualMachines/vm1")},
		// Extra child segments make it another type.
		{vmID + "/extensions/ext1", bad(r, notTarget("Microsoft.Compute/virtualMachines/extensions"), vmID+"/extensions/ext1")},
		{vmssID + "/virtualMachines/0", bad(r, notTarget("Microsoft.Compute/virtualMachineScaleSets/virtualMachines"), vmssID+"/virtualMachines/0")},
		// Missing or malformed segments.
		{"subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute/virtualMachines/vm1",
			bad(r, `must be an ARM resource ID that starts with "/": `+form, "subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute/virtualMachines/vm1")},
		{"", bad(r, `must be an ARM resource ID that starts with "/": `+form, "")},
		{"/", bad(r, `must be an ARM resource ID with a "subscriptions" segment: `+form, "/")},
		{"/subscriptions/subid", bad(r, `must be an ARM resource ID with a "resourceGroups" segment: `+form, "/subscriptions/subid")},
		{"/subscriptions/subid/providers/Microsoft.Compute/virtualMachines/vm1",
			bad(r, `must be an ARM resource ID with a "resourceGroups" segment where it has "providers": `+form, "/subscriptions/subid/providers/Microsoft.Compute/virtualMachines/vm1")},
		{"/subs/subid/resourceGroups/rg2/providers/Microsoft.Compute/virtualMachines/vm1",
			bad(r, `must be an ARM resource ID with a "subscriptions" segment where it has "subs": `+form, "/subs/subid/resourceGroups/rg2/providers/Microsoft.Compute/virtualMachines/vm1")},
		{"/subscriptions//resourceGroups/rg2/providers/Microsoft.Compute/virtualMachines/vm1",
			bad(r, "must be an ARM resource ID with a non-empty subscriptions value: "+form, "/subscriptions//resourceGroups/rg2/providers/Microsoft.Compute/virtualMachines/vm1")},
		{"/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute/virtualMachines",
			bad(r, "must be an ARM resource ID that ends with a {type}/{name} pair after the namespace: "+form, "/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute/virtualMachines")},
		{"/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute",
			bad(r, "must be an ARM resource ID that ends with a {type}/{name} pair after the namespace: "+form, "/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute")},
		{"/subscriptions/subid/resourceGroups/rg2/providers/",
			bad(r, "must be an ARM resource ID that ends with a {type}/{name} pair after the namespace: "+form, "/subscriptions/subid/resourceGroups/rg2/providers/")},
		{vmID + "/", bad(r, "must be an ARM resource ID without empty segments: "+form, vmID+"/")},
		{"/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute//vm1",
			bad(r, "must be an ARM resource ID without empty segments: "+form, "/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute//vm1")},
		{"/subscriptions/subid/resourceGroups/rg2/providers//virtualMachines/vm1",
			bad(r, "must be an ARM resource ID without empty segments: "+form, "/subscriptions/subid/resourceGroups/rg2/providers//virtualMachines/vm1")},
	})

	// Child types and "any type".
	subnet := "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default"
	for _, c := range []struct {
		id    string
		types []string
		ok    bool
	}{
		{subnet, []string{"Microsoft.Network/virtualNetworks/subnets"}, true},
		{subnet, []string{"microsoft.network/VIRTUALNETWORKS/Subnets"}, true},
		{subnet, []string{"Microsoft.Network/virtualNetworks"}, false},
		{"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet", []string{"Microsoft.Network/virtualNetworks/subnets"}, false},
		{subnet, nil, true},
		{vmID + "/extensions/ext1", nil, true},
		{"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network", nil, false},
	} {
		var errs validation.Errors
		id := c.id
		validation.ARMResourceID(&errs, validation.Path{}, &id, c.types...)
		if ok := len(errs) == 0; ok != c.ok {
			t.Errorf("ARMResourceID(%q, %q): ok = %v, want %v (%v)", c.id, c.types, ok, c.ok, errs)
		}
	}
}

func TestStorageLocation(t *testing.T) {
	s := func(v string) *string { return &v }
	const (
		r        = validation.StorageLocationRule
		at       = "properties.storageLocation."
		required = at + "storageId: storageLocation: is required when filePath is not set"
	)
	badAt := func(field, msg, value string) string {
		return at + field + ": " + r + ": " + msg + `, got "` + value + `"`
	}
	underCaptures := "must be under /var/captures on a Linux VM"
	notCap := "must name a capture file, such as pc1.cap: the file name must end in .cap"
	for _, c := range []struct {
		name                          string
		storageID, storagePath, fpath *string
		want                          string
	}{
		{"storage account only", s(stID), nil, nil, ""},
		{"the spec example", s(stID), s("https://mytestaccountname.blob.core.windows.net/capture/pc1.cap"), s(`D:\capture\pc1.cap`), ""},
		{"linux file only", nil, nil, s("/var/captures/pc1.cap"), ""},
		{"linux file in a sub-folder", nil, nil, s("/var/captures/a/b/pc1.cap"), ""},
		{"linux file, doubled slash", nil, nil, s("/var//captures/./pc1.cap"), ""},
		{"windows file only", nil, nil, s(`C:\pc1.CAP`), ""},
		{"windows file with forward slashes", nil, nil, s(`d:/captures/pc1.cap`), ""},
		{"nothing", nil, nil, nil, required},
		{"empty strings", s(""), nil, s(""), required},
		{"storage path alone", nil, s("https://a.blob.core.windows.net/c/pc1.cap"), nil, required},
		{"linux file outside /var/captures", nil, nil, s("/tmp/pc1.cap"), badAt("filePath", underCaptures, "/tmp/pc1.cap")},
		{"linux file at the root", nil, nil, s("/pc1.cap"), badAt("filePath", underCaptures, "/pc1.cap")},
		{"linux file in a look-alike folder", nil, nil, s("/var/captures2/pc1.cap"), badAt("filePath", underCaptures, "/var/captures2/pc1.cap")},
		{"linux file escaping with ..", nil, nil, s("/var/captures/../etc/pc1.cap"), badAt("filePath", underCaptures+`, without ".." segments`, "/var/captures/../etc/pc1.cap")},
		{"linux file that is not .cap", nil, nil, s("/var/captures/pc1.pcap"), badAt("filePath", notCap, "/var/captures/pc1.pcap")},
		{"linux folder without a file", nil, nil, s("/var/captures/"), badAt("filePath", notCap, "/var/captures/")},
		{"file named only .cap", s(stID), nil, s(`D:\.cap`), badAt("filePath", notCap, `D:\\.cap`)},
		{"windows path with a bad character", nil, nil, s(`D:\cap|ture\pc1.cap`), badAt("filePath", `must be a Windows path without any of the characters <>:"|?*`, `D:\\cap|ture\\pc1.cap`)},
		{"relative path", nil, nil, s("pc1.cap"), badAt("filePath", `must be an absolute path: under /var/captures on Linux, or with a drive such as D:\capture\pc1.cap on Windows`, "pc1.cap")},
		{"UNC path", nil, nil, s(`\\server\share\pc1.cap`), badAt("filePath", `must be an absolute path: under /var/captures on Linux, or with a drive such as D:\capture\pc1.cap on Windows`, `\\\\server\\share\\pc1.cap`)},
		{"storage path not a URI", s(stID), s("not a uri"), nil, badAt("storagePath", "must be an absolute URI that starts with a scheme such as https:", "not a uri")},
		{"storage path without a host", s(stID), s("urn:capture"), nil, badAt("storagePath", "must be an absolute URI with a host, such as https://account.blob.core.windows.net/container/file.cap", "urn:capture")},
		{"storage path with a space", s(stID), s("https://a.blob.core.windows.net/my capture"), nil, badAt("storagePath", "must be a URI without spaces or characters that need percent-encoding", "https://a.blob.core.windows.net/my capture")},
		{"storage path and file path wrong", nil, s("x"), s("/tmp/x.txt"),
			badAt("storagePath", "must be an absolute URI that starts with a scheme such as https:", "x") + "\n" + badAt("filePath", underCaptures, "/tmp/x.txt")},
	} {
		var errs validation.Errors
		validation.StorageLocation(&errs, validation.Path{}.Field("properties").Field("storageLocation"), c.storageID, c.storagePath, c.fpath)
		if got := errs.Error(); got != c.want {
			t.Errorf("%s:\n got: %s\nwant: %s", c.name, got, c.want)
		}
	}
}

func TestPacketCaptureTarget(t *testing.T) {
	s := func(v string) *string { return &v }
	tt := func(v pcTargetType) *pcTargetType { return &v }
	one := []*string{s("0")}
	const (
		scope = "properties.scope: packetCaptureTarget: must list no instances unless the target is a virtual machine scale set (AzureVMSS); it lists "
		clash = "properties.targetType: packetCaptureTarget: must agree with the target, which is the ID of a "
	)
	for _, c := range []struct {
		name             string
		target           *string
		targetType       *pcTargetType
		include, exclude []*string
		want             string
	}{
		{"vm", s(vmID), nil, nil, nil, ""},
		{"vm with its type", s(vmID), tt("AzureVM"), nil, nil, ""},
		{"scale set with its type and scope", s(vmssID), tt("AzureVMSS"), one, one, ""},
		{"scale set without a type, with scope", s(vmssID), nil, one, nil, ""},
		{"vm with an empty scope", s(vmID), tt("AzureVM"), []*string{}, []*string{}, ""},
		{"nothing set", nil, nil, nil, nil, ""},
		{"unknown target, no type, scope", s("not an id"), nil, one, nil, ""},
		{"another resource type is armResourceID's business", s(stID), tt("AzureVM"), nil, nil, ""},
		{"unknown targetType is enum's business", s(vmID), tt("Other"), nil, nil, ""},
		{"vm said to be a scale set", s(vmID), tt("AzureVMSS"), nil, nil, clash + `Microsoft.Compute/virtualMachines resource, got "AzureVMSS"`},
		{"scale set said to be a vm", s(vmssID), tt("AzureVM"), nil, nil, clash + `Microsoft.Compute/virtualMachineScaleSets resource, got "AzureVM"`},
		{"vm with scope", s(vmID), nil, one, nil, scope + "1 to include and 0 to exclude"},
		{"vm by type with scope", s("not an id"), tt("AzureVM"), nil, []*string{s("1"), s("2")}, scope + "0 to include and 2 to exclude"},
		{"scale set said to be a vm, with scope", s(vmssID), tt("AzureVM"), one, nil, clash + `Microsoft.Compute/virtualMachineScaleSets resource, got "AzureVM"`},
		{"vm said to be a scale set, with scope", s(vmID), tt("AzureVMSS"), one, nil,
			clash + `Microsoft.Compute/virtualMachines resource, got "AzureVMSS"` + "\n" + scope + "1 to include and 0 to exclude"},
	} {
		var errs validation.Errors
		validation.PacketCaptureTarget(&errs, validation.Path{}.Field("properties"), c.target, c.targetType, c.include, c.exclude)
		if got := errs.Error(); got != c.want {
			t.Errorf("%s:\n got: %s\nwant: %s", c.name, got, c.want)
		}
	}
}
