package httpinfrastructurequirks

import (
	"context"
	"testing"
)

// The quirks spec declares only "default" for these operations: a 2xx answer is a success
// without a body and any other status is an *azcore.ResponseError.
func TestDefaultOnly(t *testing.T) {
	ctx := context.Background()
	c, err := NewMultipleResponsesClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetDefaultModelA200Valid(ctx, nil)
	ok(t, "GetDefaultModelA200Valid", err)
	_, err = c.GetDefaultModelA200None(ctx, nil)
	ok(t, "GetDefaultModelA200None", err)
	_, err = c.GetDefaultNone200Invalid(ctx, nil)
	ok(t, "GetDefaultNone200Invalid", err)
	_, err = c.GetDefaultNone200None(ctx, nil)
	ok(t, "GetDefaultNone200None", err)
	_, err = c.GetDefaultModelA400Valid(ctx, nil)
	eq(t, "GetDefaultModelA400Valid status", status(err), 400, nil)
	_, err = c.GetDefaultModelA400None(ctx, nil)
	eq(t, "GetDefaultModelA400None status", status(err), 400, nil)
	_, err = c.GetDefaultNone400Invalid(ctx, nil)
	eq(t, "GetDefaultNone400Invalid status", status(err), 400, nil)
	_, err = c.GetDefaultNone400None(ctx, nil)
	eq(t, "GetDefaultNone400None status", status(err), 400, nil)

	f, err := NewHTTPServerFailureClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.Head501(ctx, nil)
	eq(t, "Head501 status", status(err), 501, nil)
	_, err = f.Delete505(ctx, nil)
	eq(t, "Delete505 status", status(err), 505, nil)
}
