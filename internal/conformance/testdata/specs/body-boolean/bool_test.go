package bodyboolean

import (
	"context"
	"testing"
)

func TestBool(t *testing.T) {
	ctx := context.Background()
	c, err := NewBoolClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.GetTrue(ctx, nil)
	eqp(t, "GetTrue", r.Value, true, err)
	f, err := c.GetFalse(ctx, nil)
	eqp(t, "GetFalse", f.Value, false, err)
	_, err = c.PutTrue(ctx, true, nil)
	ok(t, "PutTrue", err)
	_, err = c.PutFalse(ctx, false, nil)
	ok(t, "PutFalse", err)
	_, err = c.GetNull(ctx, nil)
	ok(t, "GetNull", err)
	_, err = c.GetInvalid(ctx, nil)
	fails(t, "GetInvalid", err)
}
