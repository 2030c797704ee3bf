package head

import (
	"context"
	"testing"
)

// HEAD operations whose spec lists 404 (AutoRest's "exists" convention): 200 and 204 are
// Success true, 404 is Success false and no error, as in the Azure SDK.
func TestHead(t *testing.T) {
	ctx := context.Background()
	c, err := NewHTTPSuccessClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Head200(ctx, nil)
	eq(t, "Head200 Success", r.Success, true, err)
	r2, err := c.Head204(ctx, nil)
	eq(t, "Head204 Success", r2.Success, true, err)
	r3, err := c.Head404(ctx, nil)
	eq(t, "Head404 Success", r3.Success, false, err)
}
