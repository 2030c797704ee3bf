package multiapiv1custombaseurl

import (
	"context"
	"testing"
)

// x-ms-parameterized-host "{Endpoint}/multiapiCustomBaseUrl/v1": the template carries a
// path, which comes before the operation's path; api-version is the spec's (1.0.0).
func TestMultiapiCustomBaseURL(t *testing.T) {
	o, server, seen := hostOpts(t)
	c, err := NewMultiapiCustomBaseURLServiceClient("http://"+server, cred, o)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Test(context.Background(), 1, nil)
	ok(t, "Test", err)
	if want := "http://" + server + "/multiapiCustomBaseUrl/v1/test?api-version=1.0.0&id=1"; len(*seen) != 1 || (*seen)[0] != want {
		t.Errorf("Test requested %q, want [%s]", *seen, want)
	}
}
