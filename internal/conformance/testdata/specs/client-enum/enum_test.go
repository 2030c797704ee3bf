package clientenum

import (
	"context"
	"testing"
)

// A required client header whose enum has one value ("single") is a constant: the constructor
// does not ask for it and every request carries it.
func TestClientEnumHeader(t *testing.T) {
	c, err := NewClientWithEnumClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Head(context.Background(), nil)
	ok(t, "Head", err)
}
