package bodyduration

import (
	"context"
	"testing"
)

// Durations are strings (format duration keeps its exact text).
func TestDuration(t *testing.T) {
	ctx := context.Background()
	c, err := NewDurationClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetNull(ctx, nil)
	ok(t, "GetNull", err)
	_, err = c.GetInvalid(ctx, nil)
	ok(t, "GetInvalid", err)
	r, err := c.GetPositiveDuration(ctx, nil)
	eqp(t, "GetPositiveDuration", r.Value, "P3Y6M4DT12H30M5S", err)
	_, err = c.PutPositiveDuration(ctx, "P123DT22H14M12.011S", nil)
	ok(t, "PutPositiveDuration", err)
}
