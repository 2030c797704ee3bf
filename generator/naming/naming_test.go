package naming

import "testing"

func TestPascal(t *testing.T) {
	cases := map[string]string{
		"id":                                 "ID",
		"localIPAddress":                     "LocalIPAddress",
		"targetType":                         "TargetType",
		"storageId":                          "StorageID",
		"vmssInstances":                      "VMSSInstances",
		"AzureVMSS":                          "AzureVMSS",
		"HTTPConfiguration":                  "HTTPConfiguration",
		"ConnectionMonitorHttpConfiguration": "ConnectionMonitorHTTPConfiguration",
		"tcp-port":                           "TCPPort",
		"2ndHop":                             "X2ndHop",
		"type":                               "Type",
		"storageUrl":                         "StorageURL",
		"resourceIds":                        "ResourceIDs",
		"ipAddresses":                        "IPAddresses",
		"PacketCaptures_Create":              "PacketCapturesCreate",
		"enableTrafficAnalytics":             "EnableTrafficAnalytics",
		"x-ms-client-name":                   "XMsClientName",
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
