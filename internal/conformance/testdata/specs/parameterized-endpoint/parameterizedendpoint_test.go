package parameterizedendpoint

import (
	"context"
	"testing"
)

// x-ms-parameterized-host "{endpoint}", a client parameter: the whole endpoint is the
// constructor's first argument.
func TestParameterizedEndpoint(t *testing.T) {
	o, server, seen := hostOpts(t)
	c, err := NewParmaterizedEndpointClient("http://"+server, cred, o)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Get(context.Background(), nil)
	ok(t, "Get", err)
	if want := "http://" + server + "/parameterizedEndpoint/get"; len(*seen) != 1 || (*seen)[0] != want {
		t.Errorf("Get requested %q, want [%s]", *seen, want)
	}
}
