package headexceptions

import (
	"context"
	"testing"
)

// A HEAD whose spec lists only 2xx (no 404): 404 is an *azcore.ResponseError, not Success false.
func TestHeadExceptions(t *testing.T) {
	ctx := context.Background()
	c, err := NewHeadExceptionClient(cred, opts(t))
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
