package bodybyte

import (
	"bytes"
	"context"
	"testing"
)

func TestByte(t *testing.T) {
	ctx := context.Background()
	c, err := NewByteClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	nonASCII := []byte{0xFF, 0xFE, 0xFD, 0xFC, 0xFB, 0xFA, 0xF9, 0xF8, 0xF7, 0xF6}
	_, err = c.GetNull(ctx, nil)
	ok(t, "GetNull", err)
	e, err := c.GetEmpty(ctx, nil)
	eq(t, "GetEmpty", len(e.Value), 0, err)
	r, err := c.GetNonASCII(ctx, nil)
	eq(t, "GetNonASCII", bytes.Equal(r.Value, nonASCII), true, err)
	_, err = c.PutNonASCII(ctx, nonASCII, nil)
	ok(t, "PutNonASCII", err)
	_, err = c.GetInvalid(ctx, nil)
	fails(t, "GetInvalid", err)
}
