package bodyinteger

import (
	"context"
	"math"
	"testing"
	"time"
)

func TestInt(t *testing.T) {
	ctx := context.Background()
	c, err := NewIntClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetNull(ctx, nil)
	ok(t, "GetNull", err)
	_, err = c.GetInvalid(ctx, nil)
	fails(t, "GetInvalid", err)
	_, err = c.GetOverflowInt32(ctx, nil)
	fails(t, "GetOverflowInt32", err)
	_, err = c.GetUnderflowInt32(ctx, nil)
	fails(t, "GetUnderflowInt32", err)
	_, err = c.GetOverflowInt64(ctx, nil)
	fails(t, "GetOverflowInt64", err)
	_, err = c.GetUnderflowInt64(ctx, nil)
	fails(t, "GetUnderflowInt64", err)
	_, err = c.PutMax32(ctx, math.MaxInt32, nil)
	ok(t, "PutMax32", err)
	_, err = c.PutMin32(ctx, math.MinInt32, nil)
	ok(t, "PutMin32", err)
	_, err = c.PutMax64(ctx, math.MaxInt64, nil)
	ok(t, "PutMax64", err)
	_, err = c.PutMin64(ctx, math.MinInt64, nil)
	ok(t, "PutMin64", err)
	r, err := c.GetUnixTime(ctx, nil)
	// format unixtime is a time.Time, seconds since the epoch on the wire.
	if err != nil || r.Value == nil || r.Value.Unix() != 1460505600 {
		t.Errorf("GetUnixTime: %v, %v, want 1460505600 seconds", r.Value, err)
	} else if r.Value.Location() != time.UTC {
		t.Errorf("GetUnixTime: time zone %v, want UTC", r.Value.Location())
	}
	_, err = c.PutUnixTimeDate(ctx, time.Date(2016, 4, 13, 0, 0, 0, 0, time.UTC), nil)
	ok(t, "PutUnixTimeDate", err)
	_, err = c.GetInvalidUnixTime(ctx, nil)
	fails(t, "GetInvalidUnixTime", err)
	rn, err := c.GetNullUnixTime(ctx, nil)
	null(t, "GetNullUnixTime", rn.Value, err)
}
