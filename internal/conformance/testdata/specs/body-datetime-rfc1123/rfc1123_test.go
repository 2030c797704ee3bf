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
	null(t, "GetNull", n.Value, err)
	i, err := c.GetInvalid(ctx, nil)
	eqp(t, "GetInvalid", i.Value, "Tue, 01 Dec 2000 00:00:0A ABC", err)
	o, err := c.GetOverflow(ctx, nil)
	eqp(t, "GetOverflow", o.Value, "Sat, 1 Jan 10000 00:00:00 GMT", err)
	u, err := c.GetUnderflow(ctx, nil)
	eqp(t, "GetUnderflow", u.Value, "Tue, 00 Jan 0000 00:00:00 GMT", err)
	mx, err := c.GetUTCUppercaseMaxDateTime(ctx, nil)
	eqp(t, "GetUTCUppercaseMaxDateTime", mx.Value, "FRI, 31 DEC 9999 23:59:59 GMT", err)
	lo, err := c.GetUTCLowercaseMaxDateTime(ctx, nil)
	eqp(t, "GetUTCLowercaseMaxDateTime", lo.Value, "fri, 31 dec 9999 23:59:59 gmt", err)
	mn, err := c.GetUTCMinDateTime(ctx, nil)
	eqp(t, "GetUTCMinDateTime", mn.Value, "Mon, 01 Jan 0001 00:00:00 GMT", err)
	_, err = c.PutUTCMaxDateTime(ctx, "Fri, 31 Dec 9999 23:59:59 GMT", nil)
	ok(t, "PutUTCMaxDateTime", err)
	_, err = c.PutUTCMinDateTime(ctx, "Mon, 01 Jan 0001 00:00:00 GMT", nil)
	ok(t, "PutUTCMinDateTime", err)
}
