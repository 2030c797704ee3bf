package anytype

import (
	"context"
	"testing"
)

// A schema with no type is any: whatever JSON the server sends, and any value to send.
func TestAnyType(t *testing.T) {
	ctx := context.Background()
	c, err := NewAnythingClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.GetString(ctx, nil)
	eq(t, "GetString", s.Value, any("anything"), err)
	o, err := c.GetObject(ctx, nil)
	if m, isMap := o.Value.(map[string]any); err != nil || !isMap || m["message"] != "An object was successfully returned" {
		t.Errorf("GetObject: %#v, %v", o.Value, err)
	}
	a, err := c.GetArray(ctx, nil)
	if l, isList := a.Value.([]any); err != nil || !isList || len(l) != 2 {
		t.Errorf("GetArray: %#v, %v", a.Value, err)
	}
	_, err = c.PutString(ctx, "anything", nil)
	ok(t, "PutString", err)
	_, err = c.PutObject(ctx, map[string]any{"foo": "bar"}, nil)
	ok(t, "PutObject", err)
	_, err = c.PutArray(ctx, []string{"foo", "bar"}, nil)
	ok(t, "PutArray", err)
}
