package modelflattening

import (
	"context"
	"testing"
)

// TestFlattenGets reads the flattening scenarios. armgen does not flatten
// x-ms-client-flatten properties (the Go types nest as the JSON does), so these check that
// the nested wire form decodes; the PUT scenarios, whose point is the flattened client
// API, are not sent.
func TestFlattenGets(t *testing.T) {
	ctx := context.Background()
	c, err := NewClientClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.GetArray(ctx, nil)
	eq(t, "GetArray items", len(a.Value), 3, err)
	d, err := c.GetDictionary(ctx, nil)
	eq(t, "GetDictionary items", len(d.Value), 3, err)
	_, err = c.GetResourceCollection(ctx, nil)
	ok(t, "GetResourceCollection", err)
	// GetWrappedArray is not called: the test server has no route for it.
}
