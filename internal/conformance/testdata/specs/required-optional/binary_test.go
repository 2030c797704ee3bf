package requiredoptional

import (
	"bytes"
	"context"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/streaming"
)

// Binary bodies (schema format: file, consumes application/octet-stream): a required one is
// an io.ReadSeekCloser argument, an optional one an options field (nil: no body).
func TestBinaryBodies(t *testing.T) {
	ctx := context.Background()
	im, err := NewImplicitClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = im.PutOptionalBinaryBody(ctx, nil)
	ok(t, "ImplicitClient.PutOptionalBinaryBody", err)
	ex, err := NewExplicitClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = ex.PutOptionalBinaryBody(ctx, &ExplicitClientPutOptionalBinaryBodyOptions{BodyParameter: streaming.NopCloser(bytes.NewReader([]byte{1}))})
	ok(t, "ExplicitClient.PutOptionalBinaryBody", err)
	_, err = ex.PutRequiredBinaryBody(ctx, streaming.NopCloser(bytes.NewReader([]byte("bytes"))), nil)
	ok(t, "ExplicitClient.PutRequiredBinaryBody", err)
}
