package head

import (
	"context"
	"testing"
)

// HEAD operations: 200 and 204 succeed. The spec lists 404 as a response of every HEAD
// (AutoRest's "exists" convention); armgen treats it as an error, which the test checks.
func TestHead(t *testing.T) {
	ctx := context.Background()
	c, err := NewHTTPSuccessClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Head200(ctx, nil)
	ok(t, "Head200", err)
	_, err = c.Head204(ctx, nil)
	ok(t, "Head204", err)
	_, err = c.Head404(ctx, nil)
	eq(t, "Head404 status", status(err), 404, nil)
}
