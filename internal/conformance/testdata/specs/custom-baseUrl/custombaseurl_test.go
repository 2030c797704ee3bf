package custombaseurl

import (
	"context"
	"net"
	"testing"
)

// x-ms-parameterized-host "{accountName}{host}" with the scheme prefix and no schemes in the
// spec: the client (host) and the method (accountName) fill https://{accountName}{host}.
func TestCustomBaseURL(t *testing.T) {
	o, server, seen := hostOpts(t)
	name, port, err := net.SplitHostPort(server)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewPathsClient(":"+port, cred, o)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetEmpty(context.Background(), name, nil)
	ok(t, "GetEmpty", err)
	if want := "https://" + server + "/customuri"; len(*seen) != 1 || (*seen)[0] != want {
		t.Errorf("GetEmpty requested %q, want [%s]", *seen, want)
	}
	// A host that does not exist: the request fails instead of going to the options' endpoint.
	_, err = c.GetEmpty(context.Background(), "bad.invalid", nil)
	fails(t, "GetEmpty on bad.invalid", err)
}
