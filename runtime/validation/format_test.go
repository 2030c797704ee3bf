package validation_test

import (
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

func TestUUID(t *testing.T) {
	r := validation.UUIDRule
	msg := "must be a UUID of 32 hexadecimal digits grouped 8-4-4-4-12"
	testStringRule(t, r, validation.UUID[string], []stringCase{
		{"00000000-0000-0000-0000-000000000000", ""},
		{"96e68903-0a56-4819-9987-8d08ad6a1f99", ""},
		{"96E68903-0A56-4819-9987-8D08AD6A1F99", ""},
		{"96e68903-0a56-4819-9987-8d08ad6a1f9", bad(r, msg, "96e68903-0a56-4819-9987-8d08ad6a1f9")},
		{"96e68903-0a56-4819-9987-8d08ad6a1f99a", bad(r, msg, "96e68903-0a56-4819-9987-8d08ad6a1f99a")},
		{"96e68903-0a56-4819-9987-8d08ad6a1fzz", bad(r, msg, "96e68903-0a56-4819-9987-8d08ad6a1fzz")},
		{"96e689030a5648199987-8d08ad6a1f99-0", bad(r, msg, "96e689030a5648199987-8d08ad6a1f99-0")},
		{"{96e68903-0a56-4819-9987-8d08ad6a1f99}", bad(r, msg, "{96e68903-0a56-4819-9987-8d08ad6a1f99}")},
		{"96e689030a5648199987 8d08ad6a1f99", bad(r, msg, "96e689030a5648199987 8d08ad6a1f99")},
		{"-", bad(r, msg, "-")},
		{"", bad(r, msg, "")},
	})
}

func TestDateTime(t *testing.T) {
	r := validation.DateTimeRule
	msg := "must be an RFC 3339 date-time such as 2022-01-01T10:00:00Z"
	testStringRule(t, r, validation.DateTime[string], []stringCase{
		{"2022-01-01T10:00:00Z", ""},
		{"2022-01-01T10:00:00.1234567Z", ""},
		{"2022-01-01T10:00:00.5+02:00", ""},
		{"2022-01-01T10:00:00-08:30", ""},
		{"2024-02-29T00:00:00z", ""},
		{"2000-02-29t23:59:60Z", ""},
		{"2022-12-31T23:59:59+23:59", ""},
		{"2022-01-01T10:00:00", bad(r, msg, "2022-01-01T10:00:00")},
		{"2022-01-01", bad(r, msg, "2022-01-01")},
		{"2022-01-01 10:00:00Z", bad(r, msg, "2022-01-01 10:00:00Z")},
		{"2023-02-29T00:00:00Z", bad(r, msg, "2023-02-29T00:00:00Z")},
		{"1900-02-29T00:00:00Z", bad(r, msg, "1900-02-29T00:00:00Z")},
		{"2022-04-31T00:00:00Z", bad(r, msg, "2022-04-31T00:00:00Z")},
		{"2022-13-01T00:00:00Z", bad(r, msg, "2022-13-01T00:00:00Z")},
		{"2022-00-01T00:00:00Z", bad(r, msg, "2022-00-01T00:00:00Z")},
		{"2022-01-00T00:00:00Z", bad(r, msg, "2022-01-00T00:00:00Z")},
		{"2022-01-01T24:00:00Z", bad(r, msg, "2022-01-01T24:00:00Z")},
		{"2022-01-01T10:60:00Z", bad(r, msg, "2022-01-01T10:60:00Z")},
		{"2022-01-01T10:00:61Z", bad(r, msg, "2022-01-01T10:00:61Z")},
		{"2022-01-01T10:00:00.Z", bad(r, msg, "2022-01-01T10:00:00.Z")},
		{"2022-01-01T10:00:00,5Z", bad(r, msg, "2022-01-01T10:00:00,5Z")},
		{"2022-01-01T10:00:00+2:00", bad(r, msg, "2022-01-01T10:00:00+2:00")},
		{"2022-01-01T10:00:00+24:00", bad(r, msg, "2022-01-01T10:00:00+24:00")},
		{"2022-01-01T10:00:00+0200", bad(r, msg, "2022-01-01T10:00:00+0200")},
		{"2022-01-01T10:00:00ZZ", bad(r, msg, "2022-01-01T10:00:00ZZ")},
		{"22-01-01T10:00:00Z", bad(r, msg, "22-01-01T10:00:00Z")},
		{"+2022-01-01T10:00:00Z", bad(r, msg, "+2022-01-01T10:00:00Z")},
		{"", bad(r, msg, "")},
	})
}

func TestURI(t *testing.T) {
	r := validation.URIRule
	scheme := "must be an absolute URI that starts with a scheme such as https:"
	testStringRule(t, r, validation.URI[string], []stringCase{
		{"https://mytestaccountname.blob.core.windows.net/capture/pc1.cap", ""},
		{"https://st1.blob.core.windows.net/cn1", ""},
		{"https://user:pw@host.example:8443/a%20b/c?d=e&f=g#frag", ""},
		{"http://[2001:db8::1]:80/", ""},
		{"http://10.0.0.1/", ""},
		{"mailto:someone@example.com", ""},
		{"urn:uuid:00000000-0000-0000-0000-000000000000", ""},
		{"file:///var/captures/pc1.cap", ""},
		{"x-custom+scheme.v1:rest", ""},
		{"/relative/path", bad(r, scheme, "/relative/path")},
		{"blob.core.windows.net/x", bad(r, scheme, "blob.core.windows.net/x")},
		{"1http://x", bad(r, scheme, "1http://x")},
		{":x", bad(r, scheme, ":x")},
		{"", bad(r, scheme, "")},
		{"https://a.b/c d", bad(r, "must be a URI without spaces or characters that need percent-encoding", "https://a.b/c d")},
		{"https://a.b/\u00e9", bad(r, "must be a URI without spaces or characters that need percent-encoding", "https://a.b/\u00e9")},
		{"https://a.b/{x}", bad(r, "must be a URI without spaces or characters that need percent-encoding", "https://a.b/{x}")},
		{"https://a.b/%2", bad(r, `must be a URI in which every "%" starts a two-digit hexadecimal escape`, "https://a.b/%2")},
		{"https://a.b/#x#y", bad(r, `must be a URI with at most one "#"`, "https://a.b/#x#y")},
		{"http://[zz]/", bad(r, "must be a URI with a well-formed authority (user@host:port)", "http://[zz]/")},
		{"http://[::1/", bad(r, "must be a URI with a well-formed authority (user@host:port)", "http://[::1/")},
		{"http://[10.0.0.1]/", bad(r, "must be a URI with a well-formed authority (user@host:port)", "http://[10.0.0.1]/")},
		{"http://host:80x/", bad(r, "must be a URI with a well-formed authority (user@host:port)", "http://host:80x/")},
		{"http://ho st/", bad(r, "must be a URI with a well-formed authority (user@host:port)", "http://ho st/")},
		{"http://[::1]x/", bad(r, "must be a URI with a well-formed authority (user@host:port)", "http://[::1]x/")},
		{"http://us er@host/", bad(r, "must be a URI with a well-formed authority (user@host:port)", "http://us er@host/")},
	})
}
