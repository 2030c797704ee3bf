package naming

import (
	"testing"
	"unicode"
)

func TestPascal(t *testing.T) {
	cases := map[string]string{
		"id":                                 "ID",
		"localIPAddress":                     "LocalIPAddress",
		"targetType":                         "TargetType",
		"storageId":                          "StorageID",
		"vmssInstances":                      "VmssInstances", // not one of the SDK's acronyms
		"AzureVMSS":                          "AzureVMSS",
		"HTTPConfiguration":                  "HTTPConfiguration",
		"ConnectionMonitorHttpConfiguration": "ConnectionMonitorHTTPConfiguration",
		"tcp-port":                           "TCPPort",
		"2ndHop":                             "X2NdHop",
		"type":                               "Type",
		"storageUrl":                         "StorageURL",
		"resourceIds":                        "ResourceIDs",
		"ipAddresses":                        "IPAddresses",
		"PacketCaptures_Create":              "PacketCapturesCreate",
		"enableTrafficAnalytics":             "EnableTrafficAnalytics",
		"x-ms-client-name":                   "XMSClientName",
		"sslEnforcement":                     "SSLEnforcement",
		"getSslPredefinedPolicy":             "GetSSLPredefinedPolicy",
		"generatevpnprofile":                 "Generatevpnprofile",
		"GenerateVpnProfile":                 "GenerateVPNProfile",
		"enableHttp2":                        "EnableHTTP2",
		"AadAuthenticationParameters":        "AADAuthenticationParameters",
		"ipv4Address":                        "IPv4Address",
		"resourceGuid":                       "ResourceGUID",
		"ipConfigurations":                   "IPConfigurations",
		"skus":                               "SKUs",
		"etag":                               "Etag",
		"nsgFlowLog":                         "NsgFlowLog",
		"VMs":                                "VMs",
		"":                                   "X",
		"café_au_lait":                       "CaféAuLait",
		"IPv4":                               "IPv4",
	}
	for in, want := range cases {
		if got := Pascal(in); got != want {
			t.Errorf("Pascal(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCamel(t *testing.T) {
	cases := map[string]string{
		"networkWatcherName": "networkWatcherName",
		"ID":                 "id",
		"type":               "typeParam",
		"api-version":        "apiVersion",
		"VMSSName":           "vmssName",
		"range":              "rangeParam",
	}
	for in, want := range cases {
		if got := Camel(in); got != want {
			t.Errorf("Camel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNamer(t *testing.T) {
	n := NewNamer("Client")
	for _, want := range []string{"Client2", "Client3"} {
		if got := n.Unique("Client"); got != want {
			t.Errorf("Unique = %q, want %q", got, want)
		}
	}
	if got := n.Unique("Other"); got != "Other" {
		t.Errorf("Unique = %q", got)
	}
}

func TestTrimPackagePrefix(t *testing.T) {
	cases := []struct{ pkg, in, want string }{
		{"armnetwork", "NetworkWatcher", "Watcher"},
		{"armnetwork", "NetworkWatchersClient", "WatchersClient"},
		{"armnetwork", "NetworkClient", "Client"},
		{"armnetwork", "Networks", "Networks"},
		{"armnetwork", "Network", "Network"},
		{"armnetwork", "PacketCapture", "PacketCapture"},
		{"armmsi", "MsiOperations", "Operations"},
		{"azkeys", "KeysClient", "Client"},
		{"networkwatcher", "NetworkWatcherFoo", "Foo"},
	}
	for _, c := range cases {
		if got := TrimPackagePrefix(StutterPrefix(c.pkg), c.in); got != c.want {
			t.Errorf("TrimPackagePrefix(%q, %q) = %q, want %q", StutterPrefix(c.pkg), c.in, got, c.want)
		}
	}
}

// TestPascalIsAnIdentifier: letters that are numbers (U+3021 HANGZHOU NUMERAL ONE, category
// Nl) are not Go identifier characters; they separate words like punctuation.
func TestPascalIsAnIdentifier(t *testing.T) {
	for _, in := range []string{"a〡b", "〡", "x\u2160y", "Ⅻ"} {
		got := Pascal(in)
		for i, r := range got {
			if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
				t.Errorf("Pascal(%q) = %q, not an identifier", in, got)
				break
			}
		}
	}
}

func TestEnumValue(t *testing.T) {
	for value, want := range map[string]string{
		"AZFW_VNet":     "AZFWVnet",
		"AZFW_Hub":      "AZFWHub",
		"Standard_B1ms": "StandardB1Ms",
		"ConfidentialVM_VMGuestStateOnlyEncryptedWithPlatformKey": "ConfidentialVMVmguestStateOnlyEncryptedWithPlatformKey",
		"Tcp":        "TCP",
		"IPv4":       "IPv4",
		"VpnGw1AZ":   "VPNGw1AZ",
		"*":          "Asterisk",
		"0":          "Zero",
		"12":         "Twelve",
		"24":         "TwentyFour",
		"115":        "OneHundredFifteen",
		"2020-11-01": "TwoThousandTwenty1101",
		"":           "X",
		"\u2603":     "X",
	} {
		if got := EnumValue(value); got != want {
			t.Errorf("EnumValue(%q) = %q, want %q", value, got, want)
		}
	}
}
