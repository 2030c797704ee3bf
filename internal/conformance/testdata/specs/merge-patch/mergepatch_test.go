package mergepatch

import (
	"context"
	"testing"
)

// An operation that consumes application/merge-patch+json sends its JSON body under that
// media type. The server checks the Content-Type and a Content-Length of 14 bytes (the
// reference client's `{"foo": "bar"}` with a space); Go writes compact JSON, so the body
// here is a 14-byte compact object.
func TestMergePatchContentType(t *testing.T) {
	c, err := NewJSONClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.PatchSingle(context.Background(), map[string]any{"foo": "bar!"}, nil)
	ok(t, "PatchSingle", err)
}
