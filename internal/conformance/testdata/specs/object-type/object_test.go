package objecttype

import (
	"context"
	"testing"
)

// type: object without properties. The request body is any; the response's definition
// becomes an empty struct (Object), so Get succeeds but keeps none of the body: a known gap.
func TestObjectType(t *testing.T) {
	ctx := context.Background()
	c, err := NewClientClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Get(ctx, nil)
	ok(t, "Get", err)
	_, err = c.Put(ctx, map[string]any{"foo": "bar"}, nil)
	ok(t, "Put", err)
}
