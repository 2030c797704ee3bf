package bodydatetimerfc1123

import (
	"context"
	"testing"
)

// format date-time-rfc1123 stays a string with its exact text, so the invalid, overflow
// and underflow values are returned as they are.
func TestDatetimeRFC1123(t *testing.T) {
	ctx := context.Background()
	c, err := NewDatetimerfc1123Client(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	n, err := c.GetNull(ctx, nil)
	eq(t, "GetNull", n.Value, "", err)
	i, err := c.GetInvalid(ctx, nil)
	eq(t, "GetInvalid", i.Value, "Tue, 01 Dec 2000 00:00:0A ABC", err)
	o, err := c.GetOverflow(ctx, nil)
	eq(t, "GetOverflow", o.Value, "Sat, 1 Jan 10000 00:00:00 GMT", err)
	u, err := c.GetUnderflow(ctx, nil)
	eq(t, "GetUnderflow", u.Value, "Tue, 00 Jan 0000 00:00:00 GMT", err)
	mx, err := c.GetUTCUppercaseMaxDateTime(ctx, nil)
	eq(t, "GetUTCUppercaseMaxDateTime", mx.Value, "FRI, 31 DEC 9999 23:59:59 GMT", err)
	lo, err := c.GetUTCLowercaseMaxDateTime(ctx, nil)
	eq(t, "GetUTCLowercaseMaxDateTime", lo.Value, "fri, 31 dec 9999 23:59:59 gmt", err)
	mn, err := c.GetUTCMinDateTime(ctx, nil)
	eq(t, "GetUTCMinDateTime", mn.Value, "Mon, 01 Jan 0001 00:00:00 GMT", err)
	_, err = c.PutUTCMaxDateTime(ctx, "Fri, 31 Dec 9999 23:59:59 GMT", nil)
	ok(t, "PutUTCMaxDateTime", err)
	_, err = c.PutUTCMinDateTime(ctx, "Mon, 01 Jan 0001 00:00:00 GMT", nil)
	ok(t, "PutUTCMinDateTime", err)
}
