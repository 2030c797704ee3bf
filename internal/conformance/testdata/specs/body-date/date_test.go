package bodydate

import (
	"context"
	"testing"
)

// Dates are strings (format date keeps its exact text), so invalid values are not errors.
func TestDate(t *testing.T) {
	ctx := context.Background()
	c, err := NewDateClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetNull(ctx, nil)
	ok(t, "GetNull", err)
	r, err := c.GetInvalidDate(ctx, nil)
	eqp(t, "GetInvalidDate", r.Value, "201O-18-90", err)
	o, err := c.GetOverflowDate(ctx, nil)
	eqp(t, "GetOverflowDate", o.Value, "10000000000-12-31", err)
	u, err := c.GetUnderflowDate(ctx, nil)
	eqp(t, "GetUnderflowDate", u.Value, "0000-00-00", err)
	_, err = c.PutMaxDate(ctx, "9999-12-31", nil)
	ok(t, "PutMaxDate", err)
	mx, err := c.GetMaxDate(ctx, nil)
	eqp(t, "GetMaxDate", mx.Value, "9999-12-31", err)
	_, err = c.PutMinDate(ctx, "0001-01-01", nil)
	ok(t, "PutMinDate", err)
	mn, err := c.GetMinDate(ctx, nil)
	eqp(t, "GetMinDate", mn.Value, "0001-01-01", err)
}
