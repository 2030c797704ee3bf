package bodydatetime

import (
	"context"
	"testing"
	"time"
)

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestDatetime(t *testing.T) {
	ctx := context.Background()
	c, err := NewDatetimeClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetNull(ctx, nil)
	ok(t, "GetNull", err)
	_, err = c.GetInvalid(ctx, nil)
	fails(t, "GetInvalid", err)
	// The overflow value, 9999-12-31T23:59:59.999-14:00, is valid RFC 3339 for Go.
	_, err = c.GetOverflow(ctx, nil)
	ok(t, "GetOverflow", err)
	_, err = c.GetUnderflow(ctx, nil)
	fails(t, "GetUnderflow", err)

	_, err = c.PutUTCMaxDateTime(ctx, mustTime(t, "9999-12-31T23:59:59.999Z"), nil)
	ok(t, "PutUTCMaxDateTime", err)
	_, err = c.PutUTCMaxDateTime7Digits(ctx, mustTime(t, "9999-12-31T23:59:59.9999999Z"), nil)
	ok(t, "PutUTCMaxDateTime7Digits", err)
	_, err = c.PutUTCMinDateTime(ctx, mustTime(t, "0001-01-01T00:00:00Z"), nil)
	ok(t, "PutUTCMinDateTime", err)
	_, err = c.PutLocalPositiveOffsetMaxDateTime(ctx, mustTime(t, "9999-12-31T23:59:59.999+14:00"), nil)
	ok(t, "PutLocalPositiveOffsetMaxDateTime", err)
	_, err = c.PutLocalPositiveOffsetMinDateTime(ctx, mustTime(t, "0001-01-01T00:00:00+14:00"), nil)
	ok(t, "PutLocalPositiveOffsetMinDateTime", err)
	_, err = c.PutLocalNegativeOffsetMaxDateTime(ctx, mustTime(t, "9999-12-31T23:59:59.999-14:00"), nil)
	ok(t, "PutLocalNegativeOffsetMaxDateTime", err)
	_, err = c.PutLocalNegativeOffsetMinDateTime(ctx, mustTime(t, "0001-01-01T00:00:00-14:00"), nil)
	ok(t, "PutLocalNegativeOffsetMinDateTime", err)

	u, err := c.GetUTCUppercaseMaxDateTime(ctx, nil)
	eq(t, "GetUTCUppercaseMaxDateTime", u.Value.Equal(mustTime(t, "9999-12-31T23:59:59.999Z")), true, err)
	u7, err := c.GetUTCUppercaseMaxDateTime7Digits(ctx, nil)
	eq(t, "GetUTCUppercaseMaxDateTime7Digits", u7.Value.Equal(mustTime(t, "9999-12-31T23:59:59.9999999Z")), true, err)
	_, err = c.GetUTCMinDateTime(ctx, nil)
	ok(t, "GetUTCMinDateTime", err)
	_, err = c.GetLocalPositiveOffsetUppercaseMaxDateTime(ctx, nil)
	ok(t, "GetLocalPositiveOffsetUppercaseMaxDateTime", err)
	_, err = c.GetLocalNegativeOffsetUppercaseMaxDateTime(ctx, nil)
	ok(t, "GetLocalNegativeOffsetUppercaseMaxDateTime", err)
	_, err = c.GetLocalPositiveOffsetMinDateTime(ctx, nil)
	ok(t, "GetLocalPositiveOffsetMinDateTime", err)
	_, err = c.GetLocalNegativeOffsetMinDateTime(ctx, nil)
	ok(t, "GetLocalNegativeOffsetMinDateTime", err)

	// Lowercase "t" and "z" and a missing offset are not RFC 3339 as Go's time.Time
	// decodes it; the generated code decodes them leniently (no offset means UTC).
	lower := map[string]struct {
		call func() (time.Time, error)
		want string
	}{
		"GetUTCLowercaseMaxDateTime": {func() (time.Time, error) { r, err := c.GetUTCLowercaseMaxDateTime(ctx, nil); return val(r.Value), err }, "9999-12-31T23:59:59.999Z"},
		"GetLocalPositiveOffsetLowercaseMaxDateTime": {func() (time.Time, error) {
			r, err := c.GetLocalPositiveOffsetLowercaseMaxDateTime(ctx, nil)
			return val(r.Value), err
		}, "9999-12-31T23:59:59.999+14:00"},
		"GetLocalNegativeOffsetLowercaseMaxDateTime": {func() (time.Time, error) {
			r, err := c.GetLocalNegativeOffsetLowercaseMaxDateTime(ctx, nil)
			return val(r.Value), err
		}, "9999-12-31T23:59:59.999-14:00"},
		"GetLocalNoOffsetMinDateTime": {func() (time.Time, error) { r, err := c.GetLocalNoOffsetMinDateTime(ctx, nil); return val(r.Value), err }, "0001-01-01T00:00:00Z"},
	}
	for name, tc := range lower {
		got, err := tc.call()
		eq(t, name, got.Equal(mustTime(t, tc.want)), true, err)
	}
}
