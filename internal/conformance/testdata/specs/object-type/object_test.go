package objecttype

import (
	"context"
	"testing"
)

// type: object without properties is `any` on both sides: the response keeps the whole body,
// and a body the server does not expect comes back as a 400 *azcore.ResponseError.
func TestObjectType(t *testing.T) {
	ctx := context.Background()
	c, err := NewClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Get(ctx, nil)
	ok(t, "Get", err)
	if m, isMap := r.Value.(map[string]any); err == nil && (!isMap || m["message"] != "An object was successfully returned") {
		t.Errorf("Get: body %#v, want the server's message object", r.Value)
	}
	_, err = c.Put(ctx, map[string]any{"foo": "bar"}, nil)
	ok(t, "Put", err)
	_, err = c.Put(ctx, map[string]any{"should": "fail"}, nil)
	eq(t, "Put with an unexpected object: status", status(err), 400, nil)
}
