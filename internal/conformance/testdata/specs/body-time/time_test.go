package bodytime

import (
	"context"
	"testing"
)

// format time stays a string with its exact text.
func TestTime(t *testing.T) {
	ctx := context.Background()
	c, err := NewTimeClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Get(ctx, nil)
	eqp(t, "Get", r.Value, "11:34:56", err)
	_, err = c.Put(ctx, "08:07:56", nil)
	ok(t, "Put", err)
}
