package multiapiv2custombaseurl

import (
	"context"
	"testing"
)

// x-ms-parameterized-host "{Endpoint}/multiapiCustomBaseUrl/v2": the template carries a
// path, which comes before the operation's path; api-version is the spec's (2.0.0).
func TestMultiapiCustomBaseURL(t *testing.T) {
	o, server, seen := hostOpts(t)
	c, err := NewMultiapiCustomBaseURLServiceClient("http://"+server, cred, o)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Test(context.Background(), 2, nil)
	ok(t, "Test", err)
	if want := "http://" + server + "/multiapiCustomBaseUrl/v2/test?api-version=2.0.0&id=2"; len(*seen) != 1 || (*seen)[0] != want {
		t.Errorf("Test requested %q, want [%s]", *seen, want)
	}
}
