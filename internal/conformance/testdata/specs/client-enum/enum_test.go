package clientenum

import (
	"context"
	"testing"
)

// A client-located header parameter (x-ms-parameter-location: client) is a constructor
// argument sent with every request of the client.
func TestClientEnumHeader(t *testing.T) {
	c, err := NewClientClient("single", cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Head(context.Background(), nil)
	ok(t, "Head", err)
}
